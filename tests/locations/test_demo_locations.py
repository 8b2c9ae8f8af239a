"""The demo site's four clinics, as `make run` builds them."""

import types

import pytest
from django.core.management import call_command

from demo import locations as demo
from locations.models import LocationPage
from pages import models as pages_models
from tests import factories


def test_second_run_leaves_editors_changes_alone(demo_site):
    page = LocationPage.objects.get(slug="naperville")
    page.phone = "(630) 555-0199"
    page.save_revision().publish()

    call_command("load_demo_content", verbosity=0)

    assert LocationPage.objects.count() == 4
    assert LocationPage.objects.get(slug="naperville").phone == "(630) 555-0199"


@pytest.fixture
def people():
    """Demo providers and testimonials as the pages app describes them."""
    return types.SimpleNamespace(
        PROVIDERS=[
            {"key": "medical-director", "name": "Dr. Alex Example", "locations": ["naperville"]},
            {"key": "lead-crna", "name": "Jordan Example", "locations": ["wicker-park"]},
            {"key": "not-created", "name": "Nobody Here", "locations": ["naperville"]},
        ],
        TESTIMONIALS=[
            {"quote": "Calm rooms.", "attribution": "Ann M.", "location": "naperville"},
            {"quote": "Kind nurses.", "attribution": "J.P.", "location": None},
        ],
    )


def test_demo_links_the_providers_and_testimonials_that_name_a_clinic(home, site, people):
    director = factories.ProviderFactory(name="Dr. Alex Example")  # slug from the name
    nurse = factories.ProviderFactory(name="Jordan Example", slug="lead-crna")  # slug = key
    calm = factories.TestimonialFactory(quote="Calm rooms.", attribution="Ann M.")
    kind = factories.TestimonialFactory(quote="Kind nurses.", attribution="J.P.")

    demo.load(home=home, site=site, people=people)

    naperville = LocationPage.objects.get(slug="naperville")
    assert list(naperville.providers.all()) == [director]
    assert list(LocationPage.objects.get(slug="wicker-park").providers.all()) == [nurse]
    assert pages_models.Testimonial.objects.get(pk=calm.pk).location_id == naperville.pk
    assert pages_models.Testimonial.objects.get(pk=kind.pk).location is None


def test_demo_does_not_relink_a_testimonial_an_editor_unlinked(home, site, people):
    calm = factories.TestimonialFactory(quote="Calm rooms.", attribution="Ann M.")
    demo.load(home=home, site=site, people=people)
    pages_models.Testimonial.objects.filter(pk=calm.pk).update(location=None)

    demo.load(home=home, site=site, people=people)

    assert pages_models.Testimonial.objects.get(pk=calm.pk).location is None


def test_demo_clinics_load_without_providers_or_testimonials(home, site):
    demo.load(home=home, site=site, people=None)

    assert LocationPage.objects.count() == 4
    assert all(not page.providers.exists() for page in LocationPage.objects.all())
