"""Query budgets: each public page renders in a fixed number of SQL queries, whatever the
amount of content it shows. Counts are exact, at a small and a large content size; a page
type joins by adding a case below (and its content builder)."""

import pytest
from wagtail.models import Page

from tests.factories import StandardPageFactory, varied_body

# Site, page, alias paths, view restrictions (read twice by Wagtail, once more for our menu,
# footer and listings), clinic settings, menu, the footer's links, and the home page's
# sections: conditions, chosen testimonials, clinics, latest blog posts. No breadcrumb query:
# the home page has no trail.
HOME_PAGE_QUERIES = 12


def add_menu_pages(home, count: int) -> None:
    for n in range(count):
        page = home.add_child(
            instance=Page(title=f"Section {n}", slug=f"section-{n}", show_in_menus=True)
        )
        page.save_revision().publish()


@pytest.mark.parametrize("menu_pages", [1, 12])
def test_home_page_queries_do_not_grow_with_the_menu(
    client, home, menu_pages, django_assert_num_queries
):
    add_menu_pages(home, menu_pages)
    client.get("/")  # the first request fills per-process caches (content types)

    with django_assert_num_queries(HOME_PAGE_QUERIES):
        response = client.get("/")

    assert response.content.decode().count('class="site-nav__link"') == menu_pages


def test_cached_page_costs_no_query_at_all(client, home, django_assert_num_queries):
    add_menu_pages(home, 12)
    client.get("/")

    with django_assert_num_queries(0):
        assert client.get("/")["X-Cache"] == "hit"


# What every page pays (site, page, aliases, restrictions, settings, menu, breadcrumbs, footer)
# and the body's images and testimonials, one query each however many blocks hold them.
STANDARD_PAGE_QUERIES = 13


@pytest.mark.parametrize("count", [1, 6])
def test_standard_page_queries_do_not_grow_with_its_blocks_or_the_footer(
    client, home, count, django_assert_num_queries
):
    StandardPageFactory(parent=home, slug="about", body=varied_body(count))
    for _ in range(count):
        StandardPageFactory(parent=home, show_in_footer=True, show_in_menus=True)
    client.get("/about/")  # renditions are made on the first view

    with django_assert_num_queries(STANDARD_PAGE_QUERIES):
        response = client.get("/about/")

    html = response.content.decode()
    assert html.count("<picture>") == count
    assert html.count("Individual results vary.") == count
    assert html.count('class="site-nav__link"') == count


# The site, clinic settings, the menu and the footer: a missing page costs no more than that.
NOT_FOUND_QUERIES = 8


@pytest.mark.parametrize("menu_pages", [1, 12])
def test_not_found_page_queries_do_not_grow_with_the_menu(
    client, home, menu_pages, django_assert_num_queries
):
    add_menu_pages(home, menu_pages)
    client.get("/no-such-page/")

    with django_assert_num_queries(NOT_FOUND_QUERIES):
        response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert response.content.decode().count('class="site-nav__link"') == menu_pages


# With the site data and content caches warm (as in production once a page has been shown
# since the last publish), a page-cache miss reads only the page itself and what its frame
# needs: no site, settings, menu, footer, routing, breadcrumb or listing queries. A page's
# whole cost, cold, is pinned at two content sizes in its own test module.
WARM_DEMO_PAGE_QUERIES = {
    "/": 0,  # the site's root page comes with the site
    "/learn/": 1,  # the page
    "/learn/what-is-ketamine/": 1,  # its link-preview image is kept with its JSON-LD
    "/conditions/": 1,
    "/conditions/depression/": 1,
    "/accessibility/": 1,
    "/team/": 1,
    "/locations/": 1,
    "/locations/naperville/": 1,
    # The form is built for each visitor, from questions, clinics and a privacy policy address
    # kept with the site data; only its blank fields' HTML is kept whole.
    "/book-a-consultation/": 1,
    "/blog/": 2,  # the page, then the count of posts for the page number
    "/blog/ketamine-infusion-therapy-for-depression/": 1,  # its blog comes from the tree
    "/blog/tag/treatment-options/": 3,  # the page, the tag, the count of its posts
    "/no-such-page/": 1,  # the redirect lookup
}


@pytest.fixture(scope="module")
def demo(demo_site_for_module):
    return demo_site_for_module


@pytest.mark.parametrize("path", WARM_DEMO_PAGE_QUERIES)
def test_demo_page_reads_only_the_page_with_site_data_and_content_warm(
    client, demo, db, site_data_cache, path, django_assert_num_queries
):
    client.get(path)  # fills the site data and content caches and makes the renditions

    with django_assert_num_queries(WARM_DEMO_PAGE_QUERIES[path]):
        response = client.get(path)

    assert response.status_code == (404 if path == "/no-such-page/" else 200)
    assert 'class="site-nav__link"' in response.content.decode()
