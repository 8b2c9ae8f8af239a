"""Query budgets: each public page renders in a fixed number of SQL queries, whatever the
amount of content it shows. Counts are exact, at a small and a large content size; a page
type joins by adding a case below (and its content builder)."""

import pytest
from wagtail.models import Page

# Site, page, alias paths, view restrictions (read twice by Wagtail, once more for our menu,
# footer and listings), clinic settings, menu, the breadcrumb trail (empty on the home page,
# but looked up all the same), the footer's links, and the home page's sections: conditions,
# chosen testimonials, clinics, latest blog posts.
HOME_PAGE_QUERIES = 13


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


def test_cached_page_costs_no_query_at_all(client, home, page_cache, django_assert_num_queries):
    add_menu_pages(home, 12)
    client.get("/")

    with django_assert_num_queries(0):
        assert client.get("/")["X-Cache"] == "hit"
