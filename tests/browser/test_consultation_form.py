"""Asking for a consultation in a real browser, with JavaScript on and off."""

import re

import pytest

from consultations.models import ConsultationSubmission

from .conftest import PHONE
from .helpers import (
    CONSULTATION_THANK_YOU,
    assert_no_axe_violations,
    collect_console_errors,
    expect,
    fill_in_consultation_request,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

FORM = "/book-a-consultation/"


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript-on", "javascript-off"])
def test_visitor_corrects_a_mistake_and_sends_a_request(open_page, javascript):
    page = open_page(PHONE, java_script_enabled=javascript)
    console = collect_console_errors(page)
    first_name = f"Alex-{'js' if javascript else 'nojs'}"
    page.goto(FORM)

    page.get_by_role("button", name="Send my request").click()

    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_visible()
    expect(page).to_have_title(re.compile("^Error:"))
    if javascript:
        # The summary takes focus, so keyboard and screen-reader users start from it.
        expect(summary).to_be_focused()
        assert_no_axe_violations(page)

    fill_in_consultation_request(page, first_name)
    page.get_by_role("button", name="Send my request").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(CONSULTATION_THANK_YOU)
    assert ConsultationSubmission.objects.filter(form_data__first_name=first_name).exists()
    if javascript:
        assert_no_axe_violations(page)
    assert console.errors() == []


def test_error_summary_links_move_focus_to_the_field(open_page):
    page = open_page(PHONE)
    page.goto(FORM)
    page.get_by_role("button", name="Send my request").click()

    page.locator("[data-error-summary] a").first.click()

    expect(page.locator("#id_first_name")).to_be_focused()
