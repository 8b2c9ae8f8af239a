"""manage.py two_factor_link: a staff member's one-time set-up link, printed for an
administrator to send."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from staff.models import SetupLink
from tests.staff.conftest import enrol, enrolled_device

pytestmark = pytest.mark.usefixtures("two_factor_on", "home")


@pytest.fixture
def editor(make_staff):
    return make_staff("ed", "Editors")


def test_link_command_prints_a_link_on_the_sites_address_that_enrols(editor, capsys, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://clinic.example"

    call_command("two_factor_link", "ed")

    out = capsys.readouterr().out
    link = next(word for word in out.split() if word.startswith("https://"))
    assert link.startswith("https://clinic.example/admin/two-factor/link/")
    assert "send it to them in a message only they will read" in out
    device, _ = enrol(Client(), editor, link=link.removeprefix("https://clinic.example"))
    assert device.confirmed


def test_link_command_refuses_an_account_that_already_has_an_app(editor):
    enrolled_device(editor)

    with pytest.raises(CommandError, match="reset_two_factor ed"):
        call_command("two_factor_link", "ed")

    assert not SetupLink.objects.exists()


def test_link_command_names_an_unknown_username(db):
    with pytest.raises(CommandError, match='no account with the username "nobody"'):
        call_command("two_factor_link", "nobody")
