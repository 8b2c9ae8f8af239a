"""The nearest-clinic finder at /locations/: ZIP code in, clinics nearest first out."""

import logging
import re

import pytest

from locations.finder import LocationResult, haversine_miles, search_zip

from .conftest import DEMO_CLINICS, clinic_order, distances


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


def test_haversine_matches_a_known_distance():
    # Chicago's Loop to Naperville's centre is about 28 miles as the crow flies.
    assert haversine_miles(41.8781, -87.6298, 41.7662, -88.141) == pytest.approx(27.5, abs=0.5)
    assert haversine_miles(41.9, -87.6, 41.9, -87.6) == 0


def test_search_zip_reads_nothing_from_an_empty_field():
    search = search_zip("   ")

    assert search.origin is None
    assert search.message == ""
    assert not search.is_error


# The browser side of "Use my location" (static/js/location-finder.js), run with node.


def test_browser_distance_matches_the_server_distance(node_call):
    wicker_park, naperville = (41.9034, -87.6677), (41.7662, -88.141)

    [miles] = node_call("location-finder.js", "distanceMiles", [[*wicker_park, *naperville]])

    assert miles == pytest.approx(haversine_miles(*wicker_park, *naperville), abs=1e-9)


def test_use_my_location_orders_clinics_nearest_first(node_call):
    clinics = [
        {"lat": 41.9034, "lng": -87.6677},  # Wicker Park
        {"lat": 41.6194, "lng": -87.8423},  # Orland Park
        {"lat": None, "lng": None},  # no coordinates yet
        {"lat": 41.7662, "lng": -88.141},  # Naperville
    ]
    in_naperville = {"lat": 41.77, "lng": -88.15}

    [order] = node_call("location-finder.js", "orderByDistance", [[clinics, in_naperville]])

    assert [item["index"] for item in order] == [3, 1, 0, 2]
    assert order[-1]["miles"] is None


def test_browser_and_server_word_distances_alike(node_call):
    labels = node_call("location-finder.js", "formatMiles", [[0.4], [12.34]])

    assert labels == [
        LocationResult(page=None, distance_miles=0.4).distance_label,
        LocationResult(page=None, distance_miles=12.34).distance_label,
    ]
    assert labels == ["Less than a mile away", "12.3 miles away"]
