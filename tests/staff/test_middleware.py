"""Sign-in rules for staff (staff/middleware.py).

A session signed in with a password alone reaches the second step and nothing else: every
address the site routes is walked, each admin address must send such a session to the second
step, and every other address must answer it as it answers a visitor who is not signed in. A
session that passed both steps gets the editing toolbar on public pages. Idle sessions end;
visitors get no session at all.
"""

import datetime
import re

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.resolvers import RoutePattern
from django.utils import timezone
from wagtail.models import PageViewRestriction

from staff.middleware import ACTIVITY_KEY, TWO_FACTOR_EXEMPT_VIEWS
from tests.factories import StandardPageFactory
from tests.staff.conftest import (
    enrolled_device,
    setup_link_path,
    sign_in_fully,
    sign_in_with_password,
)

pytestmark = pytest.mark.usefixtures("home")

SETUP = "/admin/two-factor/set-up/"
VERIFY = "/admin/two-factor/verify/"

# A sample value for each kind of path segment a route can capture.
CONVERTER_SAMPLES = {"int": "1", "str": "1", "slug": "x", "path": "x/y", "uuid": "0" * 32}
# Wagtail's few regular-expression routes, reduced to a sample by replacing each part of the
# expression that these rules name, in this order.
REGEX_SAMPLES = [
    (re.escape(r"((?:[\w\-]+/)*)"), ""),  # the page tree's catch-all: any path of slugs
    (r"\(\?P<\w+>[^()]*\)", "1"),  # a named group, such as a revision number
    (re.escape(r"(\d+)"), "1"),
    (re.escape("(.*)"), "x"),
    (re.escape(".*"), "x"),
    (re.escape(r"\."), "."),
    (r"^\^|\$$", ""),
]


def _sample(pattern: URLPattern | URLResolver) -> str:
    """An address this pattern (one part of a route) matches."""
    if isinstance(pattern.pattern, RoutePattern):
        return re.sub(
            r"<(?:(\w+):)?\w+>",
            lambda match: CONVERTER_SAMPLES[match[1] or "str"],
            str(pattern.pattern),
        )
    text = pattern.pattern.regex.pattern
    for regex, sample in REGEX_SAMPLES:
        text = re.sub(regex, sample, text)
    return text


def _routed_paths(patterns=None, prefix: str = "/") -> list[str]:
    """One sample address for every route the site has, found by walking its URL patterns."""
    paths = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            paths += _routed_paths(pattern.url_patterns, prefix + _sample(pattern))
        elif isinstance(pattern, URLPattern):
            paths.append(prefix + _sample(pattern))
    return list(dict.fromkeys(paths))


def _admin_paths() -> list[str]:
    return [
        path
        for path in _routed_paths()
        if path.startswith("/admin/") and resolve(path).view_name not in TWO_FACTOR_EXEMPT_VIEWS
    ]


@pytest.fixture
def editor(make_staff):
    return make_staff("ed", "Editors", is_superuser=True)


@pytest.mark.usefixtures("two_factor_on")
def test_the_walk_finds_every_admin_route(db):
    paths = _admin_paths()

    # Wagtail's admin has some 250 addresses; far fewer means the walk broke.
    assert len(paths) > 200
    assert all(path.startswith("/admin/") for path in paths)
    for path in ["/admin/", "/admin/pages/1/edit/", "/admin/users/1/two-factor-link/"]:
        assert path in paths


@pytest.mark.usefixtures("two_factor_on")
def test_a_password_alone_opens_only_signing_in_and_out_and_the_second_step():
    # The walk below skips these views, so adding one must be a decision made here too.
    open_views = {
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "staff:setup_link",
        "staff:two_factor_setup",
        "staff:two_factor_verify",
    }

    assert open_views == TWO_FACTOR_EXEMPT_VIEWS


