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
    with fake_front_cache() as (location, recorded):
        use_front_cache(settings, location)
        yield recorded


@pytest.fixture
def page(home, publish):
    page = StandardPageFactory(parent=home, title="Insurance", slug="insurance")
    publish(page.save_revision().publish)
    return page


def test_publishing_purges_the_page_and_bans_every_page(front_cache, page, publish):
    front_cache.requests.clear()
    page.title = "Insurance and payment"

    publish(page.save_revision().publish)

    assert ("localhost", "/insurance/") in front_cache.of("PURGE")
    assert [path for _host, path in front_cache.of("BAN")] == ["/"]


def test_a_setting_every_page_shows_bans_every_page(front_cache, site, publish):
    clinic = ClinicSettings.for_site(site)
    clinic.phone = "(312) 555-0199"
    front_cache.requests.clear()

    publish(clinic.save)

    assert len(front_cache.of("BAN")) == 1
    assert front_cache.of("PURGE") == []


def test_a_change_that_rolls_back_sends_nothing(front_cache, site):
    clinic = ClinicSettings.for_site(site)
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
