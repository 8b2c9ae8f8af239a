"""Searching the site from the box in the header, with JavaScript on and off."""

import re

import pytest

from .conftest import DESKTOP, PHONE
from .helpers import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize(
    ("width", "javascript"),
    [(PHONE, True), (DESKTOP, True), (PHONE, False)],
    ids=["phone", "desktop", "phone-javascript-off"],
)
def test_header_search_finds_a_clinic_page_and_opens_it(open_page, width, javascript):
    page = open_page(width, java_script_enabled=javascript)
    page.goto("/")
    if width == PHONE:  # on phones the search box is in the menu with the links
        page.locator("summary", has_text="Menu").click()

    page.get_by_role("search", name="Site search").get_by_label("Search the site").fill(
        "Naperville"
    )
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    expect(page.get_by_label("Search for")).to_have_value("Naperville")
    result = page.locator(".search-results__title a").filter(has_text="Naperville").first
    result.click()
    expect(page).to_have_url(re.compile("/locations/naperville/$"))
