"""Site search at /search/ (search/views.py): what visitors find, and how it copes with
whatever they type."""

import pytest
from wagtail.models import Page, PageViewRestriction, Site

from pages.models import HomePage
from search.views import MAX_QUERY_LENGTH, clean_query, search_terms
from tests import page_html
from tests.factories import publish_child

# Whatever a visitor (or a robot) might type; each must get a page, never a server error.
BAD_QUERIES = [
    "",
    "   ",
    "\t\n",
    "x" * 10_000,
    "infusion " * 2_000,
    "'; DROP TABLE wagtailcore_page; --",
    "1 OR 1=1",
    '" OR ""="',
    "<script>alert('q')</script>",
    "<b>bold</b> & <i>",
    '"',
    "'",
    "*",
    "(",
    "NEAR(ketamine cost)",
    "col:value",
    "^ketamine",
    "AND",
    "ketamine\x00cost",
    "%_\\",
    ":*|&!",
    "ketämine 😀",
]
BAD_PAGE_NUMBERS = ["0", "-1", "abc", "99999", "1.5", ""]


def results(response) -> list[tuple[str, str, str]]:
    """(title, type, summary) of each result shown."""
    document = page_html.soup(response)
    return [
        (
            item.select_one(".search-results__title").get_text(strip=True),
            item.select_one(".search-results__type").get_text(strip=True),
            item.select_one(".search-results__summary").get_text(strip=True)
            if item.select_one(".search-results__summary")
            else "",
        )
        for item in document.select(".search-results__item")
    ]


@pytest.fixture
def pages(home):
    publish_child(
        home,
        HomePage(
            title="Infusion costs",
            slug="costs",
            summary="What a ketamine infusion costs, and what insurance covers.",
        ),
    )
    publish_child(
        home,
        HomePage(title="Our team", slug="team", summary="Nurses and doctors who care."),
    )
    return home


def test_search_finds_pages_by_title_and_summary_with_type(client, pages):
    by_title = results(client.get("/search/", {"q": "costs"}))
    by_summary = results(client.get("/search/", {"q": "nurses"}))

    assert by_title == [
        (
            "Infusion costs",
            "Home page",
            "What a ketamine infusion costs, and what insurance covers.",
        )
    ]
    assert [title for title, _, _ in by_summary] == ["Our team"]


def test_search_with_no_match_says_so(client, pages):
    response = client.get("/search/", {"q": "zebra"})

    assert results(response) == []
    assert "No pages match “zebra”" in response.content.decode()


def test_empty_search_asks_for_words(client, pages):
    response = client.get("/search/")

    assert response.status_code == 200
    assert results(response) == []
    assert "Type a word or two" in response.content.decode()


