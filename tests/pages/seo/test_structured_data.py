"""The JSON-LD builders page types use (pages/seo/structured_data.py): plain values in,
schema.org nodes out."""

import datetime
import json
from types import SimpleNamespace

from pages.blocks import BodyBlock
from pages.seo import structured_data

ROOT = "https://clinic.example"
PAGE = "https://clinic.example/learn/cost-and-insurance/"


def body(*blocks):
    """A BodyBlock StreamValue from (type, raw value) pairs, as the editor would save it."""
    return BodyBlock().to_python([{"type": kind, "value": value} for kind, value in blocks])


def faq(*items, title="Common questions"):
    return (
        "faq",
        {"title": title, "items": [{"question": q, "answer": a} for q, a in items]},
    )


def test_faq_json_ld_collects_questions_from_every_faq_block_as_plain_text():
    value = body(
        ("paragraph", "<p>Intro.</p>"),
        faq(("Can I drive home?", "<p>No: <b>arrange a ride</b>.</p><p>Plan ahead.</p>")),
        ("heading", {"text": "More", "level": "h2"}),
        faq(
            ("Is it covered &amp; how?", '<p>See <a href="https://x.example">costs</a>.</p>'),
            ("How long?", "<ul><li>40 minutes</li><li>then rest</li></ul>"),
        ),
    )

    node = structured_data.faq_json_ld(value)

    assert node["@type"] == "FAQPage"
    assert [(q["name"], q["acceptedAnswer"]["text"]) for q in node["mainEntity"]] == [
        ("Can I drive home?", "No: arrange a ride. Plan ahead."),
        ("Is it covered & how?", "See costs."),
        ("How long?", "40 minutes then rest"),
    ]
    assert all(q["@type"] == "Question" for q in node["mainEntity"])
    assert all(q["acceptedAnswer"]["@type"] == "Answer" for q in node["mainEntity"])


def test_faq_json_ld_answers_carry_no_citation_markers():
    value = body(
        faq(
            (
                "Does it work quickly?",
                '<p>Many feel better within hours <a href="#ref-1">[1]</a>, some after '
                'a few infusions <a href="#ref-2">[2]</a><a href="#ref-3">[3]</a>.</p>',
            ),
            ("Is it studied?", "<p>Yes [1, 2], in trials [4\u20136].</p>"),
        )
    )

    answers = [
        q["acceptedAnswer"]["text"] for q in structured_data.faq_json_ld(value)["mainEntity"]
    ]

    assert answers == [
        "Many feel better within hours, some after a few infusions.",
        "Yes, in trials.",
    ]


def test_faq_json_ld_is_none_without_faq_blocks():
    assert structured_data.faq_json_ld(body(("paragraph", "<p>No questions here.</p>"))) is None
    assert structured_data.faq_json_ld(body()) is None
    assert structured_data.faq_json_ld(None) is None


def test_faq_json_ld_skips_items_with_empty_answers_and_names_the_page():
    value = body(faq(("Empty?", "<p></p>"), ("Full?", "<p>Yes.</p>")))

    node = structured_data.faq_json_ld(value, page_url=PAGE)

    assert [q["name"] for q in node["mainEntity"]] == ["Full?"]
    assert node["@id"] == PAGE + "#faq"
    assert node["url"] == PAGE


def test_plain_text_keeps_words_apart_only_at_block_boundaries():
    assert structured_data.plain_text("<p>One</p><p>Two</p>") == "One Two"
    assert structured_data.plain_text("<b>Ket</b>amine") == "Ketamine"
    assert structured_data.plain_text("a&nbsp;b &lt;c&gt;") == "a b <c>"


def test_script_tag_escapes_markup_so_the_script_cannot_be_closed_early():
    document = structured_data.graph([{"@type": "Thing", "name": "</script><!-- & >"}])

    tag = str(structured_data.script_tag(document))

    inner = tag.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert json.loads(inner)["@graph"][0]["name"] == "</script><!-- & >"


def test_graph_of_no_nodes_is_nothing_and_renders_nothing():
    assert structured_data.graph([]) is None
    assert structured_data.script_tag(None) == ""


