"""The second sign-in step: enrol an authenticator app once, then enter its code at each sign-in.

Wagtail's own sign-in page checks the password (through django-axes, which counts failures);
TwoFactorMiddleware then sends the session here before any admin page. Wrong codes count
towards the same lockout as wrong passwords, and guessing is slowed down as well: by each
device (django-otp's throttling) when signing in, by the session while enrolling.

The password alone does not enrol. The session must first open a one-time set-up link that an
administrator made for the account (staff.models.SetupLink). Each showing of the set-up page
then makes a new key that lives in that session only; the device is stored once a code from
that key confirms it, and the link is spent.
"""

import math
import time

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_client_ip_address, get_cool_off
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout, user_login_failed
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import TemplateView
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from staff.forms import CodeForm
from staff.models import SetupLink
from staff.two_factor import (
    code_matches,
    confirmed_devices,
    has_confirmed_device,
    new_key,
    next_url_from,
    qr_code_svg,
    secret_text,
    setup_link_url,
    two_factor_url,
    unsaved_device,
)

WRONG_CODE = (
    "That code is not right. Check that you are reading the code for this site, and enter the "
    "newest one: codes change every 30 seconds."
)

# What an enrolling session keeps: the set-up link it opened, the key it was shown last, and
# how many wrong codes it has entered in a row, and when the last one was.
SETUP_LINK_SESSION_KEY = "staff_setup_link"
ENROLMENT_KEY_SESSION_KEY = "staff_enrolment_key"
ENROLMENT_FAILURES_SESSION_KEY = "staff_enrolment_failures"
ENROLMENT_FAILED_AT_SESSION_KEY = "staff_enrolment_failed_at"


