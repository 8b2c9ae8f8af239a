"""Data migrations of the staff app."""

from importlib import import_module

from django.apps import apps
from django_otp.plugins.otp_totp.models import TOTPDevice

remove_unconfirmed = import_module("staff.migrations.0002_remove_unconfirmed_authenticator_keys")


def test_keys_the_old_set_up_page_stored_are_removed_and_enrolled_apps_kept(make_staff):
    ed, fay = make_staff("ed"), make_staff("fay")
    TOTPDevice.objects.create(user=ed, name="Authenticator app", confirmed=False)
    enrolled = TOTPDevice.objects.create(user=fay, name="Authenticator app", confirmed=True)

    remove_unconfirmed.remove_unconfirmed_devices(apps, None)

    assert list(TOTPDevice.objects.all()) == [enrolled]
