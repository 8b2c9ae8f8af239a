"""Admin → Reports → Visits, as a member of the Marketing group opens it (visits/views.py)."""

import re

import pytest

from tests.conftest import STAFF_PASSWORD

from .conftest import DESKTOP, PHONE
from .helpers import (
    assert_no_axe_violations,
    collect_console_errors,
    expect,
    save_screenshots,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def marketing_member(site_url, django_db_blocker):
    """A Marketing account, committed so the live server sees it (the demo site it serves
    holds 90 days of demo counts)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from blog.permissions import MARKETING_GROUP

    with django_db_blocker.unblock():
        user = get_user_model().objects.create_user(
            "marketing-visits", "marketing-visits@clinic.example", STAFF_PASSWORD
        )
        user.groups.add(Group.objects.get(name=MARKETING_GROUP))
    return user


def sign_in(page, user) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile("/admin/$"))


@pytest.mark.parametrize(
    ("width", "scheme"), [(DESKTOP, "light"), (DESKTOP, "dark"), (PHONE, "light")]
)
def test_marketing_opens_the_visits_report_and_axe_finds_nothing(
    open_page, marketing_member, width, scheme
):
    page = open_page(width, color_scheme=scheme)
    console = collect_console_errors(page)
    sign_in(page, marketing_member)

    page.goto("/admin/reports/visits/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Visits")
    expect(page.get_by_text("Demo data:")).to_be_visible()
    expect(page.get_by_role("img", name="Page views per day")).to_be_visible()
    expect(page.get_by_role("table", name="Page views per day")).to_be_attached()
    assert_no_axe_violations(page)
    if scheme == "light":
        save_screenshots(page, "admin-visits-report")

    page.get_by_role("link", name="Last 7 days").click()
    expect(page.get_by_text("(7 days)")).to_be_visible()
    assert_no_axe_violations(page)
    assert console.errors() == []
