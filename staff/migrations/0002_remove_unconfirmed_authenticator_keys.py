"""Delete the authenticator keys the old set-up page kept while waiting for a first code.

That page showed one stored key to every session of an account that had not enrolled yet, so
any of these keys may have been read by someone with only the password. Enrolment now keeps
its key in the session and stores a device only once it is confirmed, so nothing would ever
confirm these rows: they are removed rather than left lying about.
"""

from django.db import migrations


def remove_unconfirmed_devices(apps, schema_editor):
    TOTPDevice = apps.get_model("otp_totp", "TOTPDevice")
    TOTPDevice.objects.filter(confirmed=False).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("staff", "0001_initial"),
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [
        migrations.RunPython(remove_unconfirmed_devices, migrations.RunPython.noop),
    ]