def test_search_leaves_out_hidden_draft_private_and_other_sites_pages(client, pages, home):
    publish_child(
        home,
        HomePage(title="Hidden costs", slug="hidden", hide_from_search_engines=True),
    )
    home.add_child(instance=HomePage(title="Draft costs", slug="draft", live=False))
    private = publish_child(home, HomePage(title="Private costs", slug="private"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    other_home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Other site costs", slug="other")
    )
    Site.objects.create(hostname="other.example", root_page=other_home)

    found = results(client.get("/search/", {"q": "costs"}))

    assert [title for title, _, _ in found] == ["Infusion costs"]


def test_a_page_hidden_from_search_engines_leaves_search_at_once(client, home, publish):
    page = publish(publish_child, home, HomePage(title="Orchid care", slug="orchid-care"))
    assert len(results(client.get("/search/", {"q": "orchid"}))) == 1

    page.hide_from_search_engines = True
    publish(page.save_revision().publish)

    assert results(client.get("/search/", {"q": "orchid"})) == []


def test_results_come_ten_to_a_page_with_links_between_pages(client, home):
    for number in range(23):
        publish_child(
            home, HomePage(title=f"Orchid note {number}", slug=f"note-{number}", summary="x")
        )

    first = client.get("/search/", {"q": "orchid"})
    third = client.get("/search/", {"q": "orchid", "page": "3"})

    assert len(results(first)) == 10
    assert len(results(third)) == 3
    document = page_html.soup(first)
    assert "23 pages match “orchid”: page 1 of 3." in document.get_text(" ", strip=True)
    next_link = document.select_one('nav[aria-label="Search result pages"] a[rel="next"]')
    assert next_link["href"] == "?q=orchid&page=2"
    titles = {
        title
        for page in ("1", "2", "3")
        for title, _, _ in results(client.get("/search/", {"q": "orchid", "page": page}))
    }
    assert len(titles) == 23


@pytest.mark.parametrize("page_number", BAD_PAGE_NUMBERS)
def test_bad_page_numbers_show_the_nearest_real_page(client, pages, page_number):
    response = client.get("/search/", {"q": "costs", "page": page_number})

    assert response.status_code == 200
    assert [title for title, _, _ in results(response)] == ["Infusion costs"]


def test_bad_queries_get_a_clear_page_never_an_error(client, pages, settings):
    # Far more searches than any visitor makes: the per-address limit would stop them.
    settings.SEARCH_RATE_LIMIT_REQUESTS = 0
    for query in BAD_QUERIES:
        for page_number in ("1", "abc", "99999"):
            response = client.get("/search/", {"q": query, "page": page_number})

            # A NUL byte is refused site-wide before any view runs (clinic_site.security).
            expected = 400 if "\x00" in query else 200
            assert response.status_code == expected, (query[:40], page_number)
            html = response.content.decode()
            assert "<script>alert" not in html
            assert "<b>bold</b>" not in html


def test_query_is_shown_back_escaped(client, pages):
    response = client.get("/search/", {"q": '<script>alert("x")</script> costs'})

    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; costs" in html
    document = page_html.soup(response)
    assert document.select_one("#search-page-query")["value"] == '<script>alert("x")</script> costs'


def test_long_query_is_cut_and_the_visitor_told(client, pages):
    response = client.get("/search/", {"q": "costs " + "x" * 10_000})

    document = page_html.soup(response)
    assert len(document.select_one("#search-page-query")["value"]) == MAX_QUERY_LENGTH
    assert f"first {MAX_QUERY_LENGTH} characters" in document.get_text()
    assert [title for title, _, _ in results(response)] == ["Infusion costs"]


def test_pages_with_some_of_the_words_shown_when_none_has_all(client, pages):
    response = client.get("/search/", {"q": "insurance zebra"})

    assert [title for title, _, _ in results(response)] == ["Infusion costs"]
    assert "No page has all of your words" in response.content.decode()


def test_page_with_every_word_needs_no_explanation(client, pages):
    response = client.get("/search/", {"q": "ketamine insurance"})

    assert [title for title, _, _ in results(response)] == ["Infusion costs"]
    assert "No page has all of your words" not in response.content.decode()


def test_query_of_only_punctuation_explains_itself(client, pages):
    response = client.get("/search/", {"q": "*&^%"})

    assert "couldn't find any words to search for" in response.content.decode()


def test_results_page_is_not_indexed_nor_kept_in_shared_caches(client, pages):
    response = client.get("/search/", {"q": "costs"})

    assert page_html.meta(page_html.soup(response), "robots") == "noindex"
    assert page_html.meta(page_html.soup(response), "description").startswith("Search our")
    assert response["X-Robots-Tag"] == "noindex"
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_search_refuses_post(client, pages):
    assert client.post("/search/", {"q": "costs"}).status_code == 405


def test_header_search_box_is_a_labelled_get_form(client, home):
    document = page_html.soup(client.get("/"))

    form = document.select_one("header form[role=search]")
    assert form["action"] == "/search/"
    assert form["method"] == "get"
    field = form.select_one("input[name=q]")
    assert form.select_one(f"label[for={field['id']}]").get_text(strip=True)
    assert form.select_one("button[type=submit]")


# The site, the view restrictions (read once for the results, the menu and the footer), hidden
# pages, the count, clinic settings, the main menu, the footer's links, the search itself, then
# the results' summaries (one query, whatever page types are shown).
QUERIES_PER_SEARCH = 9


def test_clean_query_drops_control_characters_and_collapses_spaces():
    assert clean_query("  ketamine\x00  \t cost \x1b ") == ("ketamine cost", False)
    assert clean_query("a" * 300) == ("a" * MAX_QUERY_LENGTH, True)


def test_search_terms_keep_words_and_drop_operators():
    assert search_terms('"ketamine" AND (cost*)') == "ketamine AND cost"
    assert search_terms("don't -- self-care 'quoted'") == "don't self-care quoted"
    assert search_terms("<script>") == "script"
    assert search_terms("*&^%") == ""


def test_searching_without_pause_is_asked_to_wait(client, pages, settings):
    settings.SEARCH_RATE_LIMIT_REQUESTS = 3

    statuses = [client.get("/search/", {"q": "costs"}).status_code for _ in range(4)]
    refused = client.get("/search/", {"q": "costs"})

    assert statuses == [200, 200, 200, 429]
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    html = refused.content.decode()
    assert "Please wait a minute" in html
    assert "search-results" not in html
    # Another address searches as usual.
    assert client.get("/search/", {"q": "costs"}, REMOTE_ADDR="198.51.100.20").status_code == 200


def test_opening_the_search_page_without_words_is_not_counted(client, pages, settings):
    settings.SEARCH_RATE_LIMIT_REQUESTS = 1

    for _ in range(3):
        assert client.get("/search/").status_code == 200

    assert client.get("/search/", {"q": "costs"}).status_code == 200
