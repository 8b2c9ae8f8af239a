"""The cache headers the site sends (pages/front_cache.py): what Varnish or a CDN in front of
the app servers may keep, and what no shared cache may ever keep."""

import pytest
from django.urls import reverse

from tests.deploy import reload_urls
from tests.factories import ImageFactory


def cache_control(response) -> dict[str, str | None]:
    """The Cache-Control directives, each with its value (None for a bare directive)."""
    directives = {}
    for part in response["Cache-Control"].split(","):
        name, _, value = part.strip().partition("=")
        directives[name.lower()] = value or None
    return directives


def test_anonymous_page_is_public_for_the_front_cache_and_brief_for_browsers(
    client, home, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    settings.BROWSER_CACHE_SECONDS = 0

    for response in (client.get("/"), client.get("/")):
        directives = cache_control(response)
        assert "public" in directives
        assert directives["s-maxage"] == "300"
        assert directives["max-age"] == "0"
    assert response["X-Cache"] == "hit"


def test_the_front_cache_keeps_a_page_no_longer_than_its_page_cache_entry(
    client, home, monkeypatch
):
    """A page that changes by the clock (a closure notice) sets a moment; the front cache's
    lifetime ends there too, on the miss that stored it and on the hits after it."""
    from datetime import timedelta

    from django.utils import timezone

    from pages import cache as page_cache

    original = page_cache.mark_cacheable

    def mark_and_expire(request, page=None):
        original(request, page)
        page_cache.expire_at(request, timezone.now() + timedelta(seconds=42))

    monkeypatch.setattr("wagtail.models.pages.Page.serve", _serve_with(mark_and_expire))
    for response in (client.get("/"), client.get("/")):
        assert 40 <= int(cache_control(response)["s-maxage"]) <= 42


def _serve_with(mark):
    from wagtail.models import Page

    serve = Page.serve

    def wrapped(self, request, *args, **kwargs):
        mark(request, self)
        return serve(self, request, *args, **kwargs)

    return wrapped


def test_signed_in_editor_gets_a_page_nobody_may_keep(client, home, admin_user):
    client.force_login(admin_user)

    directives = cache_control(client.get("/"))

    assert {"private", "no-store"} <= directives.keys()
    assert "public" not in directives and "s-maxage" not in directives


def test_visitor_with_a_csrf_cookie_gets_a_page_nobody_may_keep(client, home):
    client.get("/")
    client.get("/")  # stored in the page cache
    client.cookies["csrftoken"] = "a" * 32

    response = client.get("/")

    assert {"private", "no-store"} <= cache_control(response).keys()
    assert "s-maxage" not in cache_control(response)


def test_a_page_that_sets_a_cookie_is_never_public(client, consultation_page):
    response = client.get(consultation_page.url)

    assert response.cookies  # the CSRF cookie the form needs
    directives = cache_control(response)
    assert "private" in directives
    assert "public" not in directives and "s-maxage" not in directives


def test_form_answers_are_never_public(send, consultation_page):
    from tests.consultations.consultation import VALID

    response = send({**VALID, "email": "not an address"})

    assert {"private", "no-store"} <= cache_control(response).keys()


@pytest.mark.parametrize("path", ["/admin/", "/admin/login/"])
def test_the_admin_is_never_public(client, home, path):
    response = client.get(path)

    assert {"private", "no-store"} <= cache_control(response).keys()


def test_a_preview_is_never_public(client, home, admin_user):
    client.force_login(admin_user)

    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[home.pk]))

    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response).keys()


def test_a_page_with_a_query_string_is_not_public(client, home):
    directives = cache_control(client.get("/?utm_source=newsletter"))

    assert "public" not in directives and "s-maxage" not in directives
    assert "private" in directives


def test_page_cache_off_means_the_front_cache_keeps_nothing(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 0

    directives = cache_control(client.get("/"))

    assert "public" not in directives and "s-maxage" not in directives


def test_a_missing_page_is_not_public(client, home):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "public" not in cache_control(response)


def test_an_image_rendition_is_kept_for_a_year(client, home, settings):

    image = ImageFactory()
    rendition = image.get_rendition("fill-80x80")
    settings.SERVE_MEDIA = True
    reload_urls()
    try:
        response = client.get(rendition.url)
    finally:
        settings.SERVE_MEDIA = False
        reload_urls()

    assert response.status_code == 200
    directives = cache_control(response)
    assert "public" in directives and "immutable" in directives
    assert int(directives["max-age"]) >= 365 * 24 * 60 * 60