@pytest.mark.usefixtures("two_factor_on")
@pytest.mark.parametrize("account", ["new", "with a set-up link opened", "enrolled"])
def test_every_admin_address_sends_a_password_only_session_to_the_second_step(
    client, editor, account
):
    if account == "enrolled":
        enrolled_device(editor)
    link = setup_link_path(editor)
    sign_in_with_password(client, "ed")
    if account == "with a set-up link opened":
        client.get(link)
    step = VERIFY if account == "enrolled" else SETUP

    let_through = {}
    for path in _admin_paths():
        response = client.get(path)
        if response.status_code != 302 or not response["Location"].startswith(step):
            let_through[path] = response.status_code

    assert let_through == {}


@pytest.mark.usefixtures("two_factor_on")
def test_every_other_address_answers_a_password_only_session_as_a_signed_out_visitor(
    client, editor, home
):
    private = StandardPageFactory(parent=home, title="Staff notes", slug="staff-notes")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    visitor = Client()
    sign_in_with_password(client, "ed")
    paths = [path for path in _routed_paths() if not path.startswith("/admin/")]
    paths.append("/staff-notes/")

    differences = {}
    for path in paths:
        as_visitor = visitor.get(path)
        as_password_only = client.get(path)
        seen = [
            (response.status_code, response.get("Location"))
            for response in (as_visitor, as_password_only)
        ]
        if seen[0] != seen[1]:
            differences[path] = seen

    assert len(paths) > 5
    assert differences == {}
    # The private page is one that signing in fully does open.
    assert client.get("/staff-notes/").status_code == 302
    sign_in_fully(fully := Client(), editor)
    assert fully.get("/staff-notes/").status_code == 200


# --- Idle sessions end; visitors get no session ------------------------------------------


@pytest.fixture
def signed_in(client, make_staff):
    user = make_staff("ed", "Editors")
    client.force_login(user)
    return client


def _stored(client) -> Session:
    return Session.objects.get(session_key=client.session.session_key)


def _make_last_activity_minutes_ago(client, minutes: int) -> datetime.datetime:
    """Pretend the last request was a while ago; returns the session's stored expiry."""
    session = client.session
    session[ACTIVITY_KEY] = int(timezone.now().timestamp()) - minutes * 60
    session.save()
    return _stored(client).expire_date


def test_a_request_by_a_person_renews_the_session(signed_in, settings):
    before = _make_last_activity_minutes_ago(signed_in, 5)

    signed_in.get("/admin/")

    after = _stored(signed_in).expire_date
    assert after > before
    assert after >= timezone.now() + datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE - 60)


def test_the_editors_background_ping_does_not_renew_the_session(signed_in, home):
    before = _make_last_activity_minutes_ago(signed_in, 5)
    ping = reverse(
        "wagtailadmin_editing_sessions:ping", args=["pages", "homepage", str(home.pk), 1]
    )

    signed_in.post(ping)

    assert _stored(signed_in).expire_date == before


def test_an_idle_session_past_its_limit_is_signed_out(signed_in):
    Session.objects.filter(session_key=signed_in.session.session_key).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1)
    )

    response = signed_in.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_visitors_get_no_session_cookie(client, home):
    response = client.get("/")

    assert response.status_code == 200
    assert "sessionid" not in response.cookies
    assert not Session.objects.exists()


# --- The editing toolbar, with its accessibility checker, for signed-in editors -----------


@pytest.mark.usefixtures("two_factor_on")
def test_a_signed_in_editor_sees_the_userbar_with_the_accessibility_checker(
    client, home, make_staff
):
    sign_in_fully(client, make_staff("ed", "Editors"))

    html = client.get("/").content.decode()

    assert "data-wagtail-userbar" in html
    assert 'id="checker-trigger"' in html
    assert 'id="checker-axe-configuration"' in html


@pytest.mark.usefixtures("two_factor_on")
def test_visitors_get_no_userbar(client, home):
    html = client.get("/").content.decode()

    assert "data-wagtail-userbar" not in html
    assert "checker-axe-configuration" not in html
