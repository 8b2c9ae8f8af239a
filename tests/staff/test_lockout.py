"""Brute-force protection: repeated failures lock one account from one address, and say so.

The lockout is django-axes, set up in clinic_site/settings/base.py; staff/views.py answers a
locked-out sign-in (lockout_response) and counts wrong codes towards the same lockout. Its
tests keep a file of their own: lockouts on, and two-step sign-in only where a test asks."""

import pytest
from axes.models import AccessAttempt, AccessLog
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.staff.conftest import (
    code_for_key,
    enrolled_device,
    setup_link_path,
    shown_key,
    sign_in_with_password,
    totp_code,
)

pytestmark = pytest.mark.usefixtures("axes_on", "home")

ATTACKER = {"REMOTE_ADDR": "203.0.113.7"}
ELSEWHERE = {"REMOTE_ADDR": "198.51.100.23"}


@pytest.fixture
def ann(make_staff):
    return make_staff("ann", "Editors")


@pytest.fixture
def bob(make_staff):
    return make_staff("bob", "Editors")


def _fail(client, username: str, times: int, **extra):
    responses = [
        sign_in_with_password(client, username, password="not-the-password", **extra)
        for _ in range(times)
    ]
    return responses[-1]


def test_repeated_failed_sign_ins_lock_that_account_from_that_address_and_say_so(
    client, ann, settings
):
    assert settings.AXES_FAILURE_LIMIT == 5
    fourth = _fail(client, "ann", 4, **ATTACKER)
    assert fourth.status_code == 200  # the sign-in form again, with its error

    fifth = _fail(client, "ann", 1, **ATTACKER)

    assert fifth.status_code == 429
    html = " ".join(fifth.content.decode().split())
    assert "Sign-in paused" in html
    assert "paused for 15 minutes" in html
    assert "contact a site administrator" in html
    assert "Traceback" not in html
    # Even the right password is refused now, from that address.
    right = sign_in_with_password(client, "ann", **ATTACKER)
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_locked_account_does_not_lock_other_accounts_from_the_same_address(client, ann, bob):
    _fail(client, "ann", 5, **ATTACKER)

    response = sign_in_with_password(client, "bob", **ATTACKER)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(bob.pk)


def test_a_locked_account_can_still_sign_in_from_its_owners_address(client, ann):
    _fail(client, "ann", 5, **ATTACKER)

    response = sign_in_with_password(client, "ann", **ELSEWHERE)

    assert response.status_code == 302


def test_wrong_codes_count_towards_the_lockout_and_end_the_session(
    client, ann, settings, two_factor_on
):
    # Without django-otp's growing waits, so only the lockout is being tested here.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    device = enrolled_device(ann)
    _fail(client, "ann", 2, **ATTACKER)
    sign_in_with_password(client, "ann", **ATTACKER)
    wrong = f"{(int(totp_code(device)) + 1) % 1_000_000:06d}"

    responses = [
        client.post("/admin/two-factor/verify/", {"code": wrong}, **ATTACKER) for _ in range(3)
    ]

    assert [r.status_code for r in responses] == [200, 200, 429]
    assert "Sign-in paused" in responses[-1].content.decode()
    assert "_auth_user_id" not in client.session
    assert sign_in_with_password(client, "ann", **ATTACKER).status_code == 429


def test_wrong_codes_while_enrolling_count_towards_the_lockout_too(
    client, ann, settings, two_factor_on
):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    link = setup_link_path(ann)
    _fail(client, "ann", 2, **ATTACKER)
    sign_in_with_password(client, "ann", **ATTACKER)
    client.get(link, **ATTACKER)
    key = shown_key(client.get("/admin/two-factor/set-up/", **ATTACKER))
    wrong = f"{(int(code_for_key(key)) + 1) % 1_000_000:06d}"

    responses = [
        client.post("/admin/two-factor/set-up/", {"code": wrong}, **ATTACKER) for _ in range(3)
    ]

    assert [r.status_code for r in responses] == [200, 200, 429]
    assert "Sign-in paused" in responses[-1].content.decode()
    assert "_auth_user_id" not in client.session
    assert not TOTPDevice.objects.filter(user=ann).exists()


def test_both_factors_succeeding_forgives_earlier_failures(client, ann, two_factor_on):
    device = enrolled_device(ann)
    _fail(client, "ann", 4)
    sign_in_with_password(client, "ann")

    client.post("/admin/two-factor/verify/", {"code": totp_code(device)})

    assert not AccessAttempt.objects.filter(username="ann").exists()


def test_the_password_alone_does_not_forgive_earlier_failures(client, ann, two_factor_on):
    enrolled_device(ann)
    _fail(client, "ann", 4)

    sign_in_with_password(client, "ann")

    assert AccessAttempt.objects.get(username="ann").failures_since_start == 4


def test_lockout_records_keep_no_password_code_or_sign_in_log(client, ann, two_factor_on):
    device = enrolled_device(ann)
    _fail(client, "ann", 1)
    sign_in_with_password(client, "ann")
    wrong = f"{(int(totp_code(device)) + 1) % 1_000_000:06d}"
    client.post("/admin/two-factor/verify/", {"code": wrong})

    stored = AccessAttempt.objects.get(username="ann").post_data

    assert "not-the-password" not in stored
    assert wrong not in stored
    assert not AccessLog.objects.exists()


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_the_proxy_each_client_address_is_locked_separately(client, ann):
    # The proxy appends the address it saw; what the client put in front of it is ignored.
    _fail(client, "ann", 5, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7")

    locked = sign_in_with_password(
        client, "ann", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="9.9.9.9, 203.0.113.7"
    )
    elsewhere = sign_in_with_password(
        client, "ann", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.23"
    )

    assert locked.status_code == 429
    assert elsewhere.status_code == 302
