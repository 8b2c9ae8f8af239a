"""Acceptance against the demo site: what site search finds, what the sitemap lists, and the
structured data of its medically reviewed pages. Expected pages come from the database, so
these follow the demo content as editors change it."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page

from pages.models import ArticlePage, BasePage, ConditionPage, StandardPage
from tests import page_html

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def demo(demo_site_for_module, db):
    return demo_site_for_module


def result_paths(client, url: str) -> list[str]:
    """The address of every result, in order, across all pages of results."""
    paths = []
    while url:
        document = page_html.soup(client.get(url))
        paths += [link["href"] for link in document.select(".search-results__title a")]
        next_link = document.select_one('nav[aria-label="Search result pages"] a[rel="next"]')
        url = "/search/" + next_link["href"] if next_link else ""
    return paths


def sitemap_locations(client) -> list[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [
        url.findtext("sm:loc", namespaces=SITEMAP_NS) for url in root.findall("sm:url", SITEMAP_NS)
    ]


def listable_urls(site) -> set[str]:
    """Every live, public page of the site that editors have not hidden from search engines."""
    pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True).specific()
    return {
        page.get_full_url()
        for page in pages
        if not (isinstance(page, BasePage) and page.hide_from_search_engines)
    }


def test_search_for_ketamine_finds_every_learn_article(client, demo):
    articles = {page.url for page in ArticlePage.objects.live().public()}
    assert len(articles) >= 8

    found = result_paths(client, "/search/?q=ketamine")

    assert articles <= set(found), articles - set(found)
    assert len(found) == len(set(found)), "a page listed twice"


def test_search_for_infusion_cost_puts_the_cost_article_in_the_first_three(client, demo):
    cost = ArticlePage.objects.live().get(slug="cost-and-insurance").url

    found = result_paths(client, "/search/?q=infusion+cost")

    assert cost in found[:3], found


def test_search_finds_an_article_by_a_word_only_in_its_body(client, demo):
    article = ArticlePage.objects.live().get(slug="what-is-ketamine")
    assert "spravato" not in (article.title + article.summary).lower()

    found = result_paths(client, "/search/?q=spravato")

    assert article.url in found


def test_search_finds_a_condition_by_a_word_in_its_symptoms(client, demo):
    depression = ConditionPage.objects.live().get(slug="depression")
    assert "hopeless" in depression.symptoms
    assert "hopeless" not in (depression.title + depression.summary).lower()

    found = result_paths(client, "/search/?q=hopeless")

    assert depression.url in found


def test_sitemap_lists_every_listable_demo_page_and_leaves_out_a_hidden_one(client, demo):
    about = StandardPage.objects.live().get(slug="about")
    StandardPage.objects.filter(pk=about.pk).update(hide_from_search_engines=True)

    locations = sitemap_locations(client)

    expected = listable_urls(demo)
    assert about.get_full_url() not in expected
    assert set(locations) == expected
    assert len(locations) == len(expected), "a page listed twice"
    paths = {location.removeprefix("http://localhost") for location in locations}
    for kind in ("/learn/what-is-ketamine/", "/conditions/depression/", "/locations/", "/blog/"):
        assert kind in paths


@pytest.mark.parametrize("model", [ArticlePage, ConditionPage])
def test_every_reviewed_demo_page_is_a_medical_web_page_with_its_review(client, demo, model):
    for page in model.objects.live().select_related("medical_reviewer"):
        nodes = page_html.json_ld_nodes(page_html.soup(client.get(page.url)))

        node = nodes["MedicalWebPage"]
        assert node["url"] == page.get_full_url()
        assert node["reviewedBy"]["name"] == page.medical_reviewer.name
        assert node["reviewedBy"]["url"].startswith("http://localhost/team/#")
        assert node["lastReviewed"] == page.last_reviewed.isoformat()
        assert node["about"]


def test_demo_faq_article_lists_each_visible_question_once(client, demo):
    document = page_html.soup(client.get("/learn/faq/"))

    node = page_html.json_ld_nodes(document)["FAQPage"]
    shown = [item.get_text(" ", strip=True) for item in document.select(".faq__question")]
    assert len(shown) > 3
    assert [question["name"] for question in node["mainEntity"]] == shown
    assert all(question["acceptedAnswer"]["text"] for question in node["mainEntity"])
