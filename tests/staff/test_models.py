"""Set-up links (staff/models.py): staff enrol an authenticator app only with a link an
administrator made, through the views and the users listing's button built on SetupLink."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from staff.models import SetupLink
from tests.conftest import STAFF_PASSWORD
from tests.staff.conftest import (
    code_for_key,
    enrol,
    enrolled_device,
    setup_link_path,
    shown_key,
    sign_in_fully,
    sign_in_with_password,
)

pytestmark = pytest.mark.usefixtures("two_factor_on", "home")

SETUP = "/admin/two-factor/set-up/"
VERIFY = "/admin/two-factor/verify/"
USERS = "/admin/users/"


@pytest.fixture
def editor(make_staff):
    return make_staff("ed", "Editors")


@pytest.fixture
def admin_user(make_staff):
    return make_staff("ada", is_superuser=True)


def _text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def test_a_link_opened_before_signing_in_leads_through_sign_in_to_enrolment(client, editor):
    link = setup_link_path(editor)

    to_sign_in = client.get(link)

    assert to_sign_in.status_code == 302
    assert to_sign_in["Location"].startswith(reverse("wagtailadmin_login"))
    page = client.post(
        to_sign_in["Location"],
        {"username": "ed", "password": STAFF_PASSWORD, "next": link},
        follow=True,
    )
    assert page.redirect_chain[-1][0].startswith(SETUP)
    assert shown_key(page) is not None


def test_the_link_is_spent_once_the_new_app_is_confirmed(editor):
    link = setup_link_path(editor)
    sign_in_with_password(other := Client(), "ed")
    other.get(link)  # a second session opened the same link earlier

    enrol(Client(), editor, link=link)

    assert SetupLink.objects.get().used_at is not None
    assert other.get(SETUP)["Location"].startswith(VERIFY)
    again = Client()
    sign_in_with_password(again, "ed")
    response = again.get(link)
    assert response.status_code == 410
    assert "This set-up link has been used" in _text(response)


def test_two_sessions_confirming_at_once_cannot_both_spend_the_link(editor):
    SetupLink.issue(editor)
    # Each session loaded the link before either confirmed.
    first, second = SetupLink.objects.get(), SetupLink.objects.get()

    assert first.spend()
    assert not second.spend()
    assert SetupLink.objects.get().used_at == first.used_at


def test_a_link_for_another_account_is_refused_with_a_clear_page(client, editor, make_staff):
    link = setup_link_path(make_staff("fay", "Editors"))
    sign_in_with_password(client, "ed")

    response = client.get(link)

    assert response.status_code == 403
    assert "This set-up link is for another account" in _text(response)
    assert "You are signed in as ed" in _text(response)
    assert shown_key(client.get(SETUP, follow=True)) is None


def test_an_expired_link_is_refused_with_a_clear_page(client, editor):
    link = setup_link_path(editor)
    SetupLink.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    sign_in_with_password(client, "ed")

    response = client.get(link)

    assert response.status_code == 410
    assert "This set-up link has expired" in _text(response)
    assert shown_key(client.get(SETUP, follow=True)) is None


def test_a_link_that_expires_while_enrolling_no_longer_enrols(client, editor):
    sign_in_with_password(client, "ed")
    client.get(setup_link_path(editor))
    key = shown_key(client.get(SETUP))
    SetupLink.objects.update(expires_at=timezone.now() - timedelta(minutes=1))

    response = client.post(SETUP, {"code": code_for_key(key)})

    assert response.status_code == 410
    assert "This set-up link has expired" in _text(response)
    assert not TOTPDevice.objects.exists()


def test_an_unknown_link_gets_a_clear_page_not_an_error(client, editor):
    sign_in_with_password(client, "ed")

    response = client.get("/admin/two-factor/link/not-a-real-link/")

    assert response.status_code == 404
    assert "This set-up link does not work" in _text(response)


def test_a_new_link_stops_the_earlier_unused_one_working(client, editor):
    earlier = setup_link_path(editor)
    later = setup_link_path(editor)
    sign_in_with_password(client, "ed")

    assert client.get(earlier).status_code == 410
    assert client.get(later)["Location"].startswith(SETUP)


def test_a_link_works_for_72_hours_by_default_and_only_its_hash_is_stored(editor, settings):
    from clinic_site.settings import base

    assert base.STAFF_SETUP_LINK_HOURS == 72
    settings.STAFF_SETUP_LINK_HOURS = 72

    link, token = SetupLink.issue(editor)

    assert link.expires_at - link.created_at == timedelta(hours=72)
    stored = SetupLink.objects.filter(pk=link.pk).values().get()
    assert token not in [str(value) for value in stored.values()]


def test_the_set_up_link_hours_are_documented_in_the_example_environment():
    from clinic_site.settings.base import BASE_DIR

    assert "\nSTAFF_SETUP_LINK_HOURS=" in (BASE_DIR / ".env.example").read_text()


def test_superusers_find_a_set_up_link_button_on_the_users_listing(client, admin_user, editor):
    sign_in_fully(client, admin_user)

    html = client.get(USERS).content.decode()

    assert f'href="/admin/users/{editor.pk}/two-factor-link/"' in html
    assert "Two-step set-up link" in html


def test_other_user_managers_get_no_button_and_no_link(client, make_staff, editor):
    manager = make_staff("max", "Editors")
    manager.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_user", "change_user", "delete_user"])
    )
    sign_in_fully(client, manager)
    page = f"/admin/users/{editor.pk}/two-factor-link/"

    listing = client.get(USERS)
    made = client.post(page)

    assert listing.status_code == 200
    assert "two-factor-link" not in listing.content.decode()
    assert made.status_code == 302
    assert made["Location"] == "/admin/"
    assert not SetupLink.objects.exists()


def test_a_superuser_makes_a_link_and_sees_it_once(client, admin_user, editor):
    sign_in_fully(client, admin_user)
    page = f"/admin/users/{editor.pk}/two-factor-link/"

    asked = client.get(page)
    assert asked.status_code == 200
    assert not SetupLink.objects.exists()
    made = client.post(page)

    link = BeautifulSoup(made.content, "html.parser").select_one("code.setup-link").get_text()
    assert link.startswith("http://testserver/admin/two-factor/link/")
    assert "Send it to" in _text(made)
    assert SetupLink.objects.get().created_by == admin_user
    assert link not in client.get(page).content.decode()
    device, _ = enrol(Client(), editor, link=link.removeprefix("http://testserver"))
    assert device.confirmed


def test_a_link_made_for_an_enrolled_account_replaces_its_app(client, admin_user, editor):
    old_device = enrolled_device(editor)
    sign_in_fully(client, admin_user)
    page = f"/admin/users/{editor.pk}/two-factor-link/"

    asked = client.get(page)
    client.post(page)

    assert "already has an authenticator app" in _text(asked)
    assert not TOTPDevice.objects.filter(pk=old_device.pk).exists()
    assert SetupLink.objects.filter(user=editor).count() == 1


def test_the_code_from_a_new_app_signs_in_at_the_next_visit(editor):
    _, key = enrol(Client(), editor)
    later = Client()
    sign_in_with_password(later, "ed")

    response = later.post(VERIFY, {"code": code_for_key(key, steps_ahead=1), "next": "/admin/"})

    assert response["Location"] == "/admin/"
