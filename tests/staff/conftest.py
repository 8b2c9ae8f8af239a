import time

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

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
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def enrolled_device(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def sign_in_with_password(client, username: str, password: str = STAFF_PASSWORD, **extra):
    """Sign in through Wagtail's own sign-in page, as a person would."""
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "next": reverse("wagtailadmin_home")},
        **extra,
    )


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
