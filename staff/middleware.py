"""Sign-in rules for staff: a second factor before the admin, and sign-out when idle."""

import time

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse

from staff.two_factor import has_confirmed_device, next_url_from, two_factor_url

# Views an unverified session may still reach: signing in and out, and the second step itself
# (a set-up link, enrolment, the code prompt), each of which checks what the session may do.
# The admin's translation catalogue and icon sprite are loaded by every admin page, the
# two-factor pages too (the sprite is fetched and inserted into the page: redirected, it
# inserted the whole two-factor page a second time). Neither holds anything private.
TWO_FACTOR_EXEMPT_VIEWS = {
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "staff:setup_link",
    "staff:two_factor_setup",
    "staff:two_factor_verify",
}

# Requests the admin's scripts send on their own, with nobody at the keyboard: an open editor
# tab pings every few seconds, and must not keep an unattended session alive.
BACKGROUND_VIEWS = {
    "wagtailadmin_editing_sessions:ping",
    "wagtailadmin_editing_sessions:release",
}

ACTIVITY_KEY = "staff_last_activity"
# Renew the session at most once a minute: idle sign-out is then accurate to a minute, and a
# busy editor does not write the session row on every click.
ACTIVITY_RESOLUTION_SECONDS = 60


def _has_session(request) -> bool:
    # Anonymous visitors carry no session cookie; checking for one first keeps their
    # requests from touching the session store (and from varying on the cookie).
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def _is_admin_path(request) -> bool:
    return request.path_info.startswith(reverse("wagtailadmin_home"))


class IdleSessionMiddleware:
    """Renew a signed-in session only when a person uses it.

    The session store drops a session SESSION_COOKIE_AGE seconds after it was last saved, so
    saving it on each real request (but not on the editor's background pings) signs staff
    out after that long without activity.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not _has_session(request) or not request.user.is_authenticated:
            return None
        match = request.resolver_match
        if match is not None and match.view_name in BACKGROUND_VIEWS:
            return None
        now = int(time.time())
        last = request.session.get(ACTIVITY_KEY, 0)
        if now - last >= ACTIVITY_RESOLUTION_SECONDS:
            request.session[ACTIVITY_KEY] = now
        return None


class TwoFactorMiddleware:
    """Nobody reaches the admin, or anything else staff-only, on a password alone.

    A signed-in user whose session has not passed the second factor is sent from every admin
    page to the code prompt (or, without an authenticator yet, to enrolment). Everywhere
    else on the site such a session counts as anonymous, so private pages, previews and the
    editing toolbar stay out of reach too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.STAFF_TWO_FACTOR_REQUIRED or not _has_session(request):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if not _is_admin_path(request):
            request.user = AnonymousUser()
            return None
        match = request.resolver_match
        if match is not None and match.view_name in TWO_FACTOR_EXEMPT_VIEWS:
            return None
        if match is not None and match.view_name == "wagtailadmin_login":
            # A signed-in user opening the sign-in page is on their way somewhere.
            next_url = next_url_from(request)
        else:
            next_url = request.get_full_path()
        step = "verify" if has_confirmed_device(user) else "setup"
        return redirect(two_factor_url(step, next_url))
