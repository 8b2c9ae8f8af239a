"""The main menu: folded behind "Menu" on phones (with or without JavaScript), open on desktops."""

import pytest

from .conftest import DESKTOP, PHONE
from .helpers import assert_focus_visible, assert_no_horizontal_scroll, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MENU_LINKS = ["Learn", "Conditions we treat", "Our team", "Our locations", "Blog"]


def _tab_to(page, locator, presses: int = 30) -> None:
    """Press Tab until `locator` has focus, as a keyboard user would."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if locator.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {locator}")


def _menu_toggle_as_announced(page) -> dict:
    """The "Menu" control as Chromium's accessibility tree gives it to a screen reader."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    session.detach()
    for node in nodes:
        if node.get("name", {}).get("value", "").strip() == "Menu" and not node.get("ignored"):
            properties = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
            return {"role": node["role"]["value"], **properties}
    raise AssertionError("no control named Menu in the accessibility tree")


def _menu_is_expanded(page) -> bool:
    return bool(_menu_toggle_as_announced(page).get("expanded"))


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript-on", "javascript-off"])
def test_phone_menu_is_closed_then_opens_with_the_keyboard(open_page, javascript):
    page = open_page(PHONE, java_script_enabled=javascript)
    page.goto("/")
    nav = page.get_by_role("navigation", name="Main")
    toggle = page.locator("summary", has_text="Menu")

    expect(nav.get_by_role("link", name="Learn")).to_be_hidden()
    expect(toggle).to_be_visible()
    assert not _menu_is_expanded(page)

    _tab_to(page, toggle)
    assert_focus_visible(page)
    page.keyboard.press("Enter")

    assert _menu_is_expanded(page)
    for name in MENU_LINKS:
        expect(nav.get_by_role("link", name=name)).to_be_visible()
    # The next Tab goes into the menu, not past it.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('.site-menu') !== null")
    _tab_to(page, nav.get_by_role("link", name="Blog"))
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url("**/blog/", timeout=30_000)


def test_phone_menu_toggle_is_announced_as_a_focusable_collapsed_then_expanded_control(
    open_page,
):
    page = open_page(PHONE)
    page.goto("/")

    closed = _menu_toggle_as_announced(page)
    page.locator("summary", has_text="Menu").click()
    opened = _menu_toggle_as_announced(page)

    assert closed["role"] == "DisclosureTriangle" and closed["focusable"]
    assert closed["expanded"] is False
    assert opened["expanded"] is True


def test_phone_header_keeps_call_and_book_in_view_while_scrolling(open_page):
    page = open_page(PHONE)
    page.goto("/")

    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight / 2)")

    expect(page.locator(".site-header__phone")).to_be_in_viewport()
    expect(page.get_by_role("link", name="Book a consultation")).to_be_in_viewport()


def test_desktop_shows_the_menu_links_without_a_toggle(open_page):
    page = open_page(DESKTOP)
    page.goto("/")
    nav = page.get_by_role("navigation", name="Main")

    expect(page.locator("summary", has_text="Menu")).to_be_hidden()
    for name in MENU_LINKS:
        expect(nav.get_by_role("link", name=name)).to_be_visible()
    _tab_to(page, nav.get_by_role("link", name="Learn"))
    assert_focus_visible(page)


@pytest.mark.parametrize("path", ["/", "/learn/what-is-ketamine/", "/blog/", "/team/"])
def test_open_phone_menu_reflows_at_320px(open_page, path):
    page = open_page(320)
    page.goto(path)

    page.locator("summary", has_text="Menu").click()

    assert_no_horizontal_scroll(page)
