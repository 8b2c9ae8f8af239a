"""The Spanish side of the demo site (demo/spanish.py)."""

from wagtail.models import Locale

from demo import spanish
from pages.models import HomePage
from pages.translation_check import needs_check


def test_the_demo_has_a_spanish_home_page_marked_for_a_translators_check(client, home, site):
    spanish.load(home=home, site=site)
    spanish.load(home=home, site=site)  # safe to run twice

    (spanish_home,) = HomePage.objects.filter(locale__language_code="es")
    assert spanish_home.translation_key == home.translation_key
    assert spanish_home.live
    assert needs_check(spanish_home)
    assert Locale.objects.filter(language_code="es").count() == 1
    response = client.get("/es/")
    assert response.status_code == 200
    assert "Alivio de la depresión" in response.content.decode()


def test_a_page_of_the_spanish_copy_takes_its_words_and_keeps_its_relations(home, site):
    from pages.models import StandardPage
    from tests.factories import publish_child

    publish_child(home, StandardPage(title="About us", slug="about", summary="Who we are."))
    locale = spanish.ensure_locale("es")
    spanish.ensure_translation(home, locale, spanish.HOME)

    page = spanish.translate_at(
        site, "/about/", locale, {"slug": "quienes-somos", "title": "Quiénes somos"}
    )

    assert (page.slug, page.title, page.summary) == (
        "quienes-somos",
        "Quiénes somos",
        "Who we are.",
    )
    assert page.url == "/es/quienes-somos/"
