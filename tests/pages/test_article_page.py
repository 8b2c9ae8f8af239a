"""Learn articles: the byline, numbered sources, related reading, and the Learn index."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from pages.models import ArticleReference, ArticleRelatedArticle
from tests.factories import ArticlePageFactory, ProviderFactory
from tests.html import visible_text


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


def test_learn_index_lists_live_articles_in_tree_order(client, learn):
    ArticlePageFactory(parent=learn, title="What is ketamine?", summary="A plain introduction.")
    ArticlePageFactory(parent=learn, title="Unpublished article", live=False)
    ArticlePageFactory(parent=learn, title="Cost and insurance")

    html = client.get("/learn/").content.decode()

    assert html.index("What is ketamine?") < html.index("Cost and insurance")
    assert "A plain introduction." in html
    assert "Unpublished article" not in html
    assert html.count("<h1") == 1


def test_learn_index_without_live_articles_says_more_are_coming(client, learn):
    ArticlePageFactory(parent=learn, title="Unpublished article", live=False)

    text = visible_text(client.get("/learn/").content.decode())

    assert "New articles are on their way." in text
    assert "Unpublished article" not in text
