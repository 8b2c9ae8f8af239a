"""Condition pages (ConditionPage): where they live, symptoms, help and evidence, calls to
action, crisis help first where asked, their MedicalWebPage and FAQPage data, and the admin."""

import datetime

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from demo.loader import ensure_home
from pages.models import (
    ClinicSettings,
    ConditionIndexPage,
    ConditionPage,
    ConditionReference,
    HomePage,
)
from tests.factories import (
    ConditionIndexPageFactory,
    ConditionPageFactory,
    ProviderFactory,
    StandardPageFactory,
    faq_block,
)
from tests.html import visible_text
from tests.page_html import nodes_of


def test_condition_page_shows_symptoms_help_and_evidence_in_that_order(client, depression):
    ConditionReference.objects.create(page=depression, title="Zarate 2006", year=2006)

    html = client.get("/conditions/depression/").content.decode()

    symptoms = html.index("Signs and symptoms")
    assert symptoms < html.index("How ketamine may help") < html.index("What the evidence says")
    assert "<li>Feeling sad or empty</li>" in html
    assert "<li>Losing interest in things you enjoyed</li>" in html
    assert html.count("<li>", symptoms, html.index("How ketamine may help")) == 2
    assert 'id="ref-1"' in html
    assert "Medically reviewed by Dr. Maria Lopez, MD on March 2, 2026" in visible_text(html)


def test_without_a_call_to_action_of_its_own_the_page_offers_a_consultation(client, depression):
    html = client.get("/conditions/depression/").content.decode()

    assert "Call (312) 555-1234 to book" in visible_text(html)
    assert 'href="tel:+13125551234"' in html


def test_default_call_to_action_leads_to_the_booking_page_once_set(client, site, depression):
    booking = StandardPageFactory(parent=site.root_page, slug="book-a-consultation")
    settings = ClinicSettings.for_site(site)
    settings.booking_page = booking
    settings.save()

    html = client.get("/conditions/depression/").content.decode()

    assert 'href="/book-a-consultation/">Book a free consultation</a>' in html


def test_an_editors_call_to_action_replaces_the_default(client, depression):
    depression.call_to_action = [
        {
            "type": "call_to_action",
            "value": {
                "title": "Talk to someone right now",
                "text": "",
                "button_text": "Call or text 988",
                "page": None,
                "link_url": "tel:988",
            },
        }
    ]
    depression.save_revision().publish()

    html = client.get("/conditions/depression/").content.decode()

    assert (
        '<a class="button button--primary cta__button" href="tel:988">Call or text 988</a>' in html
    )
    assert "to book" not in html


def test_crisis_help_comes_before_anything_else_when_asked_for(client, conditions_index):
    ConditionPageFactory(
        parent=conditions_index,
        slug="suicidal-thoughts",
        summary="If you are thinking about suicide, call or text 988.",
        crisis_help_first=True,
    )

    html = client.get("/conditions/suicidal-thoughts/").content.decode()
    main = html[html.index("<main") :]

    crisis = main.index('class="crisis-help"')
    assert main.index("<h1") < crisis < main.index("If you are thinking about suicide")
    assert crisis < main.index("Signs and symptoms")
    assert 'href="tel:988"' in main[crisis:] and 'href="tel:911"' in main[crisis:]


def test_crisis_help_is_not_repeated_on_other_condition_pages(client, depression):
    html = client.get("/conditions/depression/").content.decode()

    assert 'class="crisis-help"' not in html


# --- What search engines read: MedicalWebPage and FAQPage ---------------------------------


@pytest.fixture
def condition(conditions_index, medical_director):
    return ConditionPageFactory(
        parent=conditions_index,
        title="Depression",
        slug="depression",
        summary="When low mood lasts and treatment has not helped.",
        medical_reviewer=medical_director,
        last_reviewed=datetime.date(2026, 4, 1),
        body=[
            faq_block(
                ("How soon might I feel better?", "<p>Some people notice a change within days.</p>")
            )
        ],
    )


def test_condition_page_is_about_its_condition(client, condition, team_page):
    page = nodes_of(client, "/conditions/depression/")["MedicalWebPage"]

    assert page["url"] == "http://localhost/conditions/depression/"
    assert page["about"] == [
        {
            "@type": "MedicalCondition",
            "name": "Depression",
            "url": "http://localhost/conditions/depression/",
        }
    ]
    assert page["reviewedBy"]["url"] == "http://localhost/team/#dr-maria-lopez"
    assert page["lastReviewed"] == "2026-04-01"


def test_condition_page_questions_become_an_faq_page(client, condition):
    node = nodes_of(client, "/conditions/depression/")["FAQPage"]

    assert node["mainEntity"] == [
        {
            "@type": "Question",
            "name": "How soon might I feel better?",
            "acceptedAnswer": {
                "@type": "Answer",
                "text": "Some people notice a change within days.",
            },
        }
    ]


class TestConditionPageInTheAdmin(WagtailPageTestCase):
    """Where condition pages live, and an editor publishing one with the fields the admin
    form shows."""

    def setUp(self):
        self.login()
        self.home = ensure_home()
        self.reviewer = ProviderFactory(name="Dr. Maria Lopez", credentials="MD")

    def review(self) -> dict:
        return {
            "medical_reviewer": str(self.reviewer.pk),
            "last_reviewed": "2026-03-02",
            "next_review_due": "2027-03-02",
        }

    def test_condition_pages_live_only_under_the_conditions_index(self):
        self.assertAllowedParentPageTypes(ConditionIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ConditionIndexPage, {ConditionPage})
        self.assertAllowedParentPageTypes(ConditionPage, {ConditionIndexPage})
        self.assertAllowedSubpageTypes(ConditionPage, set())

    def test_editor_can_publish_a_condition_page(self):
        index = ConditionIndexPageFactory(parent=self.home)
        data = {
            "title": "Depression",
            "symptoms": "Low mood\nLittle energy",
            "how_it_may_help": rich_text("<p>Ketamine acts on glutamate.</p>"),
            "evidence": rich_text("<p>Small trials found fast relief.</p>"),
            "body": streamfield([]),
            "call_to_action": streamfield([]),
            "references": inline_formset([]),
            "related_article_links": inline_formset([]),
            **self.review(),
        }

        self.assertCanCreate(index, ConditionPage, nested_form_data(data))
