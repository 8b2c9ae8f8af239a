"""The consultation form page as visitors and editors meet it: fields, errors, caching, admin."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from consultations.models import ConsultationFormField, ConsultationPage, ConsultationSubmission
from demo import forms as demo_forms
from demo.loader import ensure_home
from pages.models import ClinicSettings, HomePage
from tests.consultations.consultation import LOCATIONS, URL, VALID


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def with_locations(monkeypatch):
    """Two live locations, standing in for the locations app's pages."""
    monkeypatch.setattr(ConsultationPage, "live_locations", property(lambda self: LOCATIONS))
    return LOCATIONS


def _soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def _form(response):
    return _soup(response).find("form", id="consultation-form")


# --- What a visitor sees -------------------------------------------------------------------


def test_form_page_answers_at_its_address_with_one_h1(client, consultation_page):
    response = client.get(URL)

    assert response.status_code == 200
    assert "consultations/consultation_page.html" in [t.name for t in response.templates]
    assert response.content.decode().count("<h1") == 1


def test_every_field_has_a_label(client, consultation_page):
    form = _form(client.get(URL))

    labelled = {label["for"] for label in form.find_all("label") if label.get("for")}
    for control in form.find_all(["input", "select", "textarea"]):
        if control.get("type") in {"hidden", "submit"}:
            continue
        assert control["id"] in labelled, control


def test_fields_carry_input_types_and_autocomplete_tokens(client, consultation_page):
    form = _form(client.get(URL))

    expected = {
        "first_name": ("text", "given-name"),
        "last_name": ("text", "family-name"),
        "phone": ("tel", "tel"),
        "email": ("email", "email"),
    }
    for name, (input_type, token) in expected.items():
        control = form.find("input", attrs={"name": name})
        assert control["type"] == input_type
        assert control["autocomplete"] == token


def test_text_inputs_are_bounded(client, consultation_page):
    form = _form(client.get(URL))

    for control in form.find_all("input", attrs={"type": ["text", "tel", "email"]}):
        assert int(control["maxlength"]) <= 254, control
    assert form.find("textarea", attrs={"name": "message"})["maxlength"] == "1000"


def test_message_field_asks_for_no_medical_details(client, consultation_page):
    form = _form(client.get(URL))

    message = form.find("textarea", attrs={"name": "message"})
    help_text = form.find(id=message["aria-describedby"])
    assert "Please don't include medical details here." in help_text.get_text()


def test_consent_checkbox_is_required_and_its_label_links_to_the_privacy_policy(
    client, consultation_page
):
    form = _form(client.get(URL))

    checkbox = form.find("input", attrs={"name": "consent"})
    assert checkbox["type"] == "checkbox"
    assert checkbox.has_attr("required")
    label = form.find("label", attrs={"for": checkbox["id"]})
    assert label.find("a")["href"] == "/privacy-policy/"


def test_consent_links_to_the_chosen_privacy_page(client, home, consultation_page):
    privacy = home.add_child(instance=Page(title="Our privacy promise", slug="our-privacy"))
    consultation_page.privacy_policy_page = privacy
    consultation_page.save_revision().publish()

    form = _form(client.get(URL))

    label = form.find("input", attrs={"name": "consent"}).find_next("label")
    assert label.find("a")["href"] == "/our-privacy/"


def test_honeypot_is_hidden_from_people_and_assistive_technology(client, consultation_page):
    form = _form(client.get(URL))

    trap = form.find("input", attrs={"name": "website"})
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"
    wrapper = trap.find_parent("div")
    assert wrapper["aria-hidden"] == "true"
    assert "form__trap" in wrapper["class"]


def test_location_list_offers_live_locations_after_no_preference(
    client, consultation_page, with_locations
):
    select = _form(client.get(URL)).find("select", attrs={"name": "preferred_location"})

    options = [(o["value"], o.get_text(strip=True)) for o in select.find_all("option")]
    assert options == [
        ("no-preference", "No preference"),
        ("naperville", "Naperville"),
        ("wicker-park", "Wicker Park"),
    ]
    assert select.find("option", selected=True)["value"] == "no-preference"


