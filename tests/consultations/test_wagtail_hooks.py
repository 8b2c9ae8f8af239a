"""Who reads what people send through the consultation form (consultations/wagtail_hooks.py):
Front desk reads submissions and does nothing else, editing a form page is not reading what
people sent through it, and visitors and other staff read nothing."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from consultations.models import ConsultationSubmission


@pytest.fixture
def submission(form_page):
    return ConsultationSubmission.objects.create(page=form_page, form_data={"first_name": "Wren"})


@pytest.fixture
def editor(client, make_staff):
    client.force_login(make_staff("ed", "Editors"))
    return client


def _refused(response) -> bool:
    # The admin answers a forbidden page with a redirect to the dashboard, or a 403.
    return response.status_code in (302, 403)


def test_front_desk_lists_the_forms_and_reads_their_submissions(front_desk, submission):
    dashboard = front_desk.get(reverse("wagtailadmin_home"))
    forms = front_desk.get(reverse("wagtailforms:index"))
    listing = front_desk.get(reverse("wagtailforms:list_submissions", args=[submission.page_id]))

    assert dashboard.status_code == 200
    assert forms.status_code == 200
    assert "Book a consultation" in forms.content.decode()
    assert listing.status_code == 200
    assert "Wren" in listing.content.decode()


def test_front_desk_can_export_submissions_as_csv(front_desk, submission):
    response = front_desk.get(
        reverse("wagtailforms:list_submissions", args=[submission.page_id]) + "?export=csv"
    )

    assert response.status_code == 200
    assert "Wren" in b"".join(response.streaming_content).decode()


def test_front_desk_cannot_delete_submissions(front_desk, submission):
    url = reverse("wagtailforms:delete_submissions", args=[submission.page_id])

    response = front_desk.post(f"{url}?selected-submissions={submission.pk}")

    assert response.status_code == 302
    assert ConsultationSubmission.objects.filter(pk=submission.pk).exists()
    listing = front_desk.get(response["Location"])
    assert "can read form submissions but not delete them" in listing.content.decode()


def test_front_desk_cannot_edit_pages_or_reach_other_admin_areas(front_desk, form_page):
    for url in [
        reverse("wagtailadmin_pages:edit", args=[form_page.pk]),
        reverse("wagtailadmin_explore", args=[form_page.get_parent().pk]),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailusers_users:index"),
    ]:
        assert _refused(front_desk.get(url)), url


def test_editors_edit_the_form_page_without_reading_what_people_sent(editor, submission):
    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[submission.page_id]))
    listing = editor.get(reverse("wagtailforms:list_submissions", args=[submission.page_id]))
    forms = editor.get(reverse("wagtailforms:index"))

    assert edit.status_code == 200
    assert _refused(listing)
    assert "Book a consultation" not in forms.content.decode()


def test_administrators_read_and_delete_submissions(admin_client, submission):
    url = reverse("wagtailforms:delete_submissions", args=[submission.page_id])

    admin_client.post(f"{url}?selected-submissions={submission.pk}")

    assert not ConsultationSubmission.objects.filter(pk=submission.pk).exists()


def test_the_submission_permissions_can_be_granted_in_the_group_editor(admin_client, db):
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.get(name="Front desk")
    view = Permission.objects.get(codename="view_formsubmission")
    delete = Permission.objects.get(codename="delete_formsubmission")

    html = admin_client.get(reverse("wagtailusers_groups:edit", args=[group.pk])).content.decode()

    assert f'value="{view.pk}"' in html
    assert f'value="{delete.pk}"' in html


def _submissions_url(page) -> str:
    return f"/admin/forms/submissions/{page.pk}/"


def test_visitors_cannot_read_requests(send, client, consultation_page):
    send()

    response = client.get(_submissions_url(consultation_page))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_staff_without_permission_on_the_form_cannot_read_requests(
    send, client, consultation_page, django_user_model
):
    send()
    user = django_user_model.objects.create_user("reception", password="x" * 16)
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)

    response = client.get(_submissions_url(consultation_page))

    assert response.status_code in {302, 403}
    assert "Zelphina" not in response.content.decode()


def test_permitted_staff_read_requests_and_export_them_as_csv(
    send, client, consultation_page, admin_user
):
    send()
    client.force_login(admin_user)

    listing = client.get(_submissions_url(consultation_page))
    export = client.get(_submissions_url(consultation_page), {"export": "csv"})

    assert listing.status_code == 200
    assert "Zelphina" in listing.content.decode()
    assert export.status_code == 200
    csv_text = b"".join(export.streaming_content).decode()
    assert "Zelphina" in csv_text and "Quarrington" in csv_text
