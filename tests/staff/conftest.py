import re
import time
from base64 import b32decode

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from staff.models import SetupLink
from tests.conftest import STAFF_PASSWORD


@pytest.fixture
def two_factor_on(settings):
    """Two-step sign-in as every environment but the test suite has it."""
    settings.STAFF_TWO_FACTOR_REQUIRED = True


@pytest.fixture
def axes_on(settings):
    """Lockouts as every environment but the test suite has them."""
    settings.AXES_ENABLED = True


def totp_code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The code the staff member's app shows now (or a few 30-second steps later).

    A code is accepted once only, so a second sign-in in the same test uses the next step's
    code, which the device's tolerance of one step accepts.
    """
    return code_for_key(device.bin_key, steps_ahead)


def code_for_key(key: bytes, steps_ahead: int = 0) -> str:
    """The code an authenticator app holding this key shows now: 30-second steps, six digits."""
    totp = TOTP(key)
    totp.time = time.time() + steps_ahead * totp.step
    return f"{totp.token():06d}"


def shown_key(response) -> bytes | None:
    """The authenticator key a page shows as text (base32, in groups), or None if it shows none."""
    match = re.search(r"<code>([A-Z2-7 ]+)</code>", response.content.decode())
    if match is None:
        return None
    text = match.group(1).replace(" ", "")
    return b32decode(text + "=" * (-len(text) % 8))


def enrolled_device(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def sign_in_with_password(client, username: str, password: str = STAFF_PASSWORD, **extra):
    """Sign in through Wagtail's own sign-in page, as a person would."""
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "next": reverse("wagtailadmin_home")},
        **extra,
    )


def setup_link_path(user, created_by=None) -> str:
    """The address of a new set-up link for the user, as an administrator would send it."""
    _, token = SetupLink.issue(user, created_by=created_by)
    return reverse("staff:setup_link", args=[token])


def enrol(client, user, link: str | None = None) -> tuple[TOTPDevice, bytes]:
    """Password, set-up link, then a code from the key shown: a new staff member's first visit.

    Returns the device the account now has and the key the staff member's app holds.
    """
    response = sign_in_with_password(client, user.get_username())
    assert response.status_code == 302, response.content
    page = client.get(link or setup_link_path(user), follow=True)
    key = shown_key(page)
    assert key is not None, page.content.decode()
    response = client.post(reverse("staff:two_factor_setup"), {"code": code_for_key(key)})
    assert response.status_code == 302, response.content
    return TOTPDevice.objects.get(user=user), key


def sign_in_fully(client, user, device: TOTPDevice | None = None, steps_ahead: int = 0):
    """Password, then the code: a session that has passed both factors."""
    device = device or TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or enrolled_device(user)
    response = sign_in_with_password(client, user.get_username())
    assert response.status_code == 302, response.content
    response = client.post(
        reverse("staff:two_factor_verify"), {"code": totp_code(device, steps_ahead)}
    )
    assert response.status_code == 302, response.content
    return device
