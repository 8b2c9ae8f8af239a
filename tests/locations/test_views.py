"""Closure notices in the admin (locations/views.py): Front desk adds and ends them without any
page permission; Editors, who edit pages, do not manage them."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from locations.closures import ClosureNotice

HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def front_desk(client, make_staff):
    client.force_login(make_staff("fran", "Front desk"))
    return client


def _refused(response) -> bool:
    # The admin answers a forbidden page with a redirect to the dashboard, or a 403.
    return response.status_code in (302, 403)


def _form(clinic, **fields) -> dict:
    now = timezone.localtime()
    return {
        "location": clinic.pk,
        "status": "closed",
        "opens": "",
        "closes": "",
        "message": "Closed for snow today.",
        "starts_at": now.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (now + 8 * HOUR).strftime("%Y-%m-%d %H:%M"),
        **fields,
    }


def test_front_desk_adds_a_notice_that_shows_on_the_clinic_page(
    front_desk, client, four_clinics, publish
):
    clinic = four_clinics[0]
    menu = front_desk.get(reverse("wagtailadmin_home")).content.decode()
    assert "Closure notices" in menu

    response = publish(front_desk.post, reverse("closure_notices:add"), _form(clinic))

    assert response.status_code == 302
    notice = ClosureNotice.objects.get()
    assert notice.location == clinic and notice.message == "Closed for snow today."
    client.logout()
    assert "Closed for snow today." in client.get(clinic.url).content.decode()


def test_a_notice_refused_keeps_what_was_typed(front_desk, four_clinics):
    form = _form(four_clinics[0], status="changed_hours", message="Short-staffed.")

    response = front_desk.post(reverse("closure_notices:add"), form)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter the time the clinic opens" in html
    assert "Short-staffed." in html
    assert not ClosureNotice.objects.exists()


def test_front_desk_ends_a_notice_now(front_desk, client, four_clinics, publish):
    clinic = four_clinics[0]
    start = timezone.now() - HOUR
    notice = publish(
        ClosureNotice.objects.create,
        location=clinic,
        message="Closed for snow today.",
        starts_at=start,
        ends_at=start + 8 * HOUR,
    )
    listing = front_desk.get(reverse("closure_notices:index")).content.decode()
    end_url = reverse("closure_notices:end", args=[notice.pk])
    assert end_url in listing
    assert "End this notice now?" in front_desk.get(end_url).content.decode()

    response = publish(front_desk.post, end_url)

    assert response.status_code == 302
    notice.refresh_from_db()
    assert notice.ends_at <= timezone.now()
    assert end_url not in front_desk.get(reverse("closure_notices:index")).content.decode()
    client.logout()
    assert "Closed for snow today." not in client.get(clinic.url).content.decode()


def test_ending_a_notice_not_started_yet_cancels_it(front_desk, four_clinics, publish):
    start = timezone.now() + 24 * HOUR
    notice = ClosureNotice.objects.create(
        location=four_clinics[0], message="Closed.", starts_at=start, ends_at=start + HOUR
    )

    publish(front_desk.post, reverse("closure_notices:end", args=[notice.pk]))

    notice.refresh_from_db()
    assert notice.starts_at == notice.ends_at <= timezone.now()


def test_front_desk_cannot_edit_or_publish_pages(front_desk, four_clinics):
    clinic = four_clinics[0]
    for url in [
        reverse("wagtailadmin_pages:edit", args=[clinic.pk]),
        reverse("wagtailadmin_pages:add_subpage", args=[clinic.get_parent().pk]),
        reverse("wagtailadmin_explore", args=[clinic.get_parent().pk]),
    ]:
        assert _refused(front_desk.get(url)), url


def test_editors_do_not_manage_closure_notices(client, make_staff, four_clinics):
    client.force_login(make_staff("eddie", "Editors"))
    notice = ClosureNotice.objects.create(
        location=four_clinics[0],
        message="Closed.",
        starts_at=timezone.now(),
        ends_at=timezone.now() + HOUR,
    )

    for url in [
        reverse("closure_notices:index"),
        reverse("closure_notices:add"),
        reverse("closure_notices:end", args=[notice.pk]),
    ]:
        assert _refused(client.get(url)), url
    assert _refused(client.post(reverse("closure_notices:end", args=[notice.pk])))
    notice.refresh_from_db()
    assert notice.ends_at > timezone.now()


def test_front_desk_cannot_delete_notices(front_desk, four_clinics):
    notice = ClosureNotice.objects.create(
        location=four_clinics[0],
        message="Closed.",
        starts_at=timezone.now(),
        ends_at=timezone.now() + HOUR,
    )

    response = front_desk.post(reverse("closure_notices:delete", args=[notice.pk]))

    assert _refused(response)
    assert ClosureNotice.objects.filter(pk=notice.pk).exists()