def test_location_in_the_address_is_preselected(client, consultation_page, with_locations):
    response = client.get(URL, {"location": "wicker-park"})

    select = _form(response).find("select", attrs={"name": "preferred_location"})
    assert select.find("option", selected=True)["value"] == "wicker-park"


def test_unknown_location_in_the_address_is_ignored_and_never_echoed(
    client, consultation_page, with_locations
):
    response = client.get(URL, {"location": "<b>nowhere-xyz</b>"})

    assert response.status_code == 200
    assert "nowhere-xyz" not in response.content.decode()
    select = _form(response).find("select", attrs={"name": "preferred_location"})
    assert select.find("option", selected=True)["value"] == "no-preference"


def test_contact_section_lists_each_location_phone(client, consultation_page, with_locations):
    section = _soup(client.get(URL)).find("section", class_="consultation__contact")

    assert section.find("h2").get_text(strip=True) == "Would you rather call?"
    links = {a.get_text(strip=True): a["href"] for a in section.find_all("a")}
    assert links == {"(630) 555-0101": "tel:+16305550101", "(312) 555-1234": "tel:+13125551234"}


def test_contact_section_falls_back_to_the_main_number_without_locations(
    client, site, consultation_page
):
    settings = ClinicSettings.for_site(site)
    settings.phone = "(312) 555-9876"
    settings.save()

    section = _soup(client.get(URL)).find("section", class_="consultation__contact")

    assert section.find("a", href="tel:+13125559876")


def test_header_and_home_page_buttons_lead_to_the_form(client, consultation_page):
    soup = _soup(client.get("/"))

    assert soup.find("header").find("a", href=URL, string=re.compile("Book a consultation"))
    assert soup.find("section", class_="hero").find("a", href=URL)


def test_form_page_has_no_inline_script_or_style(client, consultation_page):
    soup = _soup(client.get(URL))

    # JSON-LD is data, never run: the one inline <script> a page may carry.
    scripts = soup.find_all("script")
    assert all(s.get("src") or s.get("type") == "application/ld+json" for s in scripts)
    assert not soup.find_all("style")
    assert not soup.find_all(attrs={"style": True})


# --- A failed submission -------------------------------------------------------------------


def _invalid_post(client):
    data = {**VALID, "first_name": "", "phone": "call me maybe", "consent": ""}
    del data["consent"]
    return client.post(URL, data)


def test_invalid_submission_keeps_every_answer(client, consultation_page):
    response = _invalid_post(client)

    assert response.status_code == 200
    form = _form(response)
    assert form.find("input", attrs={"name": "last_name"})["value"] == VALID["last_name"]
    assert form.find("input", attrs={"name": "phone"})["value"] == "call me maybe"
    assert form.find("input", attrs={"name": "email"})["value"] == VALID["email"]
    assert (
        form.find("textarea", attrs={"name": "message"}).get_text(strip=True) == (VALID["message"])
    )
    assert form.find("input", attrs={"value": "Text message"}).has_attr("checked")
    assert form.find("input", attrs={"value": "Evening (5pm to 7pm)"}).has_attr("checked")
    hear = form.find("select", attrs={"name": "how_did_you_hear_about_us"})
    assert hear.find("option", selected=True)["value"] == "Friend or family"
    assert not ConsultationSubmission.objects.exists()


def test_each_error_sits_by_its_field_and_is_described_to_screen_readers(client, consultation_page):
    form = _form(_invalid_post(client))

    for name in ["first_name", "phone", "consent"]:
        control = form.find("input", attrs={"name": name})
        assert control["aria-invalid"] == "true"
        described_by = control["aria-describedby"].split()
        error = form.find(id=f"{control['id']}_error")
        assert error is not None and error["id"] in described_by
        assert "Error:" in error.get_text()
    assert not form.find("input", attrs={"name": "last_name"}).has_attr("aria-invalid")


