"""The requests count on the form page's editor (consultations/panels.py): shown only to
staff who may read the requests."""

import pytest
from django.urls import reverse

from consultations.models import ConsultationSubmission


@pytest.fixture
def submission(form_page):
    return ConsultationSubmission.objects.create(page=form_page, form_data={"first_name": "Wren"})


def test_an_editor_sees_no_link_to_requests_they_may_not_read(client, make_staff, submission):
    client.force_login(make_staff("ed", "Editors"))
    listing_url = reverse("wagtailforms:list_submissions", args=[submission.page_id])

    response = client.get(reverse("wagtailadmin_pages:edit", args=[submission.page_id]))

    assert response.status_code == 200
    assert 'name="intro"' in response.content.decode()  # the form itself is editable
    assert listing_url not in response.content.decode()


def test_an_administrator_sees_the_count_linking_to_the_requests(admin_client, submission):
    listing_url = reverse("wagtailforms:list_submissions", args=[submission.page_id])

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[submission.page_id]))

    assert listing_url in response.content.decode()
