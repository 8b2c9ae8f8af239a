"""The finder's distances and ZIP codes (locations/finder.py), and the browser side of "Use my
location" (static/js/location-finder.js), run with node, which must agree with them."""

import pytest

from locations.finder import LocationResult, haversine_miles, search_zip


def test_haversine_matches_a_known_distance():
    # Chicago's Loop to Naperville's centre is about 28 miles as the crow flies.
    assert haversine_miles(41.8781, -87.6298, 41.7662, -88.141) == pytest.approx(27.5, abs=0.5)
    assert haversine_miles(41.9, -87.6, 41.9, -87.6) == 0


def test_search_zip_reads_nothing_from_an_empty_field():
    search = search_zip("   ")

    assert search.origin is None
    assert search.message == ""
    assert not search.is_error


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
