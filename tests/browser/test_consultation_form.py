"""Asking for a consultation in a real browser, with JavaScript on and off."""

import re

import pytest

from consultations.models import ConsultationSubmission

from .conftest import DESKTOP, PHONE
from .helpers import (
    CONSULTATION_THANK_YOU,
    assert_no_axe_violations,
    collect_console_errors,
    expect,
    fill_in_consultation_request,
    save_screenshots,
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


# --- Crisis help inside the form -----------------------------------------------------------

CRISIS_QUESTION = "Are you having thoughts of ending your life or harming yourself?"


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript-on", "javascript-off"])
def test_a_yes_shows_crisis_help_and_the_request_is_still_sent_as_urgent(open_page, javascript):
    from django.core import mail

    from consultations.notifications import notify_staff

    page = open_page(PHONE, java_script_enabled=javascript)
    first_name = f"Robin-crisis-{'js' if javascript else 'nojs'}"
    page.goto(FORM)
    panel = page.locator("[data-crisis-panel]")
    expect(page.get_by_text("This form is not watched around the clock")).to_be_visible()
    expect(panel).to_be_hidden()

    fill_in_consultation_request(page, first_name)
    page.get_by_role("group", name=CRISIS_QUESTION).get_by_label("Yes").check()

    if javascript:
        # At once, before anything is sent.
        expect(panel).to_be_visible()
        expect(panel.get_by_role("link", name="Call 988")).to_be_visible()
        page.get_by_role("group", name=CRISIS_QUESTION).get_by_label("No", exact=True).check()
        expect(panel).to_be_hidden()
        page.get_by_role("group", name=CRISIS_QUESTION).get_by_label("Yes").check()
        expect(panel).to_be_visible()
    else:
        expect(panel).to_be_hidden()

    page.get_by_role("button", name="Send my request").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(CONSULTATION_THANK_YOU)
    thanks_panel = page.locator("[data-crisis-panel]")
    expect(thanks_panel).to_be_visible()
    expect(thanks_panel.get_by_role("link", name="Text 988")).to_be_visible()
    submission = ConsultationSubmission.objects.get(form_data__first_name=first_name)
    assert submission.urgent
    assert submission.form_data["thoughts_of_self_harm"] == "Yes"

    mail.outbox.clear()
    notify_staff(submission.pk)
    [email] = mail.outbox
    assert "Urgent" in email.subject
    for detail in ("Yes", "harm", "ending your life", first_name, "Rivera", "555-0100"):
        assert detail not in email.subject + email.body, detail


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["390px", "1280px"])
def test_the_form_with_the_crisis_panel_showing_has_no_axe_violations(open_page, width):
    page = open_page(width)
    page.goto(FORM)

    page.get_by_role("group", name=CRISIS_QUESTION).get_by_label("Yes").check()

    expect(page.locator("[data-crisis-panel]")).to_be_visible()
    assert_no_axe_violations(page)
    save_screenshots(page, f"consultation-crisis-panel-{width}")
