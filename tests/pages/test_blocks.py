"""Every body block (pages/blocks.py) renders, and renders what a visitor needs from it."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamValue

from pages.blocks import BodyBlock, CallToActionBlock
from tests.factories import ImageFactory, StandardPageFactory, TestimonialFactory

BODY = BodyBlock()


def render(block_type: str, value) -> str:
    """Render one block of the body, as a page would, from its stored (raw) form."""
    stream = StreamValue(BODY, [{"type": block_type, "value": value}], is_lazy=True)
    return stream[0].render().strip()


def test_every_body_block_has_a_template_of_its_own():
    for name, block in BODY.child_blocks.items():
        assert block.meta.template == f"blocks/{name}_block.html", name


def test_heading_renders_at_the_chosen_level_with_an_anchor(db):
    assert render("heading", {"text": "What to expect", "level": "h2"}) == (
        '<h2 class="block-heading" id="what-to-expect">What to expect</h2>'
    )
    html = render("heading", {"text": "Before you arrive", "level": "h3"})
    assert html.startswith("<h3") and 'id="before-you-arrive"' in html


def test_paragraph_keeps_links_and_emphasis(db):
    html = render("paragraph", '<p>Read <b>this</b> <a href="#ref-1">[1]</a></p>')

    assert '<div class="rich-text"><p>Read <b>this</b> <a href="#ref-1">[1]</a></p></div>' in html


def test_image_renders_modern_formats_lazily_with_size_and_alt_text(db):
    image = ImageFactory(description="A calm teal gradient.")

    html = render(
        "image",
        {
            "image": {
                "image": image.pk,
                "alt_text": "Sunlight on still water",
                "decorative": False,
            },
            "caption": "Our Wicker Park infusion room",
        },
    )

    assert "<picture>" in html
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert 'loading="lazy"' in html
    assert 'sizes="' in html
    assert 'width="' in html and 'height="' in html
    assert 'alt="Sunlight on still water"' in html
    assert "<figcaption" in html and "Our Wicker Park infusion room" in html


def test_image_without_its_own_alt_text_uses_the_librarys_description(db):
    image = ImageFactory(description="A calm teal gradient.")

    html = render("image", {"image": {"image": image.pk, "alt_text": "", "decorative": False}})

    assert 'alt="A calm teal gradient."' in html


def test_decorative_image_has_empty_alt_text(db):
    image = ImageFactory(description="A calm teal gradient.")

    html = render("image", {"image": {"image": image.pk, "alt_text": "", "decorative": True}})

    assert 'alt=""' in html


@pytest.mark.parametrize(
    ("kind", "label"), [("info", "Information"), ("warning", "Caution"), ("crisis", "Crisis help")]
)
def test_callout_names_its_kind_visibly_and_to_assistive_technology(db, kind, label):
    html = render(
        "callout", {"kind": kind, "title": "Before you come", "text": "<p>Eat lightly.</p>"}
    )

    assert f'class="callout callout--{kind}"' in html
    assert 'role="note"' in html
    assert f'aria-label="{label}"' in html
    visible_label = BeautifulSoup(html, "html.parser").select_one("p.callout__label")
    assert visible_label.get_text(strip=True) == label
    # The icon beside the label is decoration: the label is read once, as text.
    assert visible_label.select_one("svg")["aria-hidden"] == "true"
    assert "Before you come" in html and "Eat lightly." in html


def test_quote_renders_as_a_blockquote_with_attribution(db):
    html = render("quote", {"text": "Ask every question.", "attribution": "Our nurses"})

    assert "<blockquote" in html and "Ask every question." in html
    assert "<figcaption" in html and "Our nurses" in html


def test_steps_render_as_an_ordered_list(db):
    html = render(
        "steps",
        {
            "title": "How treatment works",
            "steps": [
                {"title": "Evaluation", "text": "<p>A screening.</p>"},
                {"title": "Infusion", "text": "<p>40 to 60 minutes.</p>"},
            ],
        },
    )

    assert "<ol" in html
    assert html.count('<li class="steps__item">') == 2
    assert html.index("Evaluation") < html.index("Infusion")


def test_faq_is_a_native_disclosure_that_works_without_javascript(db):
    html = render(
        "faq",
        {
            "title": "Common questions",
            "items": [
                {"question": "Can I drive home?", "answer": "<p>No: arrange a ride.</p>"},
                {"question": "Will I be awake?", "answer": "<p>Yes.</p>"},
            ],
        },
    )

    assert html.count("<details") == 2
    assert '<summary class="faq__question">Can I drive home?</summary>' in html
    assert "No: arrange a ride." in html
    assert "<script" not in html


def test_price_list_is_a_table_with_headers(db):
    html = render(
        "price_list",
        {
            "title": "Prices",
            "items": [{"item": "Ketamine infusion (45 minutes)", "price": "$275", "note": ""}],
        },
    )

    assert "<table" in html and "<caption" in html
    assert '<th scope="row" class="price-list__item">Ketamine infusion (45 minutes)</th>' in html
    assert "$275" in html


def test_statistic_links_its_source(db):
    html = render(
        "statistic",
        {
            "figure": "71%",
            "label": "responded within a day",
            "source_title": "Zarate et al., 2006",
            "source_url": "https://pubmed.ncbi.nlm.nih.gov/16894061/",
        },
    )

    assert "71%" in html and "responded within a day" in html
    assert '<a href="https://pubmed.ncbi.nlm.nih.gov/16894061/">Zarate et al., 2006</a>' in html


def test_call_to_action_leads_to_the_chosen_page(home):
    booking = StandardPageFactory(parent=home, title="Book", slug="book-a-consultation")

    html = render(
        "call_to_action",
        {
            "title": "Talk to us",
            "text": "",
            "button_text": "Book",
            "page": booking.pk,
            "link_url": "",
        },
    )

    assert 'href="/book-a-consultation/"' in html
    assert "Talk to us" in html


def test_call_to_action_to_an_unpublished_page_falls_back_to_its_link(home):
    draft = StandardPageFactory(parent=home, live=False)

    html = render(
        "call_to_action",
        {
            "title": "Call us",
            "text": "",
            "button_text": "Call",
            "page": draft.pk,
            "link_url": "tel:+13125551234",
        },
    )

    assert 'href="tel:+13125551234"' in html


@pytest.mark.parametrize("link", ["javascript:alert(1)", "data:text/html,hi", "ftp://x"])
def test_call_to_action_refuses_unsafe_links(link):
    block = CallToActionBlock()
    value = block.to_python({"title": "Go", "button_text": "Go", "link_url": link})

    with pytest.raises(ValidationError) as error:
        block.clean(value)

    assert "link_url" in error.value.block_errors


@pytest.mark.parametrize("link", ["/book/", "https://988lifeline.org/", "tel:988", "sms:988"])
def test_call_to_action_accepts_site_web_and_phone_links(link):
    block = CallToActionBlock()

    block.clean(block.to_python({"title": "Go", "button_text": "Go", "link_url": link}))


def test_testimonial_shows_an_individual_results_vary_note(db):
    testimonial = TestimonialFactory(quote="I felt like myself again.", attribution="Ann M.")

    html = render("testimonial", testimonial.pk)

    assert "I felt like myself again." in html
    assert "Ann M." in html
    assert "Individual results vary." in html


@pytest.mark.parametrize(
    "changes", [{"live": False}, {"consent_recorded": None}], ids=["draft", "no consent"]
)
def test_testimonial_without_publication_or_consent_is_not_shown(db, changes):
    testimonial = TestimonialFactory(quote="Not for the public yet.", **changes)

    assert "Not for the public yet." not in render("testimonial", testimonial.pk)


def test_the_body_has_no_sources_block_of_its_own():
    # A page's one Sources list lives beside its body: a second list would repeat its ids.
    assert "references" not in BODY.child_blocks
    assert all(block.meta.label != "Sources" for block in BODY.child_blocks.values())


def test_every_block_preview_value_renders(db):
    for name, block in BODY.child_blocks.items():
        preview = block.get_preview_value()
        if preview is None:
            continue
        assert block.render(preview).strip(), name
