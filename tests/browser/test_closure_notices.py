"""Closure notices in a real browser: Front desk adds and ends one in the admin without page
permissions, and the pages that show notices are accessible at phone and desktop widths."""

import datetime
import re

import pytest

from tests.conftest import STAFF_PASSWORD

from .conftest import DESKTOP, PHONE
from .helpers import (
    assert_headings_in_order,
    assert_no_axe_violations,
    assert_no_horizontal_scroll,
    collect_console_errors,
    expect,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SNOW_DAY = "Closed for snow. We will call everyone booked today to move their visit."


@pytest.fixture(scope="module")
def front_desk_user(site_url, django_db_blocker) -> str:
    """A Front desk account, committed so that the live server sees it."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    with django_db_blocker.unblock():
        user = get_user_model().objects.create_user(
            "desk-closures", "desk-closures@clinic.example", STAFF_PASSWORD
        )
        user.groups.add(Group.objects.get(name="Front desk"))
    return user.username


@pytest.fixture(scope="module")
def every_clinic_closed(site_url, django_db_blocker):
    """A notice in force at each demo clinic (so the site-wide banner shows), removed after."""
    from django.utils import timezone

    from locations.closures import ClosureNotice
    from locations.models import LocationPage

    now = timezone.now()
    with django_db_blocker.unblock():
        # Saving commits at once here, and each save clears the page cache.
        notices = [
            ClosureNotice.objects.create(
                location=clinic,
                message=SNOW_DAY,
                starts_at=now - datetime.timedelta(hours=1),
                ends_at=now + datetime.timedelta(days=1),
            )
            for clinic in LocationPage.objects.live()
        ]
    yield notices
    with django_db_blocker.unblock():
        for notice in notices:
            notice.delete()


def test_front_desk_adds_and_ends_a_closure_notice_but_cannot_edit_a_page(
    open_page, front_desk_user
):
    from locations.models import LocationPage

    naperville = LocationPage.objects.get(slug="naperville")
    page = open_page(DESKTOP)
    console = collect_console_errors(page)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(front_desk_user)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile("/admin/$"))

    page.get_by_role("link", name="Closure notices").click()
    page.get_by_role("link", name=re.compile("Add closure notice")).first.click()
    page.get_by_label("Clinic").select_option(label=naperville.title)
    page.get_by_label("Status").select_option(label="Closed")
    page.get_by_label("Message").fill(SNOW_DAY)
    tomorrow = datetime.datetime.now() + datetime.timedelta(days=1)
    ends = page.get_by_label("Ends")
    ends.fill(tomorrow.strftime("%Y-%m-%d %H:%M"))
    ends.press("Escape")
    page.get_by_role("button", name="Create").click()

    expect(page.locator(".messages")).to_contain_text("created")
    end_button = page.get_by_role("link", name="End now")
    expect(end_button).to_be_visible()

    # A visitor sees it on the clinic's page at once.
    visitor = open_page(PHONE)
    visitor.goto("/locations/naperville/")
    expect(visitor.locator(".closure-notice")).to_contain_text(SNOW_DAY)
    # Today's row in the hours says the clinic is closed.
    expect(visitor.locator(".hours__today")).to_have_text("Today: Closed")

    # Front desk cannot edit the clinic's page.
    page.goto(f"/admin/pages/{naperville.pk}/edit/")
    expect(page).not_to_have_url(re.compile(f"/admin/pages/{naperville.pk}/edit/"))
    expect(page.get_by_role("textbox", name=re.compile("Title"))).to_have_count(0)

    # Front desk ends the notice; the visitor no longer sees it.
    page.goto("/admin/closure-notices/")
    page.get_by_role("link", name="End now").click()
    page.get_by_role("button", name="Yes, end it now").click()
    expect(page.locator(".messages")).to_contain_text("no longer shows")
    visitor.goto("/locations/naperville/")
    expect(visitor.locator(".closure-notice")).to_have_count(0)
    assert console.errors() == []


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
@pytest.mark.parametrize(
    "path", ["/locations/naperville/", "/locations/", "/locations/?zip=60540", "/"]
)
def test_pages_with_notices_are_accessible(open_page, every_clinic_closed, path, width):
    page = open_page(width)
    page.goto(path)

    expect(page.locator(".closure-banner")).to_contain_text(SNOW_DAY)
    if path.startswith("/locations/"):
        expect(page.locator(".closure-notice").first).to_contain_text(SNOW_DAY)
    assert_no_axe_violations(page)
    page.emulate_media(color_scheme="dark")
    assert_no_axe_violations(page)
    assert_headings_in_order(page)
    assert_no_horizontal_scroll(page)
