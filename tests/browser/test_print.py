"""A printed article: the text and its sources with their addresses, without the site's chrome."""

import pytest

from .conftest import DESKTOP

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ARTICLE = "/learn/what-is-ketamine/"


def test_printed_article_leaves_out_navigation_and_prints_source_addresses(open_page):
    page = open_page(DESKTOP)
    page.goto(ARTICLE)

    page.emulate_media(media="print")

    for chrome in [".site-header", ".crisis-banner", ".breadcrumbs", ".site-footer__nav"]:
        assert not page.locator(chrome).first.is_visible(), f"{chrome} is printed"
    assert page.locator("h1").is_visible()
    # The crisis line is printed once, from the footer.
    assert page.locator(".site-footer__crisis").is_visible()
    links = page.locator(".references a[href]")
    assert links.count() > 0
    first_after = links.first.evaluate("a => getComputedStyle(a, '::after').content")
    assert links.first.get_attribute("href") in first_after


def test_printed_article_opens_its_answers(open_page):
    page = open_page(DESKTOP)
    page.goto("/learn/cost-and-insurance/")
    answer = page.locator(".faq__answer").first

    assert not answer.is_visible()
    page.emulate_media(media="print")

    assert answer.is_visible()
