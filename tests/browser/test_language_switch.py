"""The language switcher, as a visitor uses it: a plain link in the header, naming the other
language in itself, that leads to the same page in that language and back."""

import pytest

from .conftest import DESKTOP, PHONE
from .pages import PAGE_TYPES

# Each English page type the demo translates, with its Spanish address.
TRANSLATED = [
    (english, spanish)
    for english in PAGE_TYPES
    for spanish in PAGE_TYPES
    if spanish.name == f"spanish-{english.name}"
]

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_switcher_goes_to_spanish_and_back_to_the_same_page(open_page, width):
    page = open_page(width)
    page.goto("/")

    page.get_by_role("link", name="Español").click()
    page.wait_for_url("**/es/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.get_by_role("link", name="Ir al contenido principal").count() == 1

    page.get_by_role("link", name="English").click()
    page.wait_for_url(lambda url: "/es/" not in url)
    assert page.locator("html").get_attribute("lang") == "en-US"


def test_a_page_without_a_translation_leads_to_the_spanish_home_and_says_why(open_page):
    page = open_page(DESKTOP)
    # The page for clinicians has no Spanish translation in the demo.
    page.goto("/for-clinicians/")

    page.get_by_role("link", name="Español").click()

    page.wait_for_url("**/es/#no-translation")
    note = page.locator("#no-translation")
    assert note.is_visible()
    assert "todavía no está en español" in note.inner_text()


@pytest.mark.parametrize(
    ("english", "spanish"), TRANSLATED, ids=[english.name for english, _ in TRANSLATED]
)
def test_the_switcher_round_trips_on_every_page_type(open_page, english, spanish):
    page = open_page(DESKTOP)
    page.goto(english.path)

    page.get_by_role("link", name="Español").click()
    page.wait_for_url(f"**{spanish.path}")
    page.get_by_role("link", name="English").click()

    page.wait_for_url(f"**{english.path}")
    assert page.locator("html").get_attribute("lang") == "en-US"