def test_graph_wraps_nodes_in_one_document():
    document = structured_data.graph([{"@type": "A"}, None, {"@type": "B"}])

    assert document == {
        "@context": "https://schema.org",
        "@graph": [{"@type": "A"}, {"@type": "B"}],
    }


def test_breadcrumb_list_numbers_items_from_one():
    node = structured_data.breadcrumb_list_node(
        [("Home", ROOT + "/"), ("Learn", ROOT + "/learn/"), ("Costs", PAGE)], page_url=PAGE
    )

    assert node["@id"] == PAGE + "#breadcrumb"
    assert [item["position"] for item in node["itemListElement"]] == [1, 2, 3]
    assert node["itemListElement"][2] == {
        "@type": "ListItem",
        "position": 3,
        "name": "Costs",
        "item": PAGE,
    }


def test_organization_leaves_out_empty_details():
    node = structured_data.organization_node(
        name="Balance Ketamine", root_url=ROOT, telephone="", same_as=["", ""]
    )

    assert node == {
        "@type": "MedicalOrganization",
        "@id": ROOT + "/#organization",
        "name": "Balance Ketamine",
        "url": ROOT + "/",
        "medicalSpecialty": "Psychiatric",
    }


def test_medical_web_page_carries_review_and_subject():
    reviewer = structured_data.provider_person_node(
        SimpleNamespace(name="Dr. Maria Lopez", credentials="MD", role="Medical director")
    )

    node = structured_data.medical_web_page_node(
        url=PAGE,
        name="What does ketamine therapy cost?",
        root_url=ROOT,
        publisher_name="Balance Ketamine",
        description="Prices and insurance.",
        reviewed_by=reviewer,
        last_reviewed=datetime.date(2026, 3, 1),
        about=[structured_data.medical_condition_node("Depression", url=ROOT + "/conditions/d/")],
        date_modified=datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC),
    )

    assert node["@type"] == "MedicalWebPage"
    assert node["@id"] == PAGE + "#webpage"
    assert node["reviewedBy"] == {
        "@type": "Person",
        "name": "Dr. Maria Lopez",
        "honorificSuffix": "MD",
        "jobTitle": "Medical director",
    }
    assert node["lastReviewed"] == "2026-03-01"
    assert node["about"] == [
        {"@type": "MedicalCondition", "name": "Depression", "url": ROOT + "/conditions/d/"}
    ]
    assert node["dateModified"] == "2026-03-02T15:00:00+00:00"
    assert node["publisher"]["@id"] == ROOT + "/#organization"
    assert node["breadcrumb"] == {"@id": PAGE + "#breadcrumb"}
    assert node["isPartOf"] == {"@id": ROOT + "/#website"}


def test_medical_web_page_without_review_says_nothing_about_review():
    node = structured_data.medical_web_page_node(
        url=PAGE, name="Costs", root_url=ROOT, publisher_name="Balance Ketamine"
    )

    assert "reviewedBy" not in node
    assert "lastReviewed" not in node
    assert "about" not in node


def test_blog_posting_falls_back_to_the_clinic_as_author_and_trims_headline():
    node = structured_data.blog_posting_node(
        url=ROOT + "/blog/post/",
        headline="A" * 150,
        root_url=ROOT,
        publisher_name="Balance Ketamine",
        date_published=datetime.date(2026, 2, 1),
        keywords=["depression", "", "research"],
    )

    assert node["@type"] == "BlogPosting"
    assert len(node["headline"]) == 110
    assert node["author"] == [node["publisher"]]
    assert node["publisher"]["name"] == "Balance Ketamine"
    assert node["datePublished"] == node["dateModified"] == "2026-02-01"
    assert node["keywords"] == "depression, research"
    assert node["mainEntityOfPage"] == ROOT + "/blog/post/"


def test_blog_posting_names_its_authors():
    node = structured_data.blog_posting_node(
        url=ROOT + "/blog/post/",
        headline="News",
        root_url=ROOT,
        publisher_name="Balance Ketamine",
        authors=[structured_data.person_node(name="Sam Writer")],
    )

    assert node["author"] == [{"@type": "Person", "name": "Sam Writer"}]
