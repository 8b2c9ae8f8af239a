"""Purge on publish (pages/purge.py): the front cache hears of every change a page can show,
once it commits, and a front cache that is down never holds an editor's save for long."""

import time

import pytest
from django.db import transaction

from pages.models import ClinicSettings
from tests.deploy.fake_cache import fake_front_cache, silent_front_cache
from tests.factories import StandardPageFactory


def use_front_cache(settings, location: str, timeout: float = 2.0) -> None:
    settings.FRONTEND_CACHE_URLS = [location]
    settings.FRONTEND_CACHE_TIMEOUT = timeout
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "pages.purge.TimedHTTPBackend",
            "LOCATION": location,
            "TIMEOUT": timeout,
        }
    }


@pytest.fixture
def front_cache(settings):
    """A front cache configured from here on: ask for it after the content a test builds
    first, whose own changes are never committed in a test and so would hold their ban."""
    with fake_front_cache() as (location, recorded):
        use_front_cache(settings, location)
        yield recorded


@pytest.fixture
def clinic(site):
    """The clinic's settings, which every page shows."""
    return ClinicSettings.for_site(site)


@pytest.fixture
def page(home, publish):
    page = StandardPageFactory(parent=home, title="Insurance", slug="insurance")
    publish(page.save_revision().publish)
    return page


def test_publishing_purges_the_page_and_bans_every_page(page, front_cache, publish):
    front_cache.requests.clear()
    page.title = "Insurance and payment"

    publish(page.save_revision().publish)

    assert ("localhost", "/insurance/") in front_cache.of("PURGE")
    assert [path for _host, path in front_cache.of("BAN")] == ["/"]


def test_a_setting_every_page_shows_bans_every_page(clinic, front_cache, publish):
    clinic.phone = "(312) 555-0199"
    front_cache.requests.clear()

    publish(clinic.save)

    assert len(front_cache.of("BAN")) == 1
    assert front_cache.of("PURGE") == []


def test_many_changes_in_one_transaction_send_one_ban(clinic, site, front_cache, publish):
    def change_several():
        for phone in ("(312) 555-0101", "(312) 555-0102", "(312) 555-0103"):
            clinic.phone = phone
            clinic.save()
        StandardPageFactory(parent=site.root_page, title="Fees", slug="fees").delete()

    front_cache.requests.clear()
    publish(change_several)

    assert len(front_cache.of("BAN")) == 1


def test_a_change_rolled_back_inside_a_transaction_does_not_take_the_ban_with_it(
    clinic, front_cache, publish
):
    def change_then_roll_back_an_inner_part():
        with transaction.atomic():
            clinic.phone = "(312) 555-0131"
            clinic.save()
            transaction.set_rollback(True)
        clinic.phone = "(312) 555-0132"
        clinic.save()

    front_cache.requests.clear()
    publish(change_then_roll_back_an_inner_part)

    assert len(front_cache.of("BAN")) == 1


def test_a_change_that_rolls_back_sends_nothing(clinic, front_cache):
    front_cache.requests.clear()
    with transaction.atomic():
        clinic.phone = "(312) 555-0111"
        clinic.save()
        transaction.set_rollback(True)

    assert front_cache.requests == []


def test_nothing_is_sent_without_a_front_cache(settings, site, publish):
    with fake_front_cache() as (_location, recorded):
        settings.FRONTEND_CACHE_URLS = []
        settings.WAGTAILFRONTENDCACHE = {}
        clinic = ClinicSettings.for_site(site)
        clinic.phone = "(312) 555-0122"

        publish(clinic.save)
        page = StandardPageFactory(parent=site.root_page, title="Fees", slug="fees")
        publish(page.save_revision().publish)

    assert recorded.requests == []


def test_a_hung_front_cache_holds_a_publish_only_for_its_timeout(settings, page, publish, caplog):
    with silent_front_cache() as location:
        use_front_cache(settings, location, timeout=0.3)
        page.title = "Insurance we take"
        started = time.monotonic()

        publish(page.save_revision().publish)

        took = time.monotonic() - started
    # One purge and one ban, each given up after 0.3 s; never the minutes of a hung socket.
    assert took < 5
    assert "Could not purge" in caplog.text
    assert "Could not ban" in caplog.text
