"""Every page type, in a real browser: accessible, private, error-free, and reflowing."""

from urllib.parse import urlsplit

import pytest

from .conftest import DESKTOP, PHONE
from .helpers import (
    assert_anonymous_cookies,
    assert_headings_in_order,
    assert_link_text_is_descriptive,
    assert_no_axe_violations,
    assert_no_horizontal_scroll,
    assert_no_off_site_requests,
    collect_console_errors,
    record_requests,
    save_screenshots,
)
from .pages import PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WIDTHS = [PHONE, DESKTOP]


def _ids(page_types):
    return [page_type.name for page_type in page_types]


def test_every_page_type_of_the_demo_site_is_checked(site_url):
    # A new page type is easy to forget in PAGE_TYPES, and nothing else would say so.
    from wagtail.models import Page

    pages = {page.url: page for page in Page.objects.live().filter(depth__gt=1).specific()}
    checked = set()
    for page_type in PAGE_TYPES:
        path = urlsplit(page_type.path).path
        # The page that answers a path is the deepest one at or above it (routes like
        # /blog/tag/ptsd/ belong to the blog).
        owners = [url for url in pages if url and path.startswith(url)]
        if owners:
            checked.add(type(pages[max(owners, key=len)]).__name__)

    unchecked = {type(page).__name__ for page in pages.values()} - checked
    assert not unchecked, f"page types no entry in tests/browser/pages.py visits: {unchecked}"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=_ids(PAGE_TYPES))
def test_page_is_private_error_free_and_accessible_in_both_colour_schemes(
    open_page, site_url, page_type, width
):
    """Each check on one load of the page, as a load costs a second or two: no WCAG
    violation in light or dark mode, no console error, no request to another host, no cookie
    but the CSRF one a form needs; at desktop width one h1, headings in order and links that
    say where they lead; narrowed from a phone's width to 320 pixels, no sideways scroll."""
    page = open_page(width)
    console = collect_console_errors(page)
    requests = record_requests(page, site_url)

    response = page.goto(page_type.path)

    assert response.status == page_type.status
    if page_type.public:
        assert_no_axe_violations(page)
        if width == DESKTOP:
            assert_headings_in_order(page)
            assert_link_text_is_descriptive(page)
    # Errors and requests also come late (module scripts, the favicon, lazy images) and from
    # dark-mode sources: load those too before counting.
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    page.emulate_media(color_scheme="dark")
    page.wait_for_load_state("networkidle")
    assert console.errors(expected_status_of=response.url) == []
    assert_no_off_site_requests(requests)
    if page_type.public:
        # From the top, as a visitor arrives: scrolled down, the sticky header covers part of
        # whatever passes under it, which axe counts against that control's size.
        page.evaluate("() => window.scrollTo(0, 0)")
        assert_no_axe_violations(page)
        assert_anonymous_cookies(page.context, csrf_allowed=page_type.sets_csrf_cookie)
        save_screenshots(page, page_type.name)
        if width == PHONE:
            # WCAG's reflow rule: 320 CSS pixels wide without scrolling sideways.
            page.set_viewport_size({"width": 320, "height": 640})
            assert_no_horizontal_scroll(page)
