"""Testimonials and providers (pages/models/snippets.py) as staff edit them in the admin."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from pages.admin_forms import CONSENT_REQUIRED_MESSAGE
from pages.models import HomePageTestimonial, snippets
from tests.factories import (
    ProviderFactory,
    TestimonialFactory,
)
from tests.html import visible_text

ADD_TESTIMONIAL = "wagtailsnippets_pages_testimonial:add"


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "x" * 16)
    client.force_login(user)
    return client


def form_data(**overrides) -> dict:
    data = {
        "quote": "I felt like myself again.",
        "attribution": "Ann M.",
        "condition": "Depression",
        "consent_recorded": "",
    }
    data.update(overrides)
    return data


def test_publishing_a_testimonial_without_consent_is_refused_with_a_clear_message(editor_client):
    response = editor_client.post(
        reverse(ADD_TESTIMONIAL), form_data(**{"action-publish": "action-publish"})
    )

    assert response.status_code == 200
    assert not snippets.Testimonial.objects.exists()
    assert response.context["form"].errors["consent_recorded"] == [CONSENT_REQUIRED_MESSAGE]
    assert "cannot be published without it" in response.content.decode()


def test_a_testimonial_without_consent_can_be_saved_as_a_draft(editor_client):
    response = editor_client.post(reverse(ADD_TESTIMONIAL), form_data())

    assert response.status_code == 302
    testimonial = snippets.Testimonial.objects.get()
    assert not testimonial.live
    assert not snippets.Testimonial.objects.on_display().exists()


def test_a_testimonial_with_consent_publishes(editor_client):
    response = editor_client.post(
        reverse(ADD_TESTIMONIAL),
        form_data(consent_recorded="2026-03-02", **{"action-publish": "action-publish"}),
    )

    assert response.status_code == 302
    testimonial = snippets.Testimonial.objects.get()
    assert testimonial.live
    assert testimonial.consent_recorded == datetime.date(2026, 3, 2)
    assert list(snippets.Testimonial.objects.on_display()) == [testimonial]


def test_a_consent_date_in_the_future_is_refused(editor_client):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = editor_client.post(
        reverse(ADD_TESTIMONIAL), form_data(consent_recorded=tomorrow.isoformat())
    )

    assert response.status_code == 200
    assert "cannot be in the future" in str(response.context["form"].errors["consent_recorded"])
    assert not snippets.Testimonial.objects.exists()


@pytest.mark.parametrize("name", ["Ann Miller", "Marcus Taylor-Smith", "ann m. / Ann McDonald"])
def test_a_full_name_as_attribution_is_refused_pointing_to_the_consent_rules(editor_client, name):
    response = editor_client.post(
        reverse(ADD_TESTIMONIAL),
        form_data(attribution=name, consent_recorded="2026-03-02", **{"action-publish": "1"}),
    )

    assert response.status_code == 200
    assert not snippets.Testimonial.objects.exists()
    assert response.context["form"].errors["attribution"] == [snippets.FULL_NAME_MESSAGE]
    html = visible_text(response.content.decode())
    assert "consent rules at the top of this form" in html
    assert "Consent rules" in html  # and the rules are there


@pytest.mark.parametrize("attribution", ["Ann M.", "A. M.", "R.K.", "Priya S. (demo example)"])
def test_a_first_name_and_initial_or_initials_are_accepted(editor_client, attribution):
    response = editor_client.post(reverse(ADD_TESTIMONIAL), form_data(attribution=attribution))

    assert response.status_code == 302
    assert snippets.Testimonial.objects.get().attribution == attribution


def test_the_testimonial_list_says_in_words_whether_consent_is_recorded_and_it_is_shown(
    editor_client,
):
    TestimonialFactory(attribution="Ann M.", consent_recorded=datetime.date(2026, 3, 2), live=True)
    TestimonialFactory(attribution="B. K.", consent_recorded=None, live=True)
    TestimonialFactory(attribution="C. D.", consent_recorded=datetime.date(2026, 3, 2), live=False)

    html = visible_text(
        editor_client.get(reverse("wagtailsnippets_pages_testimonial:list")).content.decode()
    )

    assert "Consent recorded Mar 2, 2026" in html
    assert "No consent recorded" in html
    assert "Shown on the site" in html
    assert "Not shown: no consent recorded" in html
    assert "Not shown: not published" in html
    assert "True" not in html and "False" not in html


def test_testimonial_preview_shows_the_individual_results_vary_note(editor_client):
    testimonial = TestimonialFactory()
    url = reverse("wagtailsnippets_pages_testimonial:preview_on_edit", args=[testimonial.pk])
    editor_client.post(url, form_data())

    response = editor_client.get(url)

    assert response.status_code == 200
    assert "Individual results vary." in response.content.decode()


def test_provider_slug_comes_from_the_name(db):
    provider = ProviderFactory(name="Dr. Maria López")

    assert provider.slug == "dr-maria-lopez"
    assert str(provider) == "Dr. Maria López, MD"


@pytest.mark.parametrize(
    ("condition", "caption"),
    [("Depression", "Ann M., treated for depression"), ("PTSD", "Ann M., treated for PTSD")],
)
def test_testimonial_names_the_condition_mid_sentence(client, home, condition, caption):
    testimonial = TestimonialFactory(attribution="Ann M.", condition=condition)
    HomePageTestimonial.objects.create(page=home, testimonial=testimonial)

    assert caption in visible_text(client.get("/").content.decode())


class TestTestimonialInTheAdmin(WagtailPageTestCase):
    def test_editor_links_a_testimonial_to_a_clinic(self):
        self.login()

        response = self.client.get("/admin/snippets/pages/testimonial/add/")

        assert response.status_code == 200
        assert 'name="location"' in response.content.decode()


def test_a_provider_is_linked_only_to_a_medical_reviewers_account(admin_client, make_staff):
    make_staff("ursula-reviewer", "Medical reviewers")
    make_staff("edgar-editor", "Editors")

    form = admin_client.get(reverse("wagtailsnippets_pages_provider:add")).content.decode()

    assert "ursula-reviewer" in form
    assert "edgar-editor" not in form
