"""The consultation form page the demo builds (demo/forms.py)."""

from django.core.management import call_command

from consultations.models import ConsultationPage
from pages.models import ClinicSettings
from tests.consultations.consultation import URL


def test_demo_loader_builds_the_form_and_points_every_booking_button_at_it(demo_site):
    page = ConsultationPage.objects.get()

    assert page.url == URL and page.live
    assert ClinicSettings.for_site(demo_site).booking_page_id == page.pk
    assert [f.field_type for f in page.form_fields.all()] == [
        "singleline",
        "singleline",
        "tel",
        "email",
        "location",
        "radio",
        "checkboxes",
        "dropdown",
        "crisis",
        "multiline",
        "consent",
    ]


def test_demo_loader_leaves_the_edited_form_alone(demo_site):
    page = ConsultationPage.objects.get()
    page.form_fields.filter(field_type="checkboxes").delete()
    page.title = "Ask for a call"
    page.save_revision().publish()

    call_command("load_demo_content", verbosity=0)

    page = ConsultationPage.objects.get()
    assert page.title == "Ask for a call"
    assert page.form_fields.count() == 10
