"""The demo site's four clinics (demo/locations.py): linked to the demo's people; and, built
once, the clinics and the finder over them. (A second run: tests/demo/test_load_demo_content.py.)"""

import datetime
import types

import pytest

from demo import locations as demo
from locations.models import LocationIndexPage, LocationPage
from pages import models as pages_models
from tests import factories
from tests.locations.conftest import DEMO_CLINICS, clinic_order, distances, medical_clinic_node

CLINIC_URLS = [
    "/locations/wicker-park/",
    "/locations/orland-park/",
    "/locations/naperville/",
    "/locations/palos-hills/",
]

JSON_LD_FIELDS = {
    "name",
    "address",
    "geo",
    "telephone",
    "openingHoursSpecification",
    "url",
    "medicalSpecialty",
    "availableService",
    "priceRange",
}


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


class TestTheDemoClinics:
    """The demo site's four clinics and the finder over them, built once for the class."""

    @pytest.mark.parametrize("url", CLINIC_URLS)
    def test_each_demo_clinic_answers_with_address_phone_hours_and_json_ld(
        self, client, shared_demo_site, url
    ):
        response = client.get(url)

        assert response.status_code == 200
        html = response.content.decode()
        page = LocationPage.objects.get(url_path__endswith=url.removeprefix("/locations"))
        assert page.street_address in html
        assert f"{page.city}, IL {page.postal_code}" in html
        assert 'href="tel:+13125551234"' in html
        assert '<th scope="row">Monday</th>' in html and "9:00 AM – 5:00 PM" in html
        data = medical_clinic_node(html)
        assert data.keys() >= JSON_LD_FIELDS
        assert data["@type"] == "MedicalClinic"
        assert data["address"]["postalCode"] == page.postal_code
        assert data["url"].endswith(url)
        assert data["availableService"]["name"] == "Ketamine infusion therapy"

    def test_wicker_park_has_the_clinics_own_address_and_neighbourhoods(self, shared_demo_site):
        page = LocationPage.objects.get(slug="wicker-park")

        assert page.full_address == "1601 W Division St, Chicago, IL 60622"
        assert page.phone == "(312) 555-1234"
        assert page.neighbourhood_list == ["Wicker Park", "Ukrainian Village", "River North"]

    @pytest.mark.parametrize(
        ("slug", "zip_code", "coordinates"),
        [
            ("orland-park", "60462", (41.6194, -87.8423)),
            ("naperville", "60540", (41.7662, -88.141)),
            ("palos-hills", "60465", (41.7004, -87.8263)),
        ],
    )
    def test_other_clinics_have_placeholder_streets_and_their_towns_real_position(
        self, shared_demo_site, slug, zip_code, coordinates
    ):
        page = LocationPage.objects.get(slug=slug)

        assert page.street_address.startswith("[Placeholder")
        assert page.postal_code == zip_code
        assert page.coordinates == pytest.approx(coordinates)

    def test_demo_hours_say_they_are_placeholders(self, client, shared_demo_site):
        html = client.get("/locations/naperville/").content.decode()

        assert "Hours shown are placeholders" in html

    def test_locations_index_is_in_the_main_menu(self, client, shared_demo_site):
        html = client.get("/").content.decode()

        assert 'href="/locations/"' in html
        assert LocationIndexPage.objects.get().live

    def test_demo_special_dates_are_none(self, shared_demo_site):
        # Placeholder hours only: no invented holidays.
        page = LocationPage.objects.get(slug="wicker-park")

        assert not page.special_dates.exists()
        assert page.weekly_hours[6].is_closed
        assert page.weekly_hours[5].periods == [(datetime.time(9), datetime.time(13))]

    @pytest.mark.parametrize(
        ("zip_code", "nearest"),
        [
            ("60540", "Naperville"),
            ("60622", "Wicker Park"),
            ("60465", "Palos Hills"),
            ("60462", "Orland Park"),
        ],
    )
    def test_zip_code_lists_the_nearest_clinic_first(
        self, client, shared_demo_site, zip_code, nearest
    ):
        response = client.get("/locations/", {"zip": zip_code})

        assert response.status_code == 200
        html = response.content.decode()
        order = clinic_order(html)
        assert order[0] == nearest
        assert sorted(order) == sorted(DEMO_CLINICS)
        miles = distances(html)
        assert len(miles) == 4
        assert miles == sorted(miles)
        assert f"Clinics nearest to {zip_code}" in html
