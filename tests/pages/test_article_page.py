"""Learn articles (ArticlePage): where they live, the byline, numbered sources, related reading,
review dates, their MedicalWebPage and FAQPage data, and the admin."""

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from demo.loader import ensure_home
from pages.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticleReference,
    ArticleRelatedArticle,
    ConditionIndexPage,
    ConditionPage,
    HomePage,
)
from selfcheck.models import SelfCheckPage
from tests import page_html
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ProviderFactory,
    faq_block,
    paragraph_block,
)
from tests.html import visible_text
from tests.page_html import nodes_of


@pytest.fixture
def article(learn):
    reviewer = ProviderFactory(name="Dr. Maria Lopez", credentials="MD, PhD")
    return ArticlePageFactory(
        parent=learn,
        title="What is ketamine?",
        slug="what-is-ketamine",
        medical_reviewer=reviewer,
        last_reviewed=datetime.date(2026, 3, 2),
        body=[
            {
                "type": "paragraph",
                "value": '<p>An anesthetic since the 1960s<a href="#ref-1">[1]</a>.</p>',
            }
        ],
    )


def add_references(page, count: int) -> None:
    for n in range(count):
        ArticleReference.objects.create(
            page=page,
            sort_order=n,
            title=f"Study {n + 1}",
            publisher="Journal",
            year=2000 + n,
            url=f"https://example.org/{n + 1}",
        )


def test_article_shows_who_reviewed_it_and_when(client, article, team_page):
    html = client.get("/learn/what-is-ketamine/").content.decode()

    assert "Medically reviewed by Dr. Maria Lopez, MD, PhD on March 2, 2026" in visible_text(html)
    assert 'href="/team/#dr-maria-lopez"' in html
    assert '<time datetime="2026-03-02">' in html


def test_byline_names_the_reviewer_without_a_link_while_there_is_no_team_page(client, article):
    html = client.get("/learn/what-is-ketamine/").content.decode()

    assert "Medically reviewed by Dr. Maria Lopez, MD, PhD on March 2, 2026" in visible_text(html)
    assert "/team/#" not in html


def test_sources_are_numbered_in_editor_order_so_citations_land_on_them(client, article):
    add_references(article, 2)

    html = client.get("/learn/what-is-ketamine/").content.decode()

    assert '<a href="#ref-1">[1]</a>' in html
    assert html.index('id="ref-1"') < html.index("Study 1") < html.index('id="ref-2"')
    assert html.index('id="ref-2"') < html.index("Study 2")
    assert '<a class="references__link" href="https://example.org/1">Study 1</a>' in html


def test_related_reading_lists_only_live_articles_in_editor_order(client, learn, article):
    second = ArticlePageFactory(parent=learn, title="Cost and insurance")
    draft = ArticlePageFactory(parent=learn, title="Unfinished draft", live=False)
    first = ArticlePageFactory(parent=learn, title="The infusion process")
    for order, related in enumerate([first, draft, second]):
        ArticleRelatedArticle.objects.create(page=article, article=related, sort_order=order)

    html = client.get("/learn/what-is-ketamine/").content.decode()

    assert "Related reading" in html
    assert "Unfinished draft" not in html
    assert html.index("The infusion process") < html.index("Cost and insurance")


def test_article_without_related_articles_has_no_related_section(client, article):
    html = client.get("/learn/what-is-ketamine/").content.decode()

    assert "Related reading" not in html


def test_review_is_overdue_once_the_due_date_has_passed(learn):
    today = timezone.localdate()
    article = ArticlePageFactory.build(next_review_due=today - datetime.timedelta(days=1))
    assert article.review_overdue

    article.next_review_due = today + datetime.timedelta(days=1)
    assert not article.review_overdue

    article.next_review_due = None
    assert not article.review_overdue


def test_next_review_must_come_after_the_last_review(learn):
    article = ArticlePageFactory.build(
        last_reviewed=datetime.date(2026, 3, 2), next_review_due=datetime.date(2026, 3, 1)
    )

    with pytest.raises(ValidationError) as error:
        article.clean()

    assert "next_review_due" in error.value.message_dict


