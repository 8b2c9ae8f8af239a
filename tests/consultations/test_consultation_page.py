"""The consultation form page (ConsultationPage) as visitors and editors meet it: its address
and contact numbers, what a request sent through it does, caching and CSRF, what search
engines read, and the admin."""

import logging
import re

from django.core import mail
from django.test import Client
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from consultations.models import ConsultationPage, ConsultationSubmission
from demo import forms as demo_forms
from demo.loader import ensure_home
from pages.models import ClinicSettings, HomePage
from tests import page_html
from tests.consultations.consultation import (
    THANK_YOU_URL,
    URL,
    VALID,
    assert_holds_no_answers,
    consultation_form,
    notify,
    page_soup,
    post_invalid,
)

# --- What a visitor sees -------------------------------------------------------------------


def test_form_page_answers_at_its_address_with_one_h1(client, consultation_page):
    response = client.get(URL)

    assert response.status_code == 200
    assert "consultations/consultation_page.html" in [t.name for t in response.templates]
    assert response.content.decode().count("<h1") == 1


def test_consent_links_to_the_chosen_privacy_page(client, home, consultation_page):
    privacy = home.add_child(instance=Page(title="Our privacy promise", slug="our-privacy"))
    consultation_page.privacy_policy_page = privacy
    consultation_page.save_revision().publish()

    form = consultation_form(client.get(URL))

    label = form.find("input", attrs={"name": "consent"}).find_next("label")
    assert label.find("a")["href"] == "/our-privacy/"


def test_contact_section_lists_each_location_phone(client, consultation_page, with_locations):
    section = page_soup(client.get(URL)).find("section", class_="consultation__contact")

    assert section.find("h2").get_text(strip=True) == "Would you rather call?"
    links = {a.get_text(strip=True): a["href"] for a in section.find_all("a")}
    assert links == {"(630) 555-0101": "tel:+16305550101", "(312) 555-1234": "tel:+13125551234"}


def test_contact_section_falls_back_to_the_main_number_without_locations(
    client, site, consultation_page
):
    settings = ClinicSettings.for_site(site)
    settings.phone = "(312) 555-9876"
    settings.save()

    section = page_soup(client.get(URL)).find("section", class_="consultation__contact")

    assert section.find("a", href="tel:+13125559876")


def test_header_and_home_page_buttons_lead_to_the_form(client, consultation_page):
    soup = page_soup(client.get("/"))

    assert soup.find("header").find("a", href=URL, string=re.compile("Book a consultation"))
    assert soup.find("section", class_="hero").find("a", href=URL)


def test_form_page_has_no_inline_script_or_style(client, consultation_page):
    soup = page_soup(client.get(URL))

    # JSON-LD is data, never run: the one inline <script> a page may carry.
    scripts = soup.find_all("script")
    assert all(s.get("src") or s.get("type") == "application/ld+json" for s in scripts)
    assert not soup.find_all("style")
    assert not soup.find_all(attrs={"style": True})


# --- Sending a request ---------------------------------------------------------------------


def test_valid_request_is_stored_and_the_visitor_is_thanked(send, client, consultation_page):
    response = send()

    assert response.status_code == 303
    assert response["Location"] == THANK_YOU_URL
    submission = ConsultationSubmission.objects.get()
    assert submission.page_id == consultation_page.pk
    assert submission.form_data["first_name"] == "Zelphina"
    assert submission.form_data["best_time_to_reach_you"] == ["Evening (5pm to 7pm)"]
    assert submission.form_data["consent"] is True
    assert "website" not in submission.form_data
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "consultations/consultation_page_landing.html" in [t.name for t in thanks.templates]
    assert "your request has been sent" in thanks.content.decode()


def test_nothing_typed_appears_in_the_address_or_the_log(send, client, consultation_page, caplog):
    caplog.set_level(logging.DEBUG)

    response = send()
    thanks = client.get(response["Location"])
    notify()

    assert_holds_no_answers(response["Location"])
    assert_holds_no_answers(thanks.request["PATH_INFO"] + thanks.request.get("QUERY_STRING", ""))
    assert_holds_no_answers(caplog.text)


def test_filled_honeypot_looks_like_success_and_stores_nothing(send, consultation_page):
    response = send({**VALID, "website": "https://cheap-pills.example"})

    assert response.status_code == 303
    assert response["Location"] == THANK_YOU_URL
    assert not ConsultationSubmission.objects.exists()
    assert mail.outbox == []


def test_sixth_request_in_the_window_is_refused_kindly_and_stores_nothing(
    send, site, consultation_page
):
    for _ in range(5):
        assert send().status_code == 303

    response = send()

    assert response.status_code == 429
    html = response.content.decode()
    assert "Please call us instead" in html
    assert 'href="tel:+13125551234"' in html and "(312) 555-1234" in html
    assert "no-store" in response["Cache-Control"]
    assert ConsultationSubmission.objects.count() == 5


