"""Condition pages and their index."""

import datetime

import pytest

from pages.models import ClinicSettings, ConditionReference
from tests.factories import (
    ConditionPageFactory,
    ProviderFactory,
    StandardPageFactory,
)
from tests.html import visible_text


@pytest.fixture
def depression(conditions_index):
    return ConditionPageFactory(
        parent=conditions_index,
        title="Depression",
        slug="depression",
        symptoms="Feeling sad or empty\n- Losing interest in things you enjoyed\n\n",
        how_it_may_help='<p>Ketamine acts on glutamate<a href="#ref-1">[1]</a>.</p>',
        evidence="<p>In a 2006 trial, 71% responded within a day.</p>",
        medical_reviewer=ProviderFactory(name="Dr. Maria Lopez", credentials="MD"),
        last_reviewed=datetime.date(2026, 3, 2),
    )


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


def test_conditions_index_lists_live_conditions(client, conditions_index, depression):
    ConditionPageFactory(parent=conditions_index, title="Draft condition", live=False)

    html = client.get("/conditions/").content.decode()

    assert 'href="/conditions/depression/"' in html
    assert "Draft condition" not in html


def test_conditions_index_without_live_pages_says_they_are_coming(client, conditions_index):
    html = client.get(conditions_index.url).content.decode()

    assert "Pages about the conditions we treat are on their way." in html
