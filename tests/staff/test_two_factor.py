"""Two-step sign-in (staff/two_factor.py, and the second step's views in staff/views.py): no
staff member reaches the admin on a password alone."""

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.staff.conftest import (
    code_for_key,
    enrol,
    enrolled_device,
    setup_link_path,
    shown_key,
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


@pytest.fixture
def no_throttle(settings):
    """Without the growing wait after a wrong code, where the wait is not what is tested."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def _with_link(client, user, link: str | None = None) -> Client:
    """A session signed in with the password that has opened a set-up link for the account."""
    sign_in_with_password(client, user.get_username())
    client.get(link or setup_link_path(user))
    return client


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


def test_a_password_alone_is_shown_no_authenticator_key(editor):
    # The defect this guards against: every password-only session of an account without an
    # authenticator was shown the same key, so someone with the password could read it, wait
    # for the owner to confirm it, and then make the owner's codes themselves.
    for session in (Client(), Client()):
        sign_in_with_password(session, "ed")

        page = session.get(SETUP, follow=True)

        html = page.content.decode()
        assert page.status_code == 200
        assert shown_key(page) is None
        assert "QR code for your authenticator app" not in html
        assert "set-up link" in html
    assert not TOTPDevice.objects.filter(user=editor).exists()


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
    _with_link(client, editor)

    page = client.get(f"{SETUP}?next=/admin/")

    html = page.content.decode()
    assert page.status_code == 200
    assert '<svg role="img" aria-label="QR code for your authenticator app"' in html
    assert "http" not in html.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org/2000/svg", ""
    )
    assert 'autocomplete="one-time-code"' in html
    key = shown_key(page)
    assert len(key) == 20
    # Nothing is stored until a code confirms the key.
    assert not TOTPDevice.objects.filter(user=editor).exists()

    response = client.post(SETUP, {"code": code_for_key(key), "next": "/admin/"})

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    device = TOTPDevice.objects.get(user=editor)
    assert device.confirmed
    assert device.bin_key == key
    assert _is_dashboard(client.get(DASHBOARD))


def test_each_session_gets_its_own_key_and_a_code_from_another_sessions_key_does_not_enrol(
    editor, no_throttle
):
    # Two sessions of one account that have both opened its set-up link: the owner's, and
    # someone else's who also has the password and the link.
    link = setup_link_path(editor)
    owner = _with_link(Client(), editor, link)
    other = _with_link(Client(), editor, link)
    owner_key = shown_key(owner.get(SETUP))
    other_key = shown_key(other.get(SETUP))
    assert owner_key and other_key
    assert owner_key != other_key

    refused = other.post(SETUP, {"code": code_for_key(owner_key)})

    assert "That code is not right." in refused.content.decode()
    assert not TOTPDevice.objects.filter(user=editor).exists()
    owner.post(SETUP, {"code": code_for_key(owner_key)})
    assert TOTPDevice.objects.get(user=editor).bin_key == owner_key
    # The key the other session was shown never became a device: it signs in to nothing.
    assert other.post(SETUP, {"code": code_for_key(other_key)})["Location"].startswith(VERIFY)
    other.post(VERIFY, {"code": code_for_key(other_key)})
    assert other.get(DASHBOARD).status_code == 302
    assert _is_dashboard(owner.get(DASHBOARD))


def test_a_key_is_shown_once_and_showing_the_page_again_replaces_it(client, editor, no_throttle):
    _with_link(client, editor)
    first = shown_key(client.get(SETUP))

    second = shown_key(client.get(SETUP))

    assert second != first
    refused = client.post(SETUP, {"code": code_for_key(first)})
    assert "That code is not right." in refused.content.decode()
    # The page that asks again does not show the key again.
    assert shown_key(refused) is None
    assert "QR code for your authenticator app" not in refused.content.decode()
    assert "start again with a new key" in refused.content.decode()
    client.post(SETUP, {"code": code_for_key(second)})
    assert TOTPDevice.objects.get(user=editor).bin_key == second


def test_enrolment_without_a_key_shown_to_the_session_shows_one_first(client, editor):
    _with_link(client, editor)

    response = client.post(SETUP, {"code": "123456", "next": "/admin/pages/"})

    assert response.status_code == 302
    assert response["Location"] == f"{SETUP}?next=%2Fadmin%2Fpages%2F"
    assert not TOTPDevice.objects.exists()


def test_the_code_that_confirms_a_new_app_does_not_sign_in_again(editor):
    _, key = enrol(Client(), editor)
    later = Client()
    sign_in_with_password(later, "ed")

    response = later.post(VERIFY, {"code": code_for_key(key)})

    assert "That code is not right." in response.content.decode()
    assert later.get(DASHBOARD).status_code == 302


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


def test_a_wrong_code_during_enrolment_stores_nothing_and_asks_again(client, editor):
    _with_link(client, editor)
    key = shown_key(client.get(SETUP))

    response = client.post(SETUP, {"code": _wrong(code_for_key(key))})

    assert response.status_code == 200
    assert "That code is not right." in response.content.decode()
    assert not TOTPDevice.objects.exists()
    assert client.get(DASHBOARD).status_code == 302


def test_after_a_wrong_code_during_enrolment_the_next_try_waits_even_with_a_new_key(
    client, editor, settings
):
    settings.OTP_TOTP_THROTTLE_FACTOR = 600
    link = setup_link_path(editor)
    _with_link(client, editor, link)
    key = shown_key(client.get(SETUP))
    client.post(SETUP, {"code": _wrong(code_for_key(key))})
    client.get(link)  # opening the link again does not start the count again either
    new_key = shown_key(client.get(SETUP))

    response = client.post(SETUP, {"code": code_for_key(new_key)})

    assert "Too many wrong codes in a row. Wait 600 seconds" in response.content.decode()
    assert not TOTPDevice.objects.exists()


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


def test_two_factor_pages_get_the_admin_icons_and_translations_before_the_code(client, editor):
    # Both are fetched by every admin page's scripts; a redirect to the code prompt put a
    # second copy of the prompt into the page instead of the icons.
    sign_in_with_password(client, "ed")

    sprite = client.get(reverse("wagtailadmin_sprite"))
    catalog = client.get(reverse("wagtailadmin_javascript_catalog"))

    assert sprite.status_code == 200
    assert sprite["Content-Type"].startswith("image/svg+xml")
    assert catalog.status_code == 200
    assert "javascript" in catalog["Content-Type"]


def test_sign_out_stays_reachable_before_the_second_factor(client, editor):
    sign_in_with_password(client, "ed")

    response = client.post(reverse("wagtailadmin_logout"))

    assert response.status_code == 302
    assert client.get(DASHBOARD)["Location"].startswith(reverse("wagtailadmin_login"))
