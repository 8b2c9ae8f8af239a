"""A clinician refers a patient in a real browser, and prints the referral sheet."""

import re

import pytest

from referrals.models import ReferralSubmission

from .conftest import DESKTOP, PHONE
from .helpers import assert_no_axe_violations, collect_console_errors, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

FORM = "/for-clinicians/"
SHEET = "/for-clinicians/referral-sheet/"


def fill_in_referral(page, npi: str, practice: str) -> None:
    page.get_by_label("Your name").fill("Dr. Robin Vale")
    page.get_by_label("Your credentials").fill("DO")
    page.get_by_label("Practice or organization").fill(practice)
    page.get_by_label("Your NPI number").fill(npi)
    page.get_by_label("Your phone").fill("(312) 555-0142")
    page.get_by_label("Patient's first name").fill("Sam")
    page.get_by_label("Patient's last initial").fill("T")
    page.get_by_label("Patient's phone").fill("(773) 555-0187")
    page.get_by_label("The patient agreed").check()


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_clinician_corrects_a_mistyped_npi_and_sends_the_referral(open_page, width):
    page = open_page(width)
    console = collect_console_errors(page)
    practice = f"Vale Family Practice {width}"
    page.goto(FORM)
    fill_in_referral(page, npi="1234567890", practice=practice)

    page.get_by_role("button", name="Send the referral").click()

    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile("^Error:"))
    expect(summary).to_contain_text("check-digit")
    # What was typed is kept, so only the NPI needs typing again.
    expect(page.get_by_label("Patient's first name")).to_have_value("Sam")
    assert_no_axe_violations(page)

    page.get_by_label("Your NPI number").fill("1234567893")
    page.get_by_role("button", name="Send the referral").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Thank you: your referral has been sent"
    )
    assert ReferralSubmission.objects.filter(form_data__practice=practice).exists()
    assert_no_axe_violations(page)
    assert console.errors() == []


def test_printed_referral_sheet_shows_the_questions_and_fax_without_the_site_chrome(open_page):
    page = open_page(DESKTOP)
    page.goto(SHEET)
    page.emulate_media(media="print")

    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".crisis-banner")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.locator(".referral-sheet__contact")).to_contain_text("Fax to")
    expect(page.locator(".referral-sheet__line")).to_have_count(13)
