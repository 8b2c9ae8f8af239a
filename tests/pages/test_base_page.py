"""The visible trail from the home page to the page a visitor is on."""

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from pages.models import HomePage
from tests import page_html
from tests.factories import publish_child


def chain(home, depth):
    """Pages nested `depth` levels below home; the deepest is returned."""
    page = home
    for level in range(1, depth + 1):
        page = publish_child(page, HomePage(title=f"Level {level}", slug=f"level-{level}"))
    return page


def crumbs(response):
    nav = page_html.soup(response).find("nav", attrs={"aria-label": "Breadcrumb"})
    if nav is None:
        return None
    assert nav.find("ol") is not None
    return [
        (link.get_text(strip=True), link["href"], link.get("aria-current"))
        for link in nav.select("ol > li > a")
    ]


def test_home_page_has_no_breadcrumbs(client, home):
    assert crumbs(client.get("/")) is None


def test_breadcrumbs_lead_from_home_to_the_current_page(client, home):
    page = chain(home, 2)

    assert crumbs(client.get(page.url)) == [
        ("Home", "/", None),
        ("Level 1", "/level-1/", None),
        ("Level 2", "/level-1/level-2/", "page"),
    ]


def test_unpublished_ancestor_is_left_out_of_breadcrumbs(client, home):
    page = chain(home, 2)
    HomePage.objects.get(slug="level-1").unpublish()

    assert crumbs(client.get(page.url)) == [
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
