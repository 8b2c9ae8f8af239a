"""Finding the nearest clinic, by ZIP code (JavaScript on or off) or by the device's location."""

import pytest

from .conftest import PHONE
from .helpers import collect_console_errors, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# The centre of Naperville's ZIP code, 60540.
NAPERVILLE = {"latitude": 41.7662, "longitude": -88.1410}


def clinic_names(page) -> list[str]:
    return page.locator(".location-card__title").all_inner_texts()


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript-on", "javascript-off"])
def test_zip_code_puts_the_nearest_clinic_first(open_page, javascript):
    page = open_page(PHONE, java_script_enabled=javascript)
    page.goto("/locations/")

    page.get_by_label("Your ZIP code").fill("60540")
    page.get_by_role("button", name="Find clinics").click()

    expect(page.get_by_role("heading", name="Clinics nearest to 60540")).to_be_visible()
    assert clinic_names(page)[0] == "Naperville"
    expect(page.locator(".location-card__distance").first).to_be_visible()


def test_unknown_zip_code_gets_a_message_tied_to_the_field(open_page):
    page = open_page(PHONE)
    page.goto("/locations/")

    page.get_by_label("Your ZIP code").fill("00000")
    page.get_by_role("button", name="Find clinics").click()

    field = page.get_by_label("Your ZIP code")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#finder-message")).to_be_visible()
    assert len(clinic_names(page)) == 4


def test_use_my_location_sorts_clinics_on_the_page(open_page, site_url):
    page = open_page(
        PHONE, geolocation=NAPERVILLE, permissions=["geolocation"], reduced_motion="reduce"
    )
    console = collect_console_errors(page)
    page.goto("/locations/")

    page.get_by_role("button", name="Use my location").click()

    expect(page.locator("[data-finder-status]")).to_contain_text("nearest first")
    assert clinic_names(page)[0] == "Naperville"
    expect(page.get_by_role("heading", name="Clinics nearest to you")).to_be_visible()
    # Sorting happened in the page: the address still names no position.
    assert page.url == f"{site_url}/locations/"
    assert console.errors() == []


def test_use_my_location_button_stays_hidden_without_javascript(open_page):
    page = open_page(PHONE, java_script_enabled=False)
    page.goto("/locations/")

    assert not page.get_by_role("button", name="Use my location").is_visible()
