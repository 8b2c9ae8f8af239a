"""Every page type in Spanish: Spanish interface text around whatever the editors wrote, the
language in <html lang>, and its query budget: the English one and what finding the Spanish
home and booking pages adds (tests/budgets.py, SPANISH_EXTRA)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.budgets import BUDGETS, SMALL, Budget, spanish_queries
from tests.conftest import clear_cache
from tests.test_query_budgets import SIZES, build, queries_listed

# What the site's own templates and code say in English, which a Spanish page must say in
# Spanish. The content built for each page type (tests/budgets.py) is the factories' English,
# and none of it contains these.
ENGLISH_INTERFACE_TEXT = [
    "Skip to main content",
    "Book a consultation at",
    "Book a free consultation",
    "Search the site",
    ">Menu<",
    "Need help now?",
    "If you are in crisis",
    "In an emergency, call",
    "Call 988",
    "Text 988",
    "Call 911",
    "Our clinics",
    "Policies",
    "Medically reviewed by",
    "Not yet medically reviewed",
    "Related reading",
    ">Sources<",
    "Talk it through with us",
    "Individual results vary",
    "Opening hours",
    "Get directions",
    "Address and phone",
    "Find the clinic nearest you",
    "Your ZIP code",
    "All our clinics",
    "Use my location",
    "Send my request",
    "(optional)",
    "Read our privacy policy",
    "This form is not watched",
    "Send the referral",
    "About the patient",
    "Newer posts",
    "Older posts",
    "min read",
    "Related posts",
    ">Topics<",
    "Follow the blog",
    "Signs and symptoms",
    "How ketamine may help",
    "What the evidence says",
    "We couldn't find that page",
    "Go to the home page",
    "Search for",
    "pages match",
    "Previous page",
    "Next page",
    "Clinics nearest to",
    ">Monday<",
    "This website is for information only",
]

# Two kinds of response have no page frame: the feed (its items are the editors' posts) and
# the sitemap (addresses).
FRAMED = [budget for budget in BUDGETS if budget.menu]


def spanish_address(address: str) -> str:
    """The builders' addresses, under /es/ (pages built under the Spanish home are there
    already)."""
    return address if address.startswith("/es/") else "/es" + address


@pytest.mark.parametrize("budget", FRAMED, ids=lambda budget: budget.name)
def test_spanish_page_shows_no_english_interface_text(client, spanish_home, budget):
    address = spanish_address(build(budget.build, spanish_home, SMALL))

    response = client.get(address)

    assert response.status_code == budget.status
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert "Ir al contenido principal" in html
    assert "llame al 988 y marque 2" in html or "Llame al <a" in html
    english = [text for text in ENGLISH_INTERFACE_TEXT if text in html]
    assert english == [], f"{budget.name} in Spanish shows English: {english}"
    # The header's booking button (its text is also the title of the English form page).
    book = BeautifulSoup(html, "html.parser").select_one(".site-header__book")
    if book is not None:
        assert book.get_text(strip=True) == "Pida una consulta"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("budget", BUDGETS, ids=lambda budget: budget.name)
def test_spanish_page_renders_within_its_budget_at_any_content_size(
    client, spanish_home, budget, size
):
    address = build(budget.build, spanish_home, SIZES[size])
    if address != "/sitemap.xml":
        address = spanish_address(address)
    client.get(address)
    clear_cache()

    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)

    assert response.status_code == budget.status
    spanish = Budget(f"{budget.name} in Spanish", budget.build, spanish_queries(budget), ())
    assert len(queries) == spanish.queries, queries_listed(spanish, size, queries)
