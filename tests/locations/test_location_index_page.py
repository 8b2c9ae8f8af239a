"""The locations index at /locations/ (LocationIndexPage): where it lives, and its nearest-clinic
finder: ZIP code in, clinics nearest first out."""

import logging
import re

import pytest
from wagtail.test.utils import WagtailPageTestCase

from demo.loader import ensure_home
from locations.models import LocationIndexPage, LocationPage
from pages.models import HomePage
from tests.factories import LocationIndexPageFactory

from .conftest import DEMO_CLINICS, clinic_order, distances


class TestLocationIndexPageTree(WagtailPageTestCase):
    def test_locations_index_lives_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(LocationIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(LocationIndexPage, {LocationPage})

    def test_a_site_has_one_locations_index(self):
        home = ensure_home()
        self.assertCanCreateAt(HomePage, LocationIndexPage)
        LocationIndexPageFactory(parent=home)

        assert not LocationIndexPage.can_create_at(home)


def test_without_a_zip_code_every_clinic_is_listed_in_editors_order(client, four_clinics):
    html = client.get("/locations/").content.decode()

    assert clinic_order(html) == DEMO_CLINICS
    assert "miles away" not in html
    assert 'name="robots"' not in html


def test_finder_is_a_labelled_get_form_that_works_without_javascript(client, four_clinics):
    html = client.get("/locations/").content.decode()

    assert '<form class="finder__form" method="get" action="/locations/">' in html
    assert '<label class="finder__label" for="finder-zip">' in html
    assert 'id="finder-zip"' in html and 'name="zip"' in html
    # "Use my location" needs JavaScript, so the page hides it until the script shows it.
    assert re.search(r"<button[^>]*data-use-location[^>]*hidden", html)
    assert '<script type="module" src="/static/js/location-finder.js">' in html


def test_cards_carry_coordinates_for_sorting_in_the_browser(client, four_clinics):
    html = client.get("/locations/").content.decode()

    assert 'data-lat="41.903400"' in html
    assert 'data-lng="-87.667700"' in html


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "doesn't look like a ZIP code"),
        ("605", "doesn't look like a ZIP code"),
        ("6054O", "doesn't look like a ZIP code"),
        ("99999", "couldn't find the ZIP code 99999"),
        ("00000", "couldn't find the ZIP code 00000"),
        ("6" * 10_000, "doesn't look like a ZIP code"),
        ("٦٠٥٤٠", "doesn't look like a ZIP code"),
    ],
)
def test_bad_input_gets_a_kind_message_and_the_full_list(client, four_clinics, typed, message):
    response = client.get("/locations/", {"zip": typed})

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html.replace("&#x27;", "'")
    assert 'aria-invalid="true"' in html
    assert sorted(clinic_order(html)) == sorted(DEMO_CLINICS)


def test_nul_byte_in_the_zip_is_refused_before_the_finder(client, four_clinics):
    # The site-wide guard answers 400 to a NUL byte in any query string (see clinic_site.security).
    assert client.get("/locations/", {"zip": "60540\x00"}).status_code == 400


def test_very_long_input_is_not_echoed_back(client, four_clinics):
    html = client.get("/locations/", {"zip": "x" * 10_000}).content.decode()

    assert "x" * 20 not in html
    assert 'value=""' in html


def test_zip_code_outside_illinois_is_still_sorted_with_a_note(client, four_clinics):
    html = client.get("/locations/", {"zip": "10001"}).content.decode()

    assert "10001 is in New York, NY, outside Illinois" in html
    miles = distances(html)
    assert len(miles) == 4 and miles == sorted(miles)
    assert 'aria-invalid="true"' not in html


def test_zip_plus_four_is_understood(client, four_clinics):
    html = client.get("/locations/", {"zip": " 60622-1234 "}).content.decode()

    assert clinic_order(html)[0] == "Wicker Park"


def test_finder_results_are_kept_out_of_search_engines(client, four_clinics):
    html = client.get("/locations/", {"zip": "60540"}).content.decode()

    assert '<meta name="robots" content="noindex">' in html


def test_zip_code_is_never_logged(client, four_clinics, caplog):
    with caplog.at_level(logging.DEBUG):
        client.get("/locations/", {"zip": "60540"})
        client.get("/locations/", {"zip": "98765"})

    assert "60540" not in caplog.text
    assert "98765" not in caplog.text


def test_a_clinic_without_coordinates_goes_last(client, make_location):
    make_location(
        name="Nowhere", slug="nowhere", postal_code="99999", latitude=None, longitude=None
    )
    make_location(name="Naperville", slug="naperville")

    html = client.get("/locations/", {"zip": "60540"}).content.decode()

    assert clinic_order(html) == ["Naperville", "Nowhere"]


def test_draft_and_private_clinics_are_not_listed(client, make_location):
    make_location(name="Open clinic", slug="open")
    draft = make_location(name="Draft clinic", slug="draft")
    draft.unpublish()

    html = client.get("/locations/").content.decode()

    assert clinic_order(html) == ["Open clinic"]
