"""The consultation form's models moved from the pages app to this one: a site upgrading keeps
its form page, its questions and every request already sent."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page

from consultations.models import ConsultationFormField, ConsultationPage, ConsultationSubmission

# Each test migrates back and forth, so it needs real commits; the data the migrations made
# (the root collection, the staff groups) is restored for it.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def before_the_move(home):
    """The database as a site that has not upgraded has it: the form's tables and content types
    belong to the pages app."""
    call_command("migrate", "consultations", "zero", verbosity=0)
    yield
    call_command("migrate", verbosity=0)


def old_form_page(home) -> int:
    """A form page with two questions and three requests, stored as the old models stored them
    (raw rows: the models of this code no longer know the old tables)."""
    content_type, _ = ContentType.objects.get_or_create(app_label="pages", model="consultationpage")
    page = home.add_child(instance=Page(title="Book a consultation", slug="book-a-consultation"))
    Page.objects.filter(pk=page.pk).update(content_type=content_type)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO pages_consultationpage (page_ptr_id, summary, hide_from_search_engines,"
            " intro, thank_you_text, to_address, contact_heading)"
            " VALUES (%s, '', %s, '', '', 'frontdesk@clinic.example', 'Would you rather call?')",
            [page.pk, False],
        )
        for order, label in enumerate(["First name", "Phone"]):
            cursor.execute(
                "INSERT INTO pages_consultationformfield (page_id, sort_order, clean_name, label,"
                " required, choices, default_value, help_text, field_type, autocomplete)"
                " VALUES (%s, %s, %s, %s, %s, '', '', '', 'singleline', '')",
                [page.pk, order, label.lower().replace(" ", "_"), label, True],
            )
        for name in ["Wren", "Ada", "Noor"]:
            cursor.execute(
                "INSERT INTO pages_consultationsubmission (page_id, form_data, submit_time,"
                " location, notification_attempts, notification_error)"
                " VALUES (%s, %s, CURRENT_TIMESTAMP, 'Naperville', 0, '')",
                [page.pk, f'{{"first_name": "{name}"}}'],
            )
    return page.pk


def test_an_upgrading_site_keeps_its_form_page_questions_and_requests(
    before_the_move, home, client
):
    """One upgrade, checked every way a site would notice it: each migration back and forth
    takes a minute of CI on its own."""
    page_pk = old_form_page(home)
    old_content_type = Page.objects.get(pk=page_pk).content_type_id

    call_command("migrate", verbosity=0)

    # Every question and request is found, on the page that had them.
    page = Page.objects.get(pk=page_pk).specific
    assert type(page) is ConsultationPage
    assert [field.label for field in page.form_fields.all()] == ["First name", "Phone"]
    requests = ConsultationSubmission.objects.filter(page_id=page_pk).order_by("pk")
    assert [r.form_data["first_name"] for r in requests] == ["Wren", "Ada", "Noor"]
    assert {r.location for r in requests} == {"Naperville"}
    assert ConsultationFormField.objects.count() == 2
    # The page keeps its content type, now the new app's, and still answers with its form.
    content_type = ContentType.objects.get(pk=old_content_type)
    assert (content_type.app_label, content_type.model) == ("consultations", "consultationpage")
    assert not ContentType.objects.filter(app_label="pages", model="consultationpage").exists()
    response = client.get("/book-a-consultation/")
    assert response.status_code == 200
    assert 'name="first_name"' in response.content.decode()
    # The tables take the new app's names.
    tables = connection.introspection.table_names()
    assert "consultations_consultationsubmission" in tables
    assert not any(table.startswith("pages_consultation") for table in tables)
