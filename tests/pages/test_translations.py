"""A page in each language: the language switcher, hreflang alternates in heads and in the
sitemap, and the note on a home page reached from a page not yet translated."""

import re
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from demo import spanish
from tests.factories import StandardPageFactory

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def about(home, spanish_home):
    """A page with its Spanish translation, and one left in English only."""
    english = StandardPageFactory(parent=home, title="About us", slug="about")
    locale = spanish.ensure_locale("es")
    translated = spanish.ensure_translation(
        english, locale, {"title": "Quiénes somos", "slug": "quienes-somos"}
    )
    StandardPageFactory(parent=home, title="Only in English", slug="only-english")
    return english, translated


def head_alternates(client, address: str) -> dict[str, str]:
    document = BeautifulSoup(client.get(address).content.decode(), "html.parser")
    return {
        link["hreflang"]: link["href"]
        for link in document.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


def switcher(client, address: str) -> list[tuple[str, str, str]]:
    document = BeautifulSoup(client.get(address).content.decode(), "html.parser")
    nav = document.find("nav", class_="language-switch")
    assert nav is not None, f"no language switcher on {address}"
    return [(link.get_text(strip=True), link["href"], link["lang"]) for link in nav.find_all("a")]


def test_a_translated_page_lives_under_es_with_its_own_slug(client, about):
    response = client.get("/es/quienes-somos/")

    assert response.status_code == 200
    assert "Quiénes somos" in response.content.decode()
    assert client.get("/about/").status_code == 200


def test_switcher_leads_to_the_same_page_in_the_other_language_and_back(client, about):
    ((name, to_spanish, lang),) = switcher(client, "/about/")
    assert (name, lang) == ("Español", "es")
    # An address on this site, as every other link on it.
    assert to_spanish == "/es/quienes-somos/"

    ((name, back, lang),) = switcher(client, to_spanish)
    assert (name, lang) == ("English", "en-US")
    assert back == "/about/"


def test_switcher_keeps_what_the_address_asks_beyond_the_page(client, about):
    ((_name, to_spanish, _lang),) = switcher(client, "/about/?page=2")

    assert to_spanish == "/es/quienes-somos/?page=2"


def test_switcher_leads_to_the_spanish_home_page_and_its_note_without_a_translation(client, about):
    ((_name, address, _lang),) = switcher(client, "/only-english/")

    assert address == "/es/#no-translation"
    home = client.get("/es/").content.decode()
    assert 'id="no-translation"' in home
    assert "todavía no está" in home


def test_switcher_on_search_keeps_the_search(client, spanish_home):
    ((_name, address, _lang),) = switcher(client, "/search/?q=cost")

    assert address == "/es/search/?q=cost"


def test_hreflang_alternates_are_absolute_reciprocal_and_name_a_default(client, about):
    english = head_alternates(client, "/about/")
    spanish_page = head_alternates(client, "/es/quienes-somos/")

    assert english == spanish_page
    assert english == {
        "en-US": "http://localhost/about/",
        "es": "http://localhost/es/quienes-somos/",
        "x-default": "http://localhost/about/",
    }


def test_a_page_in_one_language_names_no_alternates(client, about):
    assert head_alternates(client, "/only-english/") == {}


def test_sitemap_lists_both_languages_with_reciprocal_alternates(client, about):
    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)
    entries = {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in tree.findall(f"{SITEMAP}url")
    }

    assert "http://localhost/es/" in entries
    assert "http://localhost/es/quienes-somos/" in entries
    for address, alternates in entries.items():
        for hreflang, other in alternates.items():
            if hreflang != "x-default":
                # Every page an entry names lists the entry back, under the same language.
                assert entries[other] == alternates, (address, other)
    assert entries["http://localhost/only-english/"] == {}


def test_json_ld_names_the_language_of_the_page(client, about):
    spanish_html = client.get("/es/").content.decode()
    english_html = client.get("/").content.decode()

    assert re.search(r'"inLanguage":\s*"es"', spanish_html)
    assert re.search(r'"inLanguage":\s*"en-US"', english_html)
