"""Front desk at work in the real admin: marking a consultation request contacted, and the
dashboard's count of new requests dropping."""

import re

import pytest

from tests.conftest import STAFF_PASSWORD

from .conftest import DESKTOP
from .helpers import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def waiting_request(site_url, django_db_blocker):
    """A Front desk member, and a new request from a visitor, committed so the server sees
    both."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from consultations.models import ConsultationPage, ConsultationSubmission

    with django_db_blocker.unblock():
        user = get_user_model().objects.create_user(
            "desk-requests", "desk-requests@clinic.example", STAFF_PASSWORD, first_name="Fran"
        )
        user.groups.add(Group.objects.get(name="Front desk"))
        return ConsultationSubmission.objects.create(
            page=ConsultationPage.objects.get(), form_data={"first_name": "Waiting-Visitor"}
        )


def new_count(page) -> int:
    text = page.locator("#front-desk-section [data-new-count]").first.inner_text()
    return int(re.match(r"(\d+) new", text).group(1))


def test_front_desk_marks_a_request_contacted_and_the_dashboard_count_drops(
    open_page, waiting_request
):
    page = open_page(DESKTOP)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("desk-requests")
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile("/admin/$"))
    before = new_count(page)
    assert before >= 1
    expect(page.locator("#front-desk-section")).not_to_contain_text("Waiting-Visitor")

    page.locator("#front-desk-section").get_by_role("link", name="Consultation requests").click()
    page.get_by_role("link", name=f"Status of request {waiting_request.pk}: New").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        f"Consultation request {waiting_request.pk}"
    )
    page.get_by_role("radio", name="Contacted").check()
    page.get_by_role("button", name="Save status").click()

    expect(
        page.get_by_text(f"Consultation request {waiting_request.pk} marked Contacted.")
    ).to_be_visible()
    expect(
        page.get_by_role("link", name=f"Status of request {waiting_request.pk}: Contacted")
    ).to_be_visible()
    page.goto("/admin/")
    assert new_count(page) == before - 1

    page.goto(f"/admin/consultations/requests/{waiting_request.pk}/status/")
    expect(page.locator(".desk-history")).to_contain_text("New to Contacted")
    expect(page.locator(".desk-history")).to_contain_text("Fran")
