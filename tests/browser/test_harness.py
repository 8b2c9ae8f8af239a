"""The checks themselves catch what they are meant to catch (on made-up pages)."""

import pytest

from .helpers import (
    assert_every_control_reachable_with_visible_focus,
    assert_focus_visible,
    assert_headings_in_order,
    assert_link_text_is_descriptive,
    assert_no_axe_violations,
    assert_no_horizontal_scroll,
    assert_no_off_site_requests,
    collect_console_errors,
    record_requests,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Made-up page</title>
<style>{style}</style></head><body><main><h1>Made-up page</h1>{body}</main></body></html>"""


@pytest.fixture
def blank_page(browser):
    """A page outside the open_page fixture, whose off-site guard would trip on purpose."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    yield context.new_page()
    context.close()


def test_axe_check_reports_missing_alt_text_and_low_contrast(blank_page):
    blank_page.set_content(
        PAGE.format(style="p { color: #bbb; }", body='<p>Pale text</p><img src="data:,">')
    )

    with pytest.raises(AssertionError) as failure:
        assert_no_axe_violations(blank_page)

    assert "image-alt" in str(failure.value)
    assert "color-contrast" in str(failure.value)


def test_request_log_reports_a_request_to_another_host(blank_page):
    requests = record_requests(blank_page, "http://127.0.0.1:1")

    blank_page.set_content(
        PAGE.format(style="", body='<img alt="" src="http://example.com/p.gif">')
    )

    assert requests.off_site == ["http://example.com/p.gif"]
    with pytest.raises(AssertionError):
        assert_no_off_site_requests(requests)


def test_console_log_records_logged_and_uncaught_errors(blank_page):
    console = collect_console_errors(blank_page)

    blank_page.set_content(
        PAGE.format(style="", body="<script>console.error('logged'); missing();</script>")
    )

    errors = console.errors()
    assert any("logged" in error for error in errors)
    assert any("missing" in error for error in errors)


def test_reflow_check_reports_content_wider_than_the_screen(blank_page):
    blank_page.set_content(
        PAGE.format(style=".wide { width: 600px; }", body="<p class=wide>Wide</p>")
    )

    with pytest.raises(AssertionError, match="scrolls sideways at 320 px"):
        assert_no_horizontal_scroll(blank_page)


def test_focus_check_reports_a_control_without_focus_indicator(blank_page):
    blank_page.set_content(
        PAGE.format(style="a:focus { outline: none; }", body='<a href="#x">Hidden focus</a>')
    )

    with pytest.raises(AssertionError, match="no focus indicator"):
        assert_every_control_reachable_with_visible_focus(blank_page)


def test_focus_check_reports_a_control_under_a_sticky_header(blank_page):
    blank_page.set_content(
        PAGE.format(
            style="header { position: sticky; top: 0; height: 120px; background: white; }"
            " .spacer { height: 2000px; }",
            body='<header>Sticky</header><div class="spacer"></div><a href="#x">Low link</a>'
            '<div class="spacer"></div>',
        )
    )
    # Where Shift+Tab leaves a link: scrolled to the top edge, under the header.
    blank_page.evaluate(
        "() => { const a = document.querySelector('a'); a.focus();"
        " window.scrollTo(0, a.offsetTop - 20); }"
    )

    with pytest.raises(AssertionError, match="covered by header"):
        assert_focus_visible(blank_page)


def test_backwards_tab_check_reports_a_control_left_under_a_sticky_header(blank_page):
    blank_page.set_content(
        PAGE.format(
            style="header { position: sticky; top: 0; height: 120px; background: white; }"
            " .spacer { height: 2000px; } .gap { height: 250px; }",
            body='<header>Sticky</header><div class="links"><div class="spacer"></div>'
            '<a href="#u">Upper link</a><div class="gap"></div><a href="#m">Middle link</a>'
            '<div class="spacer"></div><a href="#l">Low link</a></div><a href="#e">End link</a>',
        )
    )

    # Chromium scrolls a focused control to the middle of the window only when it is out of
    # view. Going forwards, the next control is lower down, clear of a header at the top.
    assert_every_control_reachable_with_visible_focus(blank_page, ".links")
    # Going back up, the upper link is already in view, under the header: nothing scrolls.
    blank_page.get_by_role("link", name="End link").focus()
    with pytest.raises(AssertionError, match='a "Upper link": covered by header'):
        assert_every_control_reachable_with_visible_focus(blank_page, ".links", key="Shift+Tab")


def test_heading_check_reports_a_skipped_level_and_a_second_h1(blank_page):
    blank_page.set_content(PAGE.format(style="", body="<h3>Too deep</h3><h1>Another</h1>"))

    with pytest.raises(AssertionError, match="should have one h1"):
        assert_headings_in_order(blank_page)
    blank_page.set_content(PAGE.format(style="", body="<h3>Too deep</h3>"))
    with pytest.raises(AssertionError, match="h1 'Made-up page' then h3 'Too deep'"):
        assert_headings_in_order(blank_page)


def test_link_check_reports_vague_link_text(blank_page):
    blank_page.set_content(PAGE.format(style="", body='<p><a href="/x">Read more</a></p>'))

    with pytest.raises(AssertionError, match="Read more"):
        assert_link_text_is_descriptive(blank_page)