def test_page_with_typed_answers_is_never_cached(client, consultation_page):
    response = post_invalid(client)

    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


# --- CSRF and caches -----------------------------------------------------------------------


def _csrf_token(response) -> str:
    return consultation_form(response).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]


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


# --- What search engines and browsers read ------------------------------------------------


def test_consultation_page_has_metadata_and_its_thank_you_note_is_not_indexed(
    client, consultation_page
):
    form_page = page_html.soup(client.get("/book-a-consultation/"))
    thank_you = page_html.soup(client.get("/book-a-consultation/thank-you/"))

    assert page_html.canonical(form_page) == "http://localhost/book-a-consultation/"
    assert page_html.meta(form_page, "robots") is None
    nodes = page_html.json_ld_nodes(form_page)
    assert [item["name"] for item in nodes["BreadcrumbList"]["itemListElement"]] == [
        "Home",
        consultation_page.title,
    ]
    assert page_html.meta(thank_you, "robots") == "noindex"
    assert page_html.title(thank_you) == "Thank you | Balance Ketamine"


def allowed(response) -> set[str]:
    return {method.strip() for method in response["Allow"].split(",")}


def test_the_consultation_form_also_takes_posts(client, consultation_page):
    response = client.options("/book-a-consultation/")

    assert allowed(response) == {"GET", "HEAD", "OPTIONS", "POST"}
    assert client.put("/book-a-consultation/").status_code == 405


# --- Editors -------------------------------------------------------------------------------


# --- Crisis help ---------------------------------------------------------------------------


def _crisis_panel(response):
    return page_soup(response).find(attrs={"data-crisis-panel": True})


def _safety_note(response):
    return page_soup(response).find("aside", class_="form-safety")


def test_the_form_says_it_is_not_watched_around_the_clock(client, consultation_page):
    note = _safety_note(client.get(URL))

    text = " ".join(note.get_text().split())
    assert "This form is not watched around the clock" in text
    assert "call or text 988" in text and "call 911" in text
    assert "office hours ([staff: add the days and times here])" in text
    assert {a["href"] for a in note.find_all("a")} == {"tel:988", "tel:911"}


def test_the_reply_times_are_the_editors_words(client, consultation_page):
    consultation_page.reply_times = "We reply on weekdays before 5pm."
    consultation_page.save_revision().publish()

    assert "We reply on weekdays before 5pm." in _safety_note(client.get(URL)).get_text()


def test_the_crisis_panel_waits_hidden_until_someone_answers_yes(client, consultation_page):
    panel = _crisis_panel(client.get(URL))

    assert panel.has_attr("hidden")
    assert "988" in panel.get_text()


def test_an_invalid_form_answered_yes_comes_back_with_the_crisis_panel(client, consultation_page):
    response = client.post(URL, {**VALID, "first_name": "", "thoughts_of_self_harm": "yes"})

    panel = _crisis_panel(response)
    assert not panel.has_attr("hidden")
    assert "You can still send this request" in panel.get_text()
    assert not ConsultationSubmission.objects.exists()


def test_an_invalid_form_answered_no_keeps_the_panel_hidden(client, consultation_page):
    response = client.post(URL, {**VALID, "first_name": "", "thoughts_of_self_harm": "no"})

    assert _crisis_panel(response).has_attr("hidden")


def test_a_yes_request_is_stored_urgent_and_thanked_with_the_crisis_panel(send, consultation_page):
    response = send({**VALID, "thoughts_of_self_harm": "yes"})

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    soup = page_soup(response)
    assert soup.h1.get_text() == "Thank you: your request has been sent"
    panel = _crisis_panel(response)
    assert not panel.has_attr("hidden")
    assert "We have your request" in panel.get_text()
    assert _safety_note(response) is not None
    assert soup.find("meta", attrs={"name": "robots"})["content"].startswith("noindex")
    assert ConsultationSubmission.objects.get().urgent


def test_the_thank_you_page_says_the_form_is_not_watched(client, consultation_page):
    response = client.get(THANK_YOU_URL)

    assert "not watched around the clock" in _safety_note(response).get_text()
    assert _crisis_panel(response) is None


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

    def test_a_form_with_two_crisis_questions_is_refused(self):
        crisis = {"field_type": "crisis", "required": ""}
        questions = [
            {"label": "Are you safe?", **crisis},
            {"label": "Are you having thoughts of harming yourself?", **crisis},
            *self._consent(),
        ]

        response = self.client.post(self._add_url(), self._page_data(questions))

        assert "only one crisis question" in response.content.decode()
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
