"""Idle staff sessions end; visitors get no session at all."""

import datetime

import pytest
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from staff.middleware import ACTIVITY_KEY

pytestmark = pytest.mark.usefixtures("home")


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
