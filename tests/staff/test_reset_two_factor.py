"""manage.py reset_two_factor: a staff member's authenticator removed (a lost phone), and a link
printed to set up a new one."""

import pytest
from django.core.management import call_command
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.staff.conftest import enrol, sign_in_fully

pytestmark = pytest.mark.usefixtures("two_factor_on", "home")

DASHBOARD = "/admin/"
SETUP = "/admin/two-factor/set-up/"


@pytest.fixture
def editor(make_staff):
    return make_staff("ed", "Editors")


def test_reset_command_removes_the_device_and_prints_a_link_to_set_up_a_new_one(
    client, editor, capsys
):
    sign_in_fully(client, editor)

    call_command("reset_two_factor", "ed", verbosity=0)

    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert client.get(DASHBOARD)["Location"].startswith(SETUP)
    link = capsys.readouterr().out.strip()
    assert link.startswith("http://testserver/admin/two-factor/link/")
    device, _ = enrol(Client(), editor, link=link.removeprefix("http://testserver"))
    assert device.confirmed


def test_reset_command_names_an_unknown_username(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match='no account with the username "nobody"'):
        call_command("reset_two_factor", "nobody")
