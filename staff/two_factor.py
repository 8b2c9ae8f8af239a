"""Time-based one-time codes (TOTP) for staff: keys, their QR codes, and where to go next."""

import time
from base64 import b32encode
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

DEVICE_NAME = "Authenticator app"


def has_confirmed_device(user) -> bool:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def confirmed_devices(user) -> list[TOTPDevice]:
    return list(TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("pk"))


def new_key() -> str:
    """A fresh random key, made as django-otp makes one for a new device: 20 bytes, as hex."""
    return default_key()


def unsaved_device(user, key: str) -> TOTPDevice:
    """The device an enrolment with this key creates once confirmed; not in the database yet.

    TOTPDevice's own defaults (30-second steps, six digits, one step of tolerance) apply, so
    the codes that confirm it are the codes that sign in with it afterwards.
    """
    return TOTPDevice(user=user, name=DEVICE_NAME, key=key, confirmed=True)


def code_matches(device: TOTPDevice, code: str) -> bool:
    """Whether the code is one the device's key makes now, checked without saving anything.

    TOTPDevice.verify_token saves the device whether the code is right or not, and a device
    being enrolled must not be stored before its first code is right. On a match the device
    remembers the code's time step, as verify_token does, so the same code cannot sign in
    again.
    """
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if not totp.verify(int(code), device.tolerance, device.last_t + 1):
        return False
    device.last_t = totp.t()
    if getattr(settings, "OTP_TOTP_SYNC", True):
        device.drift = totp.drift
    return True


def secret_text(device: TOTPDevice) -> str:
    """The key as authenticator apps ask for it when typed in: base32, in groups of four."""
    key = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code_svg(device: TOTPDevice) -> SafeString:
    """The device's otpauth:// address as an inline SVG QR code, drawn here, not by a service.

    Dark modules on a white ground whatever the admin's theme, or phones cannot read it.
    """
    image = qrcode.make(
        device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage, border=4
    )
    svg = image.to_string(encoding="unicode")
    svg = svg.replace(
        "<svg ",
        '<svg role="img" aria-label="QR code for your authenticator app" '
        'class="two-factor__qr-code" ',
        1,
    )
    # The SVG is built by the qrcode library from our own data, never from user input.
    return mark_safe(svg)


def next_url_from(request) -> str:
    """Where to go after the second step: a local address from the request, else the dashboard."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def two_factor_url(step: str, next_url: str) -> str:
    """The address of the set-up or verify step, carrying where to go afterwards."""
    return f"{reverse(f'staff:two_factor_{step}')}?{urlencode({'next': next_url})}"


def setup_link_url(token: str) -> str:
    """The full address of a set-up link, on the site's public address, to send to staff."""
    path = reverse("staff:setup_link", args=[token])
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"
