"""The page cache: anonymous visitors get stored pages, and no one ever gets a stale one, not
even after a change made while the cache was down."""

import pytest
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.utils.cache import add_never_cache_headers
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction

from pages.models import ClinicSettings, HomePage, StandardPage
from tests import factories
from tests.factories import StandardPageFactory, paragraph


@pytest.fixture
def menu_page(home, publish):
    """A published page in the main menu, which every page shows."""
    page = home.add_child(instance=Page(title="Our treatments", slug="treatments"))
    page.show_in_menus = True
    publish(page.save_revision().publish)
    return page


def warm(client, path="/"):
    first = client.get(path)
    second = client.get(path)
    assert first["X-Cache"] == "miss"
    assert second["X-Cache"] == "hit"
    return second


def test_second_anonymous_visit_is_served_from_the_cache(client, home):
    first = client.get("/")
    second = client.get("/")

    assert first["X-Cache"] == "miss"
    assert second["X-Cache"] == "hit"
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_cache_hit_makes_no_database_query(client, home, django_assert_num_queries):
    warm(client)

    with django_assert_num_queries(0):
        response = client.get("/")

    assert response["X-Cache"] == "hit"


def test_head_request_is_answered_from_the_cache(client, home):
    warm(client)

    assert client.head("/")["X-Cache"] == "hit"


def test_publishing_shows_the_new_version_at_once(client, home, publish):
    warm(client)
    home = HomePage.objects.get(pk=home.pk)
    home.hero_title = "Feel like yourself again"

    publish(home.save_revision().publish)
    response = client.get("/")

    assert response["X-Cache"] == "miss"
    assert "Feel like yourself again" in response.content.decode()


def test_publishing_a_new_menu_page_updates_every_cached_page(client, home, publish):
    warm(client)
    page = home.add_child(instance=Page(title="Pricing", slug="pricing", show_in_menus=True))

    publish(page.save_revision().publish)

    assert 'href="/pricing/"' in client.get("/").content.decode()


def test_unpublishing_removes_the_page_from_cached_menus(client, menu_page, publish):
    assert 'href="/treatments/"' in warm(client).content.decode()

    publish(menu_page.unpublish)

    assert 'href="/treatments/"' not in client.get("/").content.decode()


def test_moving_a_page_updates_cached_menus(client, home, menu_page, publish):
    about = home.add_child(instance=Page(title="About us", slug="about"))
    publish(about.save_revision().publish)
    assert 'href="/treatments/"' in warm(client).content.decode()

    publish(menu_page.move, about, pos="last-child")
    html = client.get("/").content.decode()

    assert 'href="/treatments/"' not in html


def test_deleting_a_page_removes_it_from_cached_menus(client, menu_page, publish):
    assert 'href="/treatments/"' in warm(client).content.decode()

    publish(menu_page.delete)

    assert 'href="/treatments/"' not in client.get("/").content.decode()


def test_saving_site_settings_updates_every_cached_page(client, site, publish):
    warm(client)
    clinic = ClinicSettings.for_site(site)
    clinic.phone = "(773) 555-0199"

    publish(clinic.save)

    assert "(773) 555-0199" in client.get("/").content.decode()


@pytest.mark.parametrize("factory", [factories.TestimonialFactory, factories.ProviderFactory])
def test_saving_a_snippet_clears_the_page_cache(client, home, publish, factory):
    warm(client)

    publish(factory)

    assert client.get("/")["X-Cache"] == "miss"


def test_adding_a_view_restriction_stops_serving_the_cached_page(client, home, publish):
    warm(client)

    publish(
        PageViewRestriction.objects.create,
        page=home,
        restriction_type=PageViewRestriction.PASSWORD,
        password="staff only",
    )
    first = client.get("/")
    second = client.get("/")

    assert home.hero_title not in first.content.decode()
    assert second["X-Cache"] == "miss"
    assert "no-store" in second["Cache-Control"]


