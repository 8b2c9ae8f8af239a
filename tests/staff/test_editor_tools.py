"""Wagtail's editing toolbar, with its accessibility checker, stays on for signed-in editors."""

import pytest

from tests.staff.conftest import sign_in_fully

pytestmark = pytest.mark.usefixtures("two_factor_on")


def test_a_signed_in_editor_sees_the_userbar_with_the_accessibility_checker(
    client, home, make_staff
):
    sign_in_fully(client, make_staff("ed", "Editors"))

    html = client.get("/").content.decode()

    assert "data-wagtail-userbar" in html
    assert 'id="checker-trigger"' in html
    assert 'id="checker-axe-configuration"' in html


def test_visitors_get_no_userbar(client, home):
    html = client.get("/").content.decode()

    assert "data-wagtail-userbar" not in html
    assert "checker-axe-configuration" not in html