def _wait_text(seconds: int) -> str:
    return (
        f"Too many wrong codes in a row. Wait {seconds} second{'s' if seconds != 1 else ''}, "
        "then enter the newest code."
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
    return _wait_text(seconds)


def _enrolment_wait_message(request) -> str | None:
    """Why this session may not try another code yet, or None if it may.

    The same growing wait as django-otp's for a device (OTP_TOTP_THROTTLE_FACTOR seconds,
    doubled after each wrong code in a row), kept in the session: the device being enrolled
    does not exist yet, and showing a new key must not start the count again.
    """
    failures = request.session.get(ENROLMENT_FAILURES_SESSION_KEY, 0)
    factor = settings.OTP_TOTP_THROTTLE_FACTOR
    if not failures or not factor:
        return None
    last_failure = request.session.get(ENROLMENT_FAILED_AT_SESSION_KEY, 0)
    remaining = last_failure + factor * 2 ** (failures - 1) - time.time()
    return _wait_text(math.ceil(remaining)) if remaining > 0 else None


def _count_enrolment_failure(request) -> None:
    failures = request.session.get(ENROLMENT_FAILURES_SESSION_KEY, 0)
    request.session[ENROLMENT_FAILURES_SESSION_KEY] = failures + 1
    request.session[ENROLMENT_FAILED_AT_SESSION_KEY] = time.time()


def _forget_enrolment(request) -> None:
    for key in (
        SETUP_LINK_SESSION_KEY,
        ENROLMENT_KEY_SESSION_KEY,
        ENROLMENT_FAILURES_SESSION_KEY,
        ENROLMENT_FAILED_AT_SESSION_KEY,
    ):
        request.session.pop(key, None)


def _opened_link(request) -> SetupLink | None:
    """The set-up link this session opened for the signed-in account, if it opened one."""
    link_id = request.session.get(SETUP_LINK_SESSION_KEY)
    if link_id is None:
        return None
    return SetupLink.objects.filter(pk=link_id, user=request.user).first()


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


def _wrong_code(request, form: CodeForm, credentials: dict):
    """Refuse a wrong code; it counts towards the account's lockout like a wrong password.

    Returns the lockout page if this code was one too many, else None.
    """
    form.add_error("code", WRONG_CODE)
    user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    if getattr(request, "axes_locked_out", False):
        logout(request)
        return lockout_response(request, credentials=credentials)
    return None


def _locked_out(request, credentials: dict) -> bool:
    return settings.AXES_ENABLED and not AxesProxyHandler.is_allowed(request, credentials)


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


# Why a set-up link cannot be used, and the status of the page that says so.
LINK_PROBLEM_STATUS = {"unknown": 404, "other_account": 403, "used": 410, "expired": 410}


def _link_problem(request, problem: str):
    return render(
        request,
        "staff/setup_link_problem.html",
        {"problem": problem},
        status=LINK_PROBLEM_STATUS[problem],
    )


@never_cache
@login_required(login_url="wagtailadmin_login")
def open_setup_link(request, token: str):
    """Let this session enrol an authenticator app, if the link was made for its account."""
    link = SetupLink.from_token(token)
    if link is None:
        return _link_problem(request, "unknown")
    if link.user_id != request.user.pk:
        return _link_problem(request, "other_account")
    if link.is_used:
        return _link_problem(request, "used")
    if link.is_expired:
        return _link_problem(request, "expired")
    home = reverse("wagtailadmin_home")
    if has_confirmed_device(request.user):
        return redirect(two_factor_url("verify", home))
    # Opening the link again shows a new key, but the wait after wrong codes stays.
    request.session.pop(ENROLMENT_KEY_SESSION_KEY, None)
    request.session[SETUP_LINK_SESSION_KEY] = link.pk
    return redirect(two_factor_url("setup", home))


@never_cache
@sensitive_post_parameters("code")
@login_required(login_url="wagtailadmin_login")
def two_factor_setup(request):
    """Show this session a new key (QR code and text), and confirm it with a first code."""
    user = request.user
    next_url = next_url_from(request)
    if user.is_verified():
        return redirect(next_url)
    if has_confirmed_device(user):
        # Replacing an enrolled device is an administrator's job: see `reset_two_factor`.
        return redirect(two_factor_url("verify", next_url))

    link = _opened_link(request)
    if link is None:
        request.session.pop(ENROLMENT_KEY_SESSION_KEY, None)
        return render(request, "staff/two_factor_ask_for_link.html")
    if not link.is_usable:
        _forget_enrolment(request)
        return _link_problem(request, "used" if link.is_used else "expired")

    credentials = _credentials(user)
    if _locked_out(request, credentials):
        logout(request)
        return lockout_response(request, credentials=credentials)

    context = {"next": next_url, "account_name": user.get_username()}
    if request.method != "POST":
        # A new key each time the page is shown: a key is shown once, to this session only.
        device = unsaved_device(user, new_key())
        request.session[ENROLMENT_KEY_SESSION_KEY] = device.key
        return render(
            request,
            "staff/two_factor_setup.html",
            {
                **context,
                "form": CodeForm(),
                "qr_code": qr_code_svg(device),
                "secret": secret_text(device),
            },
        )

    key = request.session.get(ENROLMENT_KEY_SESSION_KEY)
    if key is None:
        # This session has not been shown a key yet: show it one.
        return redirect(two_factor_url("setup", next_url))
    device = unsaved_device(user, key)
    form = CodeForm(request.POST)
    if form.is_valid():
        wait = _enrolment_wait_message(request)
        if wait:
            form.add_error("code", wait)
        elif code_matches(device, form.cleaned_data["code"]):
            with transaction.atomic():
                if not link.spend():
                    # Another session confirmed with it, or it ran out, since this page began.
                    link.refresh_from_db()
                    _forget_enrolment(request)
                    return _link_problem(request, "used" if link.is_used else "expired")
                device.save()
            _forget_enrolment(request)
            _signed_in(request, device)
            messages.success(
                request,
                "Two-step sign-in is set up. You will be asked for a code each time you sign in.",
            )
            return redirect(next_url)
        else:
            _count_enrolment_failure(request)
            lockout = _wrong_code(request, form, credentials)
            if lockout:
                return lockout
    # The key is not shown again: the app that scanned it keeps making its codes.
    return render(request, "staff/two_factor_setup.html", {**context, "form": form})


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
    if _locked_out(request, credentials):
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
            lockout = _wrong_code(request, form, credentials)
            if lockout:
                return lockout

    return render(
        request,
        "staff/two_factor_verify.html",
        {"form": form, "next": next_url},
    )


class SetupLinkForUserView(WagtailAdminTemplateMixin, TemplateView):
    """Superusers make a staff member's set-up link here, and see it this once only.

    Making one removes any authenticator app the account has, as `reset_two_factor` does:
    it is how an administrator replaces a lost phone without a shell.
    """

    template_name = "staff/setup_link_for_user.html"
    header_icon = "key"

    def dispatch(self, request, *args, user_id: int, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        self.staff_member = get_object_or_404(get_user_model(), pk=user_id)
        self.staff_member_name = get_user_display_name(self.staff_member)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self) -> str:
        return f"Set-up link for {self.staff_member_name}"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": "Users"},
            {
                "url": reverse("wagtailusers_users:edit", args=[self.staff_member.pk]),
                "label": self.staff_member_name,
            },
            {"url": "", "label": "Two-step set-up link"},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            staff_member=self.staff_member,
            staff_member_name=self.staff_member_name,
            has_authenticator=TOTPDevice.objects.filter(user=self.staff_member).exists(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        with transaction.atomic():
            TOTPDevice.objects.filter(user=self.staff_member).delete()
            link, token = SetupLink.issue(self.staff_member, created_by=request.user)
        return self.render_to_response(
            self.get_context_data(link=link, link_url=setup_link_url(token))
        )
