"""What the referral tests share: addresses, a valid referral, and what must never leak."""

from bs4 import BeautifulSoup

URL = "/for-clinicians/"
THANK_YOU_URL = "/for-clinicians/thank-you/"
SHEET_URL = "/for-clinicians/referral-sheet/"

# A valid NPI (the check-digit example the NPI standard gives) and distinctive answers, so a
# test can tell whether any of them leaked anywhere.
VALID = {
    "referrer_name": "Dr. Ottoline Brisbane",
    "credentials": "MD",
    "practice": "Lakeshore Psychiatry Partners",
    "npi": "1234567893",
    "referrer_phone": "(312) 555-0142",
    "referrer_fax": "",
    "referrer_email": "obrisbane@practice.example",
    "patient_first_name": "Marigold",
    "patient_last_initial": "Q",
    "patient_phone": "(773) 555-0187",
    "preferred_location": "no-preference",
    "reason": "Quillfeather-4417 notes",
    "patient_consent": "on",
}

PATIENT_VALUES = ["Marigold", "(773) 555-0187", "555-0187", "Quillfeather-4417"]
REFERRER_VALUES = ["Ottoline", "Brisbane", "Lakeshore", "1234567893", "555-0142"]


def page_soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def referral_form(response):
    return page_soup(response).find("form", id="referral-form")


def assert_holds_none_of(values: list[str], text: str) -> None:
    for value in values:
        assert value.lower() not in text.lower(), value
