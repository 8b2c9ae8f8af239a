"""The JSON-LD each page type carries, read from the rendered page as a search engine reads it:
MedicalWebPage on articles and condition pages, FAQPage wherever a body has questions."""

import datetime
from typing import Any

import pytest

from pages.models import ArticlePage
from tests import page_html
from tests.factories import (
    ArticlePageFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    ConditionPageFactory,
    ProviderFactory,
    StandardPageFactory,
)


def faq(*items: tuple[str, str], title: str = "Common questions") -> dict:
    """A raw `faq` body block, as the editor saves it."""
    return {
        "type": "faq",
        "value": {"title": title, "items": [{"question": q, "answer": a} for q, a in items]},
    }


def paragraph(text: str) -> dict:
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def nodes_of(client, url: str) -> dict[str, dict[str, Any]]:
    return page_html.json_ld_nodes(page_html.soup(client.get(url)))


def empty_values(value: Any, path: str = "") -> list[str]:
    """Where in a JSON document a value is null, "" or an empty list or object."""
    if value in (None, "", [], {}):
        return [path or "/"]
    if isinstance(value, dict):
        return [
            found for key, item in value.items() for found in empty_values(item, f"{path}/{key}")
        ]
    if isinstance(value, list):
        return [
            found for n, item in enumerate(value) for found in empty_values(item, f"{path}/{n}")
        ]
    return []


@pytest.fixture
def reviewer():
    return ProviderFactory(
        name="Dr. Maria Lopez", slug="dr-maria-lopez", credentials="MD", role="Medical director"
    )


@pytest.fixture
def article(learn, reviewer):
    return ArticlePageFactory(
        parent=learn,
        title="What does ketamine therapy cost?",
        slug="cost",
        summary="Prices, payment plans and insurance.",
        medical_reviewer=reviewer,
        last_reviewed=datetime.date(2026, 3, 2),
        body=[
            paragraph("Most people pay per infusion."),
            faq(("Is it covered?", "<p>Sometimes: <b>ask your insurer</b>.</p>")),
            paragraph("More below."),
            faq(
                ("Can I pay monthly?", "<p>Yes, &amp; without interest.</p>"),
                ("Is the consultation free?", "<ul><li>Yes</li><li>always</li></ul>"),
            ),
        ],
    )


@pytest.fixture
def condition(conditions_index, reviewer):
    return ConditionPageFactory(
        parent=conditions_index,
        title="Depression",
        slug="depression",
        summary="When low mood lasts and treatment has not helped.",
        medical_reviewer=reviewer,
        last_reviewed=datetime.date(2026, 4, 1),
        body=[
            faq(
                ("How soon might I feel better?", "<p>Some people notice a change within days.</p>")
            )
        ],
    )


def test_article_is_a_medical_web_page_reviewed_by_its_clinician(client, article, team_page):
    page = nodes_of(client, "/learn/cost/")["MedicalWebPage"]

    assert page["@id"] == "http://localhost/learn/cost/#webpage"
    assert page["url"] == "http://localhost/learn/cost/"
    assert page["name"] == "What does ketamine therapy cost?"
    assert page["description"] == "Prices, payment plans and insurance."
    assert page["reviewedBy"] == {
        "@type": "Person",
        "name": "Dr. Maria Lopez",
        "honorificSuffix": "MD",
        "jobTitle": "Medical director",
        "url": "http://localhost/team/#dr-maria-lopez",
    }
    assert page["lastReviewed"] == "2026-03-02"
    assert page["about"] == [{"@type": "MedicalTherapy", "name": "Ketamine therapy"}]
    assert page["breadcrumb"] == {"@id": "http://localhost/learn/cost/#breadcrumb"}
    assert page["publisher"]["@id"] == "http://localhost/#organization"


def test_reviewer_has_no_url_while_there_is_no_team_page(client, article):
    page = nodes_of(client, "/learn/cost/")["MedicalWebPage"]

    assert page["reviewedBy"]["name"] == "Dr. Maria Lopez"
    assert "url" not in page["reviewedBy"]


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


def test_page_without_a_review_says_nothing_about_one_and_has_no_empty_values(client, learn):
    page = ArticlePageFactory(parent=learn, slug="unreviewed")
    # Publishing needs a review, but deleting the reviewer's profile empties it on a live page.
    ArticlePage.objects.filter(pk=page.pk).update(medical_reviewer=None, last_reviewed=None)

    document = page_html.json_ld(page_html.soup(client.get("/learn/unreviewed/")))

    page = next(node for node in document["@graph"] if node["@type"] == "MedicalWebPage")
    assert "reviewedBy" not in page
    assert "lastReviewed" not in page
    assert empty_values(document) == []


def test_faq_blocks_make_one_faq_page_with_plain_text_answers(client, article):
    document = page_html.soup(client.get("/learn/cost/"))

    node = page_html.json_ld_nodes(document)["FAQPage"]
    assert node["@id"] == "http://localhost/learn/cost/#faq"
    assert [(q["@type"], q["name"]) for q in node["mainEntity"]] == [
        ("Question", "Is it covered?"),
        ("Question", "Can I pay monthly?"),
        ("Question", "Is the consultation free?"),
    ]
    assert [q["acceptedAnswer"]["text"] for q in node["mainEntity"]] == [
        "Sometimes: ask your insurer.",
        "Yes, & without interest.",
        "Yes always",
    ]
    # Search engines want the questions visible on the page itself.
    shown = [item.get_text(strip=True) for item in document.select(".faq__question")]
    assert shown == [q["name"] for q in node["mainEntity"]]


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


def test_standard_page_and_blog_post_questions_become_an_faq_page(client, home):
    StandardPageFactory(
        parent=home, slug="about", body=[faq(("Where are you?", "<p>Chicago.</p>"))]
    )
    blog = BlogIndexPageFactory(parent=home)
    BlogPageFactory(
        parent=blog, slug="news", body=[faq(("What is new?", "<p>A fourth clinic.</p>"))]
    )

    about = nodes_of(client, "/about/")
    post = nodes_of(client, f"{blog.url}news/")

    assert [q["name"] for q in about["FAQPage"]["mainEntity"]] == ["Where are you?"]
    assert [q["name"] for q in post["FAQPage"]["mainEntity"]] == ["What is new?"]
    assert "BlogPosting" in post
    assert "MedicalWebPage" not in about and "MedicalWebPage" not in post


def test_page_without_questions_has_no_faq_page(client, learn, home):
    ArticlePageFactory(parent=learn, slug="plain", body=[paragraph("No questions here.")])
    StandardPageFactory(parent=home, slug="plain-page")

    assert "FAQPage" not in nodes_of(client, "/learn/plain/")
    assert "FAQPage" not in nodes_of(client, "/plain-page/")


def test_home_page_questions_join_the_clinic_and_site_nodes(client, home):
    home.faq = [faq(("Is the first visit free?", "<p>Yes.</p>"))]
    home.save_revision().publish()

    nodes = nodes_of(client, "/")

    assert {"MedicalOrganization", "WebSite", "FAQPage"} <= set(nodes)
    assert [q["name"] for q in nodes["FAQPage"]["mainEntity"]] == ["Is the first visit free?"]
