"""What every page type inherits from BasePage (pages/models/base.py): the visible trail from the
home page to the page a visitor is on, the FAQPage node built from a body's questions, the
HTTP methods a page answers, and a page editor that opens for every type."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase

from demo.loader import ensure_home
from pages.models import HomePage
from tests import page_html
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    StandardPageFactory,
    TeamPageFactory,
    faq_block,
    paragraph_block,
    publish_child,
)
from tests.page_html import nodes_of

# --- The breadcrumb trail -----------------------------------------------------------------


def chain(home, depth):
    """Pages nested `depth` levels below home; the deepest is returned."""
    page = home
    for level in range(1, depth + 1):
        page = publish_child(page, HomePage(title=f"Level {level}", slug=f"level-{level}"))
    return page


def test_breadcrumbs_lead_from_home_to_the_current_page(client, home):
    page = chain(home, 2)

    assert page_html.breadcrumbs(client.get(page.url)) == [
        ("Home", "/", None),
        ("Level 1", "/level-1/", None),
        ("Level 2", "/level-1/level-2/", "page"),
    ]


def test_unpublished_ancestor_is_left_out_of_breadcrumbs(client, home):
    page = chain(home, 2)
    HomePage.objects.get(slug="level-1").unpublish()

    assert page_html.breadcrumbs(client.get(page.url)) == [
        ("Home", "/", None),
        ("Level 2", "/level-1/level-2/", "page"),
    ]


def render_queries(rf, page):
    """Queries to render a page already found (Wagtail's routing costs a query per level)."""
    request = rf.get(page.url)
    request.user = AnonymousUser()
    with CaptureQueriesContext(connection) as queries:
        page.serve(request).render()
    return len(queries)


def test_page_query_count_does_not_grow_with_depth(rf, home):
    shallow = chain(home, 1)
    deep = chain(shallow, 4)
    render_queries(rf, HomePage.objects.get(pk=shallow.pk))  # warm per-process caches

    shallow_count = render_queries(rf, HomePage.objects.get(pk=shallow.pk))
    deep_count = render_queries(rf, HomePage.objects.get(pk=deep.pk))

    assert deep_count == shallow_count


def test_ancestors_are_fetched_in_one_query_whatever_the_depth(rf, home, django_assert_num_queries):
    shallow = chain(home, 1)
    deep = chain(shallow, 4)
    for page, trail_length in ((shallow, 2), (deep, 6)):
        page = HomePage.objects.get(pk=page.pk)
        request = rf.get(page.url)
        Site.find_for_request(request)  # looked up once per request by the page's serve()

        with django_assert_num_queries(1):
            trail = page.get_breadcrumb_pages(request)
            page.get_breadcrumb_pages(request)  # the JSON-LD asks again: no second query

        assert len(trail) == trail_length


# --- A body's questions become one FAQPage node -------------------------------------------


def test_standard_page_and_blog_post_questions_become_an_faq_page(client, home):
    StandardPageFactory(
        parent=home, slug="about", body=[faq_block(("Where are you?", "<p>Chicago.</p>"))]
    )
    blog = BlogIndexPageFactory(parent=home)
    BlogPageFactory(
        parent=blog, slug="news", body=[faq_block(("What is new?", "<p>A fourth clinic.</p>"))]
    )

    about = nodes_of(client, "/about/")
    post = nodes_of(client, f"{blog.url}news/")

    assert [q["name"] for q in about["FAQPage"]["mainEntity"]] == ["Where are you?"]
    assert [q["name"] for q in post["FAQPage"]["mainEntity"]] == ["What is new?"]
    assert "BlogPosting" in post
    assert "MedicalWebPage" not in about and "MedicalWebPage" not in post


def test_page_without_questions_has_no_faq_page(client, learn, home):
    ArticlePageFactory(parent=learn, slug="plain", body=[paragraph_block("No questions here.")])
    StandardPageFactory(parent=home, slug="plain-page")

    assert "FAQPage" not in nodes_of(client, "/learn/plain/")
    assert "FAQPage" not in nodes_of(client, "/plain-page/")


# --- The HTTP methods a page answers ------------------------------------------------------


@pytest.fixture
def standard_page(home):
    return StandardPageFactory(parent=home, slug="about")


def allowed(response) -> set[str]:
    return {method.strip() for method in response["Allow"].split(",")}


def test_options_on_a_page_lists_only_reading(client, standard_page):
    response = client.options("/about/")

    assert response.status_code == 200
    assert allowed(response) == {"GET", "HEAD", "OPTIONS"}


@pytest.mark.parametrize("method", ["put", "patch", "delete", "post"])
def test_writing_to_a_page_is_refused(client, standard_page, method):
    response = getattr(client, method)("/about/")

    assert response.status_code == 405
    assert "PUT" not in response["Allow"]


class TestEveryPageTypeInTheEditor(WagtailPageTestCase):
    """Every page type opens in the page editor, its panels intact."""

    def test_each_page_type_opens_in_the_editor(self):
        self.login()
        home = ensure_home()
        learn = ArticleIndexPageFactory(parent=home)
        conditions = ConditionIndexPageFactory(parent=home)
        pages = [
            home,
            learn,
            ArticlePageFactory(parent=learn),
            conditions,
            ConditionPageFactory(parent=conditions),
            StandardPageFactory(parent=home),
            TeamPageFactory(parent=home),
        ]

        for page in pages:
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            self.assertEqual(response.status_code, 200, type(page).__name__)
