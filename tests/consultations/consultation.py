"""What the consultation form tests share: addresses, stand-in locations, a valid request,
and how they read the form and what staff are told."""

from bs4 import BeautifulSoup

from consultations import notifications
from consultations.forms import LocationChoice

URL = "/book-a-consultation/"
THANK_YOU_URL = "/book-a-consultation/thank-you/"

LOCATIONS = [
    LocationChoice(slug="naperville", name="Naperville", phone="(630) 555-0101"),
    LocationChoice(slug="wicker-park", name="Wicker Park", phone="(312) 555-1234"),
]

# Distinctive answers, so a test can tell whether any of them leaked anywhere.
VALID = {
    "first_name": "Zelphina",
    "last_name": "Quarrington",
    "phone": "(773) 555-0199",
    "email": "zq.private@example.net",
    "preferred_location": "no-preference",
    "preferred_contact_method": "Text message",
    "best_time_to_reach_you": ["Evening (5pm to 7pm)"],
    "how_did_you_hear_about_us": "Friend or family",
    "message": "Lanternfish-7731 remarks",
    "consent": "on",
}

TYPED_VALUES = [
    "Zelphina",
    "Quarrington",
    "(773) 555-0199",
    "555-0199",
    "zq.private@example.net",
    "Text message",
    "Evening",
    "Friend or family",
    "Lanternfish-7731",
]


def page_soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def consultation_form(response):
    return page_soup(response).find("form", id="consultation-form")


def post_invalid(client):
    """A request with a name missing, a phone number that is not one and no consent."""
    data = {**VALID, "first_name": "", "phone": "call me maybe", "consent": ""}
    del data["consent"]
    return client.post(URL, data)


def notify() -> tuple[int, int]:
    """One round of the notification sender that runs beside the web workers."""
    return notifications.send_pending(stop_at_failure=True)


def assert_holds_no_answers(text: str) -> None:
    for value in TYPED_VALUES:
        assert value.lower() not in text.lower(), value