def test_uncommitted_change_is_not_announced_until_commit(client, home):
    """A publish that rolls back (or has not committed yet) must not clear the cache early,
    or a request in between would store the old page under the new generation."""
    warm(client)
    home = HomePage.objects.get(pk=home.pk)
    home.hero_title = "Draft in a transaction"

    home.save_revision().publish()  # the test's transaction never commits

    assert client.get("/")["X-Cache"] == "hit"


def test_signed_in_editor_never_gets_or_fills_the_cache(client, home, admin_user):
    warm(client)
    client.force_login(admin_user)

    first = client.get("/")
    second = client.get("/")

    assert "X-Cache" not in first
    assert "X-Cache" not in second
    assert "wagtail-userbar" in second.content.decode()


def test_editor_page_with_userbar_is_never_stored_for_visitors(client, home, admin_user):
    editor = type(client)()
    editor.force_login(admin_user)
    editor.get("/")

    response = client.get("/")

    assert response["X-Cache"] == "miss"
    assert "wagtail-userbar" not in response.content.decode()


def test_query_string_bypasses_the_cache(client, home):
    warm(client)

    first = client.get("/?utm_source=newsletter")
    second = client.get("/?utm_source=newsletter")

    assert "X-Cache" not in first
    assert "X-Cache" not in second


def _on_serve(change_response):
    def wrap(serve):
        def inner(page, request, args, kwargs):
            response = serve(page, request, args, kwargs)
            change_response(request, response)
            return response

        return inner

    return wrap


@pytest.mark.parametrize(
    "change_response",
    [
        pytest.param(lambda request, response: get_token(request), id="form-with-csrf-token"),
        pytest.param(lambda request, response: response.set_cookie("seen", "1"), id="cookie"),
        pytest.param(lambda request, response: add_never_cache_headers(response), id="no-store"),
    ],
)
def test_response_that_sets_a_cookie_or_forbids_caching_is_never_stored(
    client, home, change_response
):
    with hooks.register_temporarily("on_serve_page", _on_serve(change_response)):
        client.get("/")
        response = client.get("/")

    assert response["X-Cache"] == "miss"


def test_page_type_can_opt_out(client, home, monkeypatch):
    monkeypatch.setattr(HomePage, "cache_page", False)

    client.get("/")

    assert client.get("/")["X-Cache"] == "miss"


def test_not_found_is_not_cached(client, home):
    client.get("/no-such-page/")

    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert response["X-Cache"] == "miss"


def test_admin_pages_are_never_cached(client, home):
    client.get("/admin/login/")

    assert client.get("/admin/login/")["X-Cache"] == "miss"


def test_each_host_has_its_own_copy(client, home, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    warm(client)

    assert client.get("/", HTTP_HOST="other.example")["X-Cache"] == "miss"


def test_turned_off_when_lifetime_is_zero(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 0

    client.get("/")

    assert "X-Cache" not in client.get("/")


def test_cache_outage_is_only_a_miss(client, home, redis_down):
    responses = [client.get("/") for _ in range(3)]

    assert [r.status_code for r in responses] == [200, 200, 200]
    assert [r["X-Cache"] for r in responses] == ["miss", "miss", "miss"]
    assert "call or text 988" in responses[-1].content.decode()


def test_logged_out_visitor_with_a_stale_session_cookie_is_not_served_from_cache(client, home):
    warm(client)
    client.cookies["sessionid"] = "expired"

    assert "X-Cache" not in client.get("/")


def test_a_publish_while_the_cache_is_down_clears_it_once_it_is_back(
    client, home, publish, monkeypatch
):
    page = StandardPageFactory(parent=home, slug="about", body=paragraph("Old opening hours"))
    assert "Old opening hours" in client.get("/about/").content.decode()  # now cached
    page = StandardPage.objects.get(pk=page.pk)
    page.body = paragraph("New opening hours")
    # The cache is down for the publish: the new token goes nowhere.
    with monkeypatch.context() as outage:
        outage.setattr(cache, "set", lambda *args, **kwargs: None)
        publish(page.save_revision().publish)

    # Back again, holding the page stored before the publish under the token it still has.
    html = client.get("/about/").content.decode()

    assert "New opening hours" in html and "Old opening hours" not in html
