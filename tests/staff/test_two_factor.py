"""Two-step sign-in: no staff member reaches the admin on a password alone."""

import re
from base64 import b32decode

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.staff.conftest import (
    enrolled_device,
    sign_in_fully,
    sign_in_with_password,
    totp_code,
)

pytestmark = pytest.mark.usefixtures("two_factor_on", "home")

DASHBOARD = "/admin/"
SETUP = "/admin/two-factor/set-up/"
VERIFY = "/admin/two-factor/verify/"


@pytest.fixture
def editor(make_staff):
    return make_staff("ed", "Editors")


def _is_dashboard(response) -> bool:
    return (
        response.status_code == 200
        and 'id="main"' in response.content.decode()
        and ("wagtailadmin/home" in " ".join(t.name for t in response.templates if t.name))
    )


def test_staff_without_second_factor_is_sent_to_enrolment_not_the_dashboard(client, editor):
    sign_in_with_password(client, "ed")

    response = client.get(DASHBOARD)

    assert response.status_code == 302
    assert response["Location"] == f"{SETUP}?next=%2Fadmin%2F"
    assert not _is_dashboard(client.get(DASHBOARD, follow=True))


def test_every_admin_page_requires_the_second_factor(client, editor):
    sign_in_with_password(client, "ed")

    for path in ["/admin/pages/", "/admin/images/", "/admin/account/", "/admin/forms/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(SETUP), path


def test_wagtails_sign_in_page_does_not_skip_the_second_factor(client, editor):
    enrolled_device(editor)

    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "ed", "password": "plum-harbour-lantern-47", "next": "/admin/pages/"},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == f"{VERIFY}?next=%2Fadmin%2Fpages%2F"
    assert "Enter your sign-in code" in response.content.decode()
    # Coming back to the sign-in page while half signed in leads to the code prompt too.
    again = client.get(reverse("wagtailadmin_login") + "?next=/admin/images/")
    assert again["Location"] == f"{VERIFY}?next=%2Fadmin%2Fimages%2F"


def test_enrolment_shows_the_key_as_qr_code_and_text_and_a_code_confirms_it(client, editor):
    sign_in_with_password(client, "ed")

    page = client.get(f"{SETUP}?next=/admin/")

    html = page.content.decode()
    assert page.status_code == 200
    assert '<svg role="img" aria-label="QR code for your authenticator app"' in html
    assert "http" not in html.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org/2000/svg", ""
    )
    device = TOTPDevice.objects.get(user=editor)
    assert not device.confirmed
    shown_key = re.search(r"<code>([A-Z2-7 ]+)</code>", html).group(1).replace(" ", "")
    assert b32decode(shown_key + "=" * (-len(shown_key) % 8)) == device.bin_key
    assert 'autocomplete="one-time-code"' in html

    response = client.post(SETUP, {"code": totp_code(device), "next": "/admin/"})

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    device.refresh_from_db()
    assert device.confirmed
    assert _is_dashboard(client.get(DASHBOARD))


def test_enrolment_keeps_the_same_key_until_it_is_confirmed(client, editor):
    sign_in_with_password(client, "ed")
    client.get(SETUP)
    client.get(SETUP)

    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_enrolled_staff_is_asked_for_a_code_and_then_reaches_the_dashboard(client, editor):
    device = enrolled_device(editor)
    sign_in_with_password(client, "ed")

    assert client.get(DASHBOARD)["Location"] == f"{VERIFY}?next=%2Fadmin%2F"
    assert client.get(SETUP)["Location"].startswith(VERIFY)  # no second enrolment

    response = client.post(VERIFY, {"code": totp_code(device), "next": "/admin/"})

    assert response["Location"] == "/admin/"
    assert _is_dashboard(client.get(DASHBOARD))


def test_a_code_typed_with_a_space_is_accepted(client, editor):
    device = enrolled_device(editor)
    sign_in_with_password(client, "ed")
    code = totp_code(device)

    client.post(VERIFY, {"code": f"{code[:3]} {code[3:]}"})

    assert _is_dashboard(client.get(DASHBOARD))


def test_a_wrong_code_is_refused_with_a_clear_message(client, editor):
    device = enrolled_device(editor)
    sign_in_with_password(client, "ed")
    wrong = f"{(int(totp_code(device)) + 1) % 1_000_000:06d}"

    response = client.post(VERIFY, {"code": wrong})

    assert response.status_code == 200
    assert "That code is not right." in response.content.decode()
    assert client.get(DASHBOARD).status_code == 302


def test_a_code_that_is_not_six_digits_is_refused_with_a_clear_message(client, editor):
    enrolled_device(editor)
    sign_in_with_password(client, "ed")

    response = client.post(VERIFY, {"code": "12ab56"})

    assert "Enter the six digits your app shows" in response.content.decode()


def test_a_wrong_code_during_enrolment_leaves_the_device_unconfirmed(client, editor):
    sign_in_with_password(client, "ed")
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=editor)
    wrong = f"{(int(totp_code(device)) + 1) % 1_000_000:06d}"

    response = client.post(SETUP, {"code": wrong})

    assert "That code is not right." in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed


def test_after_a_wrong_code_the_device_makes_the_next_try_wait(client, editor, settings):
    # django-otp doubles the wait after each wrong code; a long factor keeps this test exact.
    settings.OTP_TOTP_THROTTLE_FACTOR = 600
    device = enrolled_device(editor)
    sign_in_with_password(client, "ed")
    client.post(VERIFY, {"code": f"{(int(totp_code(device)) + 1) % 1_000_000:06d}"})

    response = client.post(VERIFY, {"code": totp_code(device)})

    assert "Too many wrong codes in a row. Wait" in response.content.decode()
    assert client.get(DASHBOARD).status_code == 302


def test_throttling_is_on_in_the_sites_settings():
    from clinic_site.settings import base

    assert base.OTP_TOTP_THROTTLE_FACTOR > 0
    assert TOTPDevice(key="00" * 20).throttling_enabled


def test_after_verifying_only_local_addresses_are_followed(client, editor):
    device = enrolled_device(editor)
    sign_in_with_password(client, "ed")

    response = client.post(VERIFY, {"code": totp_code(device), "next": "https://evil.example/"})

    assert response["Location"] == "/admin/"


def test_a_half_signed_in_session_counts_as_anonymous_on_the_public_site(client, editor):
    device = enrolled_device(editor)
    sign_in_with_password(client, "ed")

    half = client.get("/").content.decode()
    client.post(VERIFY, {"code": totp_code(device)})
    full = client.get("/").content.decode()

    assert "data-wagtail-userbar" not in half
    assert "data-wagtail-userbar" in full


def test_sign_out_stays_reachable_before_the_second_factor(client, editor):
    sign_in_with_password(client, "ed")

    response = client.post(reverse("wagtailadmin_logout"))

    assert response.status_code == 302
    assert client.get(DASHBOARD)["Location"].startswith(reverse("wagtailadmin_login"))


def test_reset_command_removes_the_device_and_the_next_visit_asks_to_enrol_again(client, editor):
    sign_in_fully(client, editor)

    call_command("reset_two_factor", "ed", verbosity=0)

    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert client.get(DASHBOARD)["Location"].startswith(SETUP)


def test_reset_command_names_an_unknown_username(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match='no account with the username "nobody"'):
        call_command("reset_two_factor", "nobody")
