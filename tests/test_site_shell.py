"""What every page shares: the crisis notice, landmarks, the error pages."""

import pytest
from django.template.loader import render_to_string

from clinic_site.phone import tel_href

CRISIS_TEXT = "call or text 988"


def test_home_page_renders_with_crisis_notice_and_landmarks(client, home):
    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert CRISIS_TEXT in html
    assert "911" in html
    assert 'href="tel:988"' in html
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert html.count("<h1") == 1


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


def test_crisis_notice_follows_site_settings(client, site):
    from pages.models import ClinicSettings

    settings = ClinicSettings.for_site(site)
    settings.crisis_notice = "Call or text 988 any time, day or night."
    settings.save()

    html = client.get("/").content.decode()

    assert "Call or text 988 any time, day or night." in html


def test_admin_login_page_answers(client, db):
    response = client.get("/admin/login/")

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("written", "href"),
    [
        ("(312) 555-1234", "tel:+13125551234"),
        ("1-630-555-0100", "tel:+16305550100"),
        ("+44 20 7946 0000", "tel:+442079460000"),
        ("988", "tel:988"),
        ("", ""),
    ],
)
def test_phone_numbers_become_tap_to_call_links_that_dial_the_right_number(written, href):
    assert tel_href(written) == href