def test_error_summary_links_to_each_field_with_a_problem(client, consultation_page):
    soup = _soup(_invalid_post(client))

    summary = soup.find(attrs={"data-error-summary": True})
    assert summary["role"] == "alert"
    assert summary["tabindex"] == "-1"
    targets = [a["href"].removeprefix("#") for a in summary.find_all("a")]
    assert targets == ["id_first_name", "id_phone", "id_consent"]
    for target in targets:
        assert soup.find(id=target).name == "input"
    assert soup.title.get_text(strip=True).startswith("Error:")


def test_error_summary_points_a_group_of_options_at_its_first_option(client, consultation_page):
    data = {k: v for k, v in VALID.items() if k != "preferred_contact_method"}

    soup = _soup(client.post(URL, data))

    summary = soup.find(attrs={"data-error-summary": True})
    assert [a["href"] for a in summary.find_all("a")] == ["#id_preferred_contact_method_0"]
    fieldset = soup.find(id="id_preferred_contact_method_0").find_parent("fieldset")
    assert "id_preferred_contact_method_error" in fieldset["aria-describedby"].split()


def test_unknown_choice_is_refused_without_repeating_it(client, consultation_page):
    response = client.post(URL, {**VALID, "preferred_location": "<i>made-up-place</i>"})

    assert response.status_code == 200
    assert "made-up-place" not in response.content.decode()
    assert not ConsultationSubmission.objects.exists()


def test_overlong_message_is_refused_kindly(client, consultation_page):
    response = client.post(URL, {**VALID, "message": "x" * 1001})

    assert response.status_code == 200
    assert "to 1000 characters or fewer" in response.content.decode()
    assert not ConsultationSubmission.objects.exists()


def test_page_with_typed_answers_is_never_cached(client, consultation_page):
    response = _invalid_post(client)

    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


# --- CSRF and caches -----------------------------------------------------------------------


def _csrf_token(response) -> str:
    return _form(response).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]


def test_form_posts_with_the_token_and_cookie_from_its_page(consultation_page):
    client = Client(enforce_csrf_checks=True)
    page = client.get(URL)
    assert "csrftoken" in client.cookies

    response = client.post(URL, {**VALID, "csrfmiddlewaretoken": _csrf_token(page)})

    assert response.status_code == 303
    assert ConsultationSubmission.objects.count() == 1


def test_post_without_a_token_is_refused_with_a_kind_page(consultation_page):
    client = Client(enforce_csrf_checks=True)
    client.get(URL)

    response = client.post(URL, VALID)

    assert response.status_code == 403
    assert "call us" in response.content.decode()
    assert not ConsultationSubmission.objects.exists()


def test_form_page_is_private_to_each_visitor(client, consultation_page):
    response = client.get(URL)

    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-cache" in cache_control
    # The back button may still keep what a visitor typed when they read the privacy policy.
    assert "no-store" not in cache_control
    assert "Cookie" in response["Vary"]


def test_a_page_cache_in_front_gives_every_visitor_their_own_token(settings, consultation_page):
    # Django's own page cache stands in for any cache in front of the site.
    settings.MIDDLEWARE = [
        "django.middleware.cache.UpdateCacheMiddleware",
        *settings.MIDDLEWARE,
        "django.middleware.cache.FetchFromCacheMiddleware",
    ]
    settings.CACHE_MIDDLEWARE_SECONDS = 600
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.get(URL)

    page = second.get(URL)
    response = second.post(URL, {**VALID, "csrfmiddlewaretoken": _csrf_token(page)})

    assert "csrftoken" in page.cookies
    assert response.status_code == 303
    assert ConsultationSubmission.objects.count() == 1


