"""Search in each language (search/backends.py): Spanish searches find Spanish pages, with
Spanish stemming on PostgreSQL, and never a page of the other language."""

import pytest
from django.db import connection

from demo import spanish
from pages.models import StandardPage
from tests.factories import publish_child
from tests.search.test_views import results

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's text search configurations"
)


def spanish_child(spanish_home, **fields):
    return publish_child(spanish_home, StandardPage(**fields))


@pytest.fixture
def both_languages(home, spanish_home):
    publish_child(
        home,
        StandardPage(
            title="What an infusion costs",
            slug="infusion-cost",
            summary="The cost of a ketamine infusion, and what insurance covers.",
        ),
    )
    spanish_child(
        spanish_home,
        title="Cuánto cuesta una infusión",
        slug="costo-de-la-infusion",
        summary="El costo de una infusión de ketamina y lo que cubre el seguro.",
    )
    spanish_child(
        spanish_home,
        title="Qué esperar el primer día",
        slug="primer-dia",
        summary="Cómo es una sesión: llegada, monitoreo y regreso a casa.",
    )
    return spanish_home


def test_each_language_searches_its_own_pages(client, both_languages):
    spanish_found = results(client.get("/es/search/", {"q": "seguro"}))
    english_found = results(client.get("/search/", {"q": "insurance"}))

    assert [title for title, _, _ in spanish_found] == ["Cuánto cuesta una infusión"]
    assert [title for title, _, _ in english_found] == ["What an infusion costs"]
    # The page type is named in the visitor's language.
    assert spanish_found[0][1] == "Página"


def test_a_word_of_the_other_language_finds_nothing(client, both_languages):
    assert results(client.get("/es/search/", {"q": "insurance"})) == []
    assert results(client.get("/search/", {"q": "seguro"})) == []


@on_postgresql
def test_spanish_search_finds_other_forms_of_a_word(client, both_languages):
    # "infusiones" and "infusión" share a Spanish stem; English stemming would miss it.
    found = [title for title, _, _ in results(client.get("/es/search/", {"q": "infusiones"}))]

    assert "Cuánto cuesta una infusión" in found
    assert "What an infusion costs" not in found


@on_postgresql
def test_spanish_question_about_cost_puts_the_cost_page_first(client, both_languages):
    for n in range(4):
        spanish_child(
            both_languages,
            title=f"Infusiones de ketamina, parte {n}",
            slug=f"parte-{n}",
            summary="Las infusiones de ketamina en nuestras clínicas.",
        )

    found = results(client.get("/es/search/", {"q": "costo de la infusión"}))

    assert "Cuánto cuesta una infusión" in [title for title, _, _ in found][:3]


def test_spanish_locale_exists_once(db):
    assert spanish.ensure_locale("es") == spanish.ensure_locale("es")
