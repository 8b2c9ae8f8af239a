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
from .pages import PAGE_TYPES, PUBLIC_PAGE_TYPES

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
def test_page_loads_privately_and_without_console_errors(open_page, site_url, page_type, width):
    page = open_page(width)
    console = collect_console_errors(page)
    requests = record_requests(page, site_url)

    response = page.goto(page_type.path)
    # Errors and requests also come late (module scripts, the favicon, lazy images) and from
    # dark-mode sources: load those too before counting.
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    page.emulate_media(color_scheme="dark")
    page.wait_for_load_state("networkidle")

    assert response.status == page_type.status
    assert console.errors(expected_status_of=response.url) == []
    assert_no_off_site_requests(requests)
    if page_type.public:
        assert_anonymous_cookies(page.context, csrf_allowed=page_type.sets_csrf_cookie)
        save_screenshots(page, page_type.name)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page_type", PUBLIC_PAGE_TYPES, ids=_ids(PUBLIC_PAGE_TYPES))
def test_page_has_no_wcag_violations_in_light_or_dark_mode(open_page, page_type, width):
    page = open_page(width)
    page.goto(page_type.path)

    assert_no_axe_violations(page)
    page.emulate_media(color_scheme="dark")
    assert_no_axe_violations(page)


@pytest.mark.parametrize("page_type", PUBLIC_PAGE_TYPES, ids=_ids(PUBLIC_PAGE_TYPES))
def test_page_has_one_h1_headings_in_order_and_descriptive_links(open_page, page_type):
    page = open_page(DESKTOP)

    page.goto(page_type.path)

    assert_headings_in_order(page)
    assert_link_text_is_descriptive(page)


@pytest.mark.parametrize("page_type", PUBLIC_PAGE_TYPES, ids=_ids(PUBLIC_PAGE_TYPES))
def test_page_reflows_without_horizontal_scroll_at_320px(open_page, page_type):
    page = open_page(320)

    page.goto(page_type.path)

    assert_no_horizontal_scroll(page)
