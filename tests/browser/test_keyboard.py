"""Keyboard-only use: the skip link, then every control in tab order with visible focus."""

import pytest

from .conftest import DESKTOP, PHONE
from .helpers import assert_every_control_reachable_with_visible_focus, focus_state
from .pages import PUBLIC_PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

FOCUS_IS_IN_OR_AFTER_MAIN = """() => {
    const main = document.getElementById("main");
    const focused = document.activeElement;
    return main.contains(focused)
        || Boolean(main.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
}"""


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_first_tab_focuses_skip_link_and_enter_moves_focus_to_main(open_page, width):
    page = open_page(width)
    page.goto("/")

    page.keyboard.press("Tab")

    skip_link = page.locator(".skip-link")
    assert skip_link.evaluate("el => el === document.activeElement")
    assert focus_state(page)["unobscured"], "the focused skip link is drawn under something"
    assert skip_link.is_visible() and skip_link.bounding_box()["y"] >= 0

    page.keyboard.press("Enter")

    assert page.evaluate("() => document.activeElement.id") == "main"
    # The next Tab continues from the main content, not from the top of the page.
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUS_IS_IN_OR_AFTER_MAIN)


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_every_header_and_banner_control_reachable_with_visible_focus(open_page, width):
    page = open_page(width)
    page.goto("/")

    assert_every_control_reachable_with_visible_focus(page, ".crisis-banner, .site-header")


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
@pytest.mark.parametrize(
    "page_type", PUBLIC_PAGE_TYPES, ids=[page_type.name for page_type in PUBLIC_PAGE_TYPES]
)
def test_every_control_reachable_with_visible_focus(open_page, page_type, width):
    page = open_page(width)
    page.goto(page_type.path)

    assert_every_control_reachable_with_visible_focus(page)


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_every_home_page_control_reachable_backwards_and_not_hidden_under_the_header(
    open_page, width
):
    # Going back up, the previous control is often already in view near the top of the window,
    # so nothing scrolls: there a header that stays put while the page scrolls would cover it
    # (WCAG 2.4.11). Going forwards, the next control is lower down and never meets the header.
    page = open_page(width)
    page.goto("/")

    assert_every_control_reachable_with_visible_focus(page, key="Shift+Tab")
