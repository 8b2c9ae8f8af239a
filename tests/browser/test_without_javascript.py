"""With JavaScript off, visitors still get the whole page."""

import pytest

from .conftest import PHONE
from .pages import PUBLIC_PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_home_page_content_renders_without_javascript(open_page):
    page = open_page(PHONE, java_script_enabled=False)

    response = page.goto("/")

    assert response.status == 200
    assert page.locator("h1").is_visible()
    assert page.get_by_role("link", name="Call 988").is_visible()
    assert page.get_by_role("link", name="Text 988").is_visible()
    # The stylesheet applies: the skip link waits off-screen until it gets focus.
    assert page.locator(".skip-link").bounding_box()["y"] < 0


@pytest.mark.parametrize(
    "page_type", PUBLIC_PAGE_TYPES, ids=[page_type.name for page_type in PUBLIC_PAGE_TYPES]
)
def test_every_page_type_renders_its_content_without_javascript(open_page, page_type):
    page = open_page(PHONE, java_script_enabled=False)

    response = page.goto(page_type.path)

    assert response.status == page_type.status
    assert page.locator("main h1").is_visible()
    # Pages read in crisis repeat the number in the content; the banner's own link is the
    # one every page must show.
    crisis_banner = page.get_by_role("complementary", name="Crisis help")
    assert crisis_banner.get_by_role("link", name="Call 988").is_visible()
