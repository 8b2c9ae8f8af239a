"""Time-based one-time codes (TOTP) for staff: the device, its QR code, and where to go next."""

from base64 import b32encode
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Authenticator app"


def has_confirmed_device(user) -> bool:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def confirmed_devices(user) -> list[TOTPDevice]:
    return list(TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("pk"))


def pending_device(user) -> TOTPDevice:
    """The not-yet-confirmed device being enrolled; the same one on every visit until confirmed."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


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
