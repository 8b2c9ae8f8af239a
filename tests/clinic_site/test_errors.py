"""The error pages (clinic_site/errors.py and templates/404.html, 500.html, 503.html): a
friendly 404, a 500 that needs no database, and when the database is unreachable, cached pages
or a friendly 503 with the clinic's number and the crisis lines, rendered without it."""

from unittest import mock

import pytest
from django.db import OperationalError, ProgrammingError, connections
from django.template.loader import render_to_string
from django.test import Client

CRISIS_TEXT = "call or text 988"


@pytest.fixture
def visitor():
    # The default test client re-raises view exceptions; a browser gets the error page.
    return Client(raise_request_exception=False)


def database_fails(error: Exception | None = None):
    error = error or OperationalError("could not connect to server: Connection refused")
    return mock.patch.object(connections["default"], "cursor", side_effect=error)


def test_page_not_in_cache_gets_a_friendly_503(visitor, home):
    with database_fails():
        response = visitor.get("/")

    assert response.status_code == 503
    html = response.content.decode()
    assert "briefly unavailable" in html
    assert 'href="tel:988"' in html
    assert "911" in html
    assert 'href="tel:+13125551234">(312) 555-1234</a>' in html
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]


def test_outage_page_shows_the_configured_fallback_phone(visitor, home, settings):
    settings.CLINIC_FALLBACK_PHONE = "(630) 555-0100"

    with database_fails():
        html = visitor.get("/").content.decode()

    assert 'href="tel:+16305550100">(630) 555-0100</a>' in html


def test_missing_page_during_outage_also_gets_the_503(visitor, home):
    with database_fails():
        response = visitor.get("/no-such-page/")

    assert response.status_code == 503


def test_cached_page_stays_up_during_the_outage(visitor, home):
    visitor.get("/")

    with database_fails():
        response = visitor.get("/")

    assert response.status_code == 200
    assert response["X-Cache"] == "hit"


def test_site_recovers_when_the_database_returns(visitor, home):
    with database_fails():
        assert visitor.get("/").status_code == 503

    assert visitor.get("/").status_code == 200


def test_other_database_errors_are_still_a_500(visitor, home):
    with database_fails(ProgrammingError("no such table")):
        response = visitor.get("/")

    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def test_outage_page_renders_without_touching_the_database():
    # No database fixture here: any query would raise.
    html = render_to_string("503.html", {"phone": "(312) 555-1234", "phone_href": "tel:x"})

    assert "call or text 988" in html
    assert "(312) 555-1234" in html


def test_a_form_sent_during_the_outage_is_reported_as_not_received(visitor, consultation_page):
    with database_fails():
        response = visitor.post("/book-a-consultation/", {"first_name": "Ann"})

    assert response.status_code == 503
    html = response.content.decode()
    assert "What you sent has not reached us" in html
    assert "send it again" in html


def test_a_page_asked_for_during_the_outage_does_not_speak_of_a_form(visitor, home):
    with database_fails():
        html = visitor.get("/").content.decode()

    assert "has not reached us" not in html


def test_unknown_address_gets_friendly_404_with_crisis_notice(client, home):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "couldn't find that page" in html
    assert CRISIS_TEXT in html


def test_500_page_renders_without_touching_the_database():
    # No database fixture here: any query would raise.
    html = render_to_string("500.html")

    assert "Something went wrong" in html
    assert CRISIS_TEXT in html