# --- What search engines read: MedicalWebPage and FAQPage ---------------------------------


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
def cost_article(learn, medical_director):
    return ArticlePageFactory(
        parent=learn,
        title="What does ketamine therapy cost?",
        slug="cost",
        summary="Prices, payment plans and insurance.",
        medical_reviewer=medical_director,
        last_reviewed=datetime.date(2026, 3, 2),
        body=[
            paragraph_block("Most people pay per infusion."),
            faq_block(("Is it covered?", "<p>Sometimes: <b>ask your insurer</b>.</p>")),
            paragraph_block("More below."),
            faq_block(
                ("Can I pay monthly?", "<p>Yes, &amp; without interest.</p>"),
                ("Is the consultation free?", "<ul><li>Yes</li><li>always</li></ul>"),
            ),
        ],
    )


def test_article_is_a_medical_web_page_reviewed_by_its_clinician(client, cost_article, team_page):
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


def test_reviewer_has_no_url_while_there_is_no_team_page(client, cost_article):
    page = nodes_of(client, "/learn/cost/")["MedicalWebPage"]

    assert page["reviewedBy"]["name"] == "Dr. Maria Lopez"
    assert "url" not in page["reviewedBy"]


def test_page_without_a_review_says_nothing_about_one_and_has_no_empty_values(client, learn):
    page = ArticlePageFactory(parent=learn, slug="unreviewed")
    # Publishing needs a review, but deleting the reviewer's profile empties it on a live page.
    ArticlePage.objects.filter(pk=page.pk).update(medical_reviewer=None, last_reviewed=None)

    document = page_html.json_ld(page_html.soup(client.get("/learn/unreviewed/")))

    page = next(node for node in document["@graph"] if node["@type"] == "MedicalWebPage")
    assert "reviewedBy" not in page
    assert "lastReviewed" not in page
    assert empty_values(document) == []


def test_faq_blocks_make_one_faq_page_with_plain_text_answers(client, cost_article):
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


class TestArticlePageInTheAdmin(WagtailPageTestCase):
    """Where articles live, and an editor publishing one with the fields the admin form shows."""

    def setUp(self):
        self.login()
        self.home = ensure_home()
        self.reviewer = ProviderFactory(name="Dr. Maria Lopez", credentials="MD")

    def review(self) -> dict:
        # What an editor might try to send: the form has no such fields, and ignores them.
        return {
            "medical_reviewer": str(self.reviewer.pk),
            "last_reviewed": "2026-03-02",
            "next_review_due": "2027-03-02",
        }

    def test_articles_live_only_under_the_learn_index(self):
        self.assertAllowedParentPageTypes(ArticleIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage, SelfCheckPage})
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())

    def test_an_article_cannot_be_created_outside_the_learn_section(self):
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(ConditionIndexPage, ArticlePage)
        self.assertCanNotCreateAt(ArticleIndexPage, ConditionPage)

    def test_editor_can_publish_an_article_with_sources(self):
        learn = ArticleIndexPageFactory(parent=self.home)
        data = {
            "title": "What is ketamine?",
            "body": streamfield(
                [
                    ("heading", {"text": "A long history", "level": "h2"}),
                    (
                        "paragraph",
                        rich_text('<p>Used since the 1960s<a href="#ref-1">[1]</a>.</p>'),
                    ),
                ]
            ),
            "references": inline_formset(
                [
                    {
                        "title": "Ketamine",
                        "publisher": "StatPearls",
                        "year": "2023",
                        "url": "https://www.ncbi.nlm.nih.gov/books/NBK470357/",
                    }
                ]
            ),
            "related_article_links": inline_formset([]),
            **self.review(),
        }

        self.assertCanCreate(learn, ArticlePage, nested_form_data(data))

        article = ArticlePage.objects.get(slug="what-is-ketamine")
        self.assertTrue(article.live)
        # Published directly by an administrator, not approved: no reviewer is named.
        self.assertIsNone(article.medical_reviewer)
        self.assertIsNone(article.last_reviewed)
        self.assertEqual(
            list(ArticleReference.objects.values_list("title", flat=True)), ["Ketamine"]
        )

    def test_an_article_published_without_an_approval_shows_no_byline(self):
        learn = ArticleIndexPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Unreviewed",
                "slug": "unreviewed",
                "body": streamfield([("paragraph", rich_text("<p>Draft.</p>"))]),
                "references": inline_formset([]),
                "related_article_links": inline_formset([]),
                "action-publish": "action-publish",
                **self.review(),
            }
        )

        self.client.post(f"/admin/pages/add/pages/articlepage/{learn.pk}/", data)

        page = ArticlePage.objects.get(slug="unreviewed")
        self.assertTrue(page.live)
        html = self.client.get(page.url).content.decode()
        self.assertNotIn("Medically reviewed by", html)
        self.assertNotIn("reviewedBy", html)
