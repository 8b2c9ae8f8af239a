"""The second sign-in step: enrol an authenticator app once, then enter its code at each sign-in.

Wagtail's own sign-in page checks the password (through django-axes, which counts failures);
TwoFactorMiddleware then sends the session here before any admin page. Wrong codes count
towards the same lockout as wrong passwords, and each device also slows down guessing by
itself (django-otp's throttling).
"""

import math

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_client_ip_address, get_cool_off
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout, user_login_failed
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from staff.forms import CodeForm
from staff.two_factor import (
    confirmed_devices,
    has_confirmed_device,
    next_url_from,
    pending_device,
    qr_code_svg,
    secret_text,
    two_factor_url,
)

WRONG_CODE = (
    "That code is not right. Check that you are reading the code for this site, and enter the "
    "newest one: codes change every 30 seconds."
)


def _wait_message(device: TOTPDevice) -> str | None:
    """Why this device may not be tried yet, or None if it may."""
    allowed, details = device.verify_is_allowed()
    if allowed:
        return None
    locked_until = (details or {}).get("locked_until")
    seconds = (
        max(1, math.ceil((locked_until - timezone.now()).total_seconds())) if locked_until else 1
    )
    return (
        f"Too many wrong codes in a row. Wait {seconds} second{'s' if seconds != 1 else ''}, "
        "then enter the newest code."
    )


def _credentials(user) -> dict:
    return {get_user_model().USERNAME_FIELD: user.get_username()}


def _signed_in(request, device: TOTPDevice) -> None:
    """Mark the session as having passed the second factor."""
    # A new session key for the now fully signed-in session, so an earlier one is worthless.
    request.session.cycle_key()
    otp_login(request, device)
    if settings.AXES_ENABLED:
        # Password failures are forgiven only once both factors have succeeded.
        AxesProxyHandler.reset_attempts(
            ip_address=get_client_ip_address(request), username=request.user.get_username()
        )


def lockout_response(request, original_response=None, credentials=None):
    """The page shown while sign-in to an account is paused (AXES_LOCKOUT_CALLABLE)."""
    cool_off = get_cool_off(request)
    minutes = math.ceil(cool_off.total_seconds() / 60) if cool_off else None
    return render(
        request,
        "staff/lockout.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


@never_cache
@sensitive_post_parameters("code")
@login_required(login_url="wagtailadmin_login")
def two_factor_setup(request):
    """Show a new authenticator key (QR code and text), and confirm it with a first code."""
    user = request.user
    next_url = next_url_from(request)
    if user.is_verified():
        return redirect(next_url)
    if has_confirmed_device(user):
        # Replacing an enrolled device is an administrator's job: see `reset_two_factor`.
        return redirect(two_factor_url("verify", next_url))

    device = pending_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        wait = _wait_message(device)
        if wait:
            form.add_error("code", wait)
        elif device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            _signed_in(request, device)
            messages.success(
                request,
                "Two-step sign-in is set up. You will be asked for a code each time you sign in.",
            )
            return redirect(next_url)
        else:
            form.add_error("code", WRONG_CODE)

    return render(
        request,
        "staff/two_factor_setup.html",
        {
            "form": form,
            "next": next_url,
            "qr_code": qr_code_svg(device),
            "secret": secret_text(device),
            "account_name": user.get_username(),
        },
    )


@never_cache
@sensitive_post_parameters("code")
@login_required(login_url="wagtailadmin_login")
def two_factor_verify(request):
    """Ask for the current code from the enrolled authenticator app."""
    user = request.user
    next_url = next_url_from(request)
    if user.is_verified():
        return redirect(next_url)
    devices = confirmed_devices(user)
    if not devices:
        return redirect(two_factor_url("setup", next_url))

    credentials = _credentials(user)
    if settings.AXES_ENABLED and not AxesProxyHandler.is_allowed(request, credentials):
        logout(request)
        return lockout_response(request, credentials=credentials)

    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        waits = [_wait_message(device) for device in devices]
        ready = [device for device, wait in zip(devices, waits, strict=True) if wait is None]
        verified = next((device for device in ready if device.verify_token(code)), None)
        if verified is not None:
            _signed_in(request, verified)
            return redirect(next_url)
        if not ready:
            # Every device is still cooling down from the last wrong code: not a new guess.
            form.add_error("code", waits[0])
        else:
            form.add_error("code", WRONG_CODE)
            # A wrong code counts towards the account's lockout like a wrong password.
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
            if getattr(request, "axes_locked_out", False):
                logout(request)
                return lockout_response(request, credentials=credentials)

    return render(
        request,
        "staff/two_factor_verify.html",
        {"form": form, "next": next_url},
    )