# --- Demo content --------------------------------------------------------------------------


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
    assert page.form_fields.count() == 9


# --- Query budget --------------------------------------------------------------------------


def _add_questions(page: ConsultationPage, count: int) -> None:
    for n in range(count):
        ConsultationFormField.objects.create(
            page=page, sort_order=100 + n, label=f"Extra question {n}", field_type="singleline"
        )


# --- Editors -------------------------------------------------------------------------------


class TestConsultationPageInTheAdmin(WagtailPageTestCase):
    def setUp(self):
        self.home = ensure_home()
        self.login()

    def test_form_page_lives_only_under_the_home_page(self):
        self.assertAllowedParentPageTypes(ConsultationPage, {HomePage})
        self.assertAllowedSubpageTypes(ConsultationPage, {})

    def test_an_editor_can_create_the_form_page_with_its_questions(self):
        questions = [
            {"label": "First name", "field_type": "singleline", "autocomplete": "given-name"},
            {"label": "Phone", "field_type": "tel", "autocomplete": "tel"},
            {"label": "Preferred location", "field_type": "location"},
            {"label": "I agree to the privacy policy", "field_type": "consent"},
        ]
        for question in questions:
            question.update(required="on", choices="", default_value="", help_text="")

        self.assertCanCreate(self.home, ConsultationPage, self._page_data(questions))

        page = ConsultationPage.objects.get()
        assert [f.autocomplete for f in page.form_fields.all()] == ["given-name", "tel", "", ""]

    def test_form_and_thank_you_page_previews_render(self):
        page = self._demo_page()

        self.assertPageIsPreviewable(page)

    def test_editor_sees_requests_count_on_the_page(self):
        page = self._demo_page()
        ConsultationSubmission.objects.create(page=page, form_data={"first_name": "A"})

        response = self.client.get(f"/admin/pages/{page.pk}/edit/")

        assert response.status_code == 200
        assert f'href="/admin/forms/submissions/{page.pk}/">1</a>' in response.content.decode()

    def test_only_one_form_page_may_exist(self):
        self.assertCanCreate(self.home, ConsultationPage, self._page_data(self._consent()))

        assert not ConsultationPage.can_create_at(self.home)
        response = self.client.post(self._add_url(), self._page_data(self._consent()))
        assert response.status_code in {302, 403}
        assert ConsultationPage.objects.count() == 1

    def test_a_form_without_a_consent_checkbox_is_refused(self):
        questions = [
            {"label": "First name", "field_type": "singleline", "required": "on"},
        ]
        response = self.client.post(self._add_url(), self._page_data(questions))

        assert response.status_code == 200
        assert "exactly one consent checkbox" in response.content.decode()
        assert not ConsultationPage.objects.exists()

    def test_the_honeypot_name_cannot_be_taken_by_a_question(self):
        questions = [{"label": "Website", "field_type": "url"}, *self._consent()]

        response = self.client.post(self._add_url(), self._page_data(questions))

        assert "reserved by the spam filter" in response.content.decode()
        assert not ConsultationPage.objects.exists()

    def _demo_page(self) -> ConsultationPage:
        demo_forms.load(home=self.home, site=Site.objects.get(is_default_site=True))
        return ConsultationPage.objects.get()

    def _consent(self) -> list[dict]:
        return [{"label": "I agree", "field_type": "consent", "required": "on"}]

    def _add_url(self) -> str:
        return f"/admin/pages/add/consultations/consultationpage/{self.home.pk}/"

    def _page_data(self, questions: list[dict]) -> dict:
        return nested_form_data(
            {
                "title": "Book a consultation",
                "slug": "book-a-consultation",
                "intro": rich_text("<p>Tell us how to reach you.</p>"),
                "thank_you_text": rich_text("<p>Thank you.</p>"),
                "contact_heading": "Would you rather call?",
                "to_address": "frontdesk@clinic.example",
                "form_fields": inline_formset(questions),
            }
        )
