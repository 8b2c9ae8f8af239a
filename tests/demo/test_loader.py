"""The pages step of `load_demo_content` (demo/loader.py): faithful to the copy's format, and
careful with what editors changed. (A second run of the whole loader, and the built site's
medical review: tests/demo/test_load_demo_content.py.)"""

import pytest

from demo import loader
from pages.models import (
    ClinicSettings,
    ConditionPage,
    HomePage,
    StandardPage,
)
from tests.factories import StandardPageFactory


def test_call_to_action_path_becomes_the_page_once_it_exists(site):
    value = {
        "title": "Book",
        "button_text": "Book",
        "page": "/book-a-consultation/",
        "link_url": "",
    }

    before = loader.call_to_action_data(value, site)
    booking = StandardPageFactory(parent=site.root_page, slug="book-a-consultation")
    after = loader.call_to_action_data(value, site)

    assert before["page"] is None and before["link_url"] == "/book-a-consultation/"
    assert after["page"] == booking.pk


def test_a_plain_link_call_to_action_is_kept_as_it_is(site):
    value = {"title": "Call", "button_text": "Call or text 988", "page": "", "link_url": "tel:988"}

    assert loader.call_to_action_data(value, site) == {**value, "page": None}


def test_booking_page_setting_is_filled_once_the_page_exists(site):
    assert loader.ensure_settings(site).booking_page is None

    booking = StandardPageFactory(parent=site.root_page, slug="book-a-consultation")

    assert loader.ensure_settings(site).booking_page_id == booking.pk
    assert ClinicSettings.for_site(site).booking_page_id == booking.pk


def test_an_unknown_block_type_in_the_copy_is_an_error_not_a_silent_loss(site):
    with pytest.raises(ValueError, match="carousel"):
        loader.stream_data(StandardPage.body.field.stream_block, [("carousel", {})], site)


def test_condition_copy_becomes_a_page_with_its_call_to_action_in_place(site):
    index = loader.ensure_child(site.root_page, loader.ConditionIndexPage, "conditions", title="C")
    learn = loader.ensure_child(site.root_page, loader.ArticleIndexPage, "learn", title="Learn")
    providers = loader.ensure_providers(
        [{"key": "medical-director", "name": "Dr. A", "credentials": "MD", "role": "Director"}]
    )
    copy = {
        "slug": "anxiety",
        "title": "Anxiety",
        "seo_title": "Ketamine for Anxiety | Balance Ketamine",
        "summary": "About anxiety.",
        "symptoms": ["Worry", "Restlessness"],
        "how_it_may_help": "<p>It may help.</p>",
        "evidence": "<p>Small studies.</p>",
        "body": [
            ("heading", {"text": "More", "level": "h2"}),
            (
                "call_to_action",
                {
                    "title": "Ask us",
                    "text": "",
                    "button_text": "Book",
                    "page": "",
                    "link_url": "/x/",
                },
            ),
        ],
        "references": [{"title": "A study", "publisher": "J", "year": 2017, "url": ""}],
        "related": ["missing-article"],
    }

    loader.ensure_conditions(index, learn, [copy], providers, site)

    page = ConditionPage.objects.get(slug="anxiety")
    assert page.live
    assert page.seo_title == "Ketamine for Anxiety"
    assert page.symptom_list == ["Worry", "Restlessness"]
    assert [block.block_type for block in page.body] == ["heading"]
    assert [block.block_type for block in page.call_to_action] == ["call_to_action"]
    assert page.medical_reviewer is None  # no approval, no reviewer
    assert page.last_reviewed is None
    assert [reference.title for reference in page.references.all()] == ["A study"]
    assert not page.crisis_help_first


def test_home_sections_are_left_alone_once_an_editor_has_filled_any(site):
    home = HomePage.objects.get()
    home.faq = [
        {
            "type": "faq",
            "value": {"title": "Ours", "items": [{"question": "Q?", "answer": "<p>A.</p>"}]},
        }
    ]
    home.save_revision().publish()

    loader.ensure_home_sections(home, [], site)

    home = HomePage.objects.get()
    assert not home.how_it_works
    assert home.faq[0].value["title"] == "Ours"
