"""The demo site a fresh `make run` serves: every required URL, with the facts it must carry."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from demo.sources import SOURCES
from pages.models import ArticlePage, ConditionPage, HomePage, Provider, StandardPage, snippets
from tests.html import visible_text

FACTS = {
    "/": ["Relief from depression", "How treatment works", "4–8 weeks", "Individual results vary."],
    "/learn/": ["What is ketamine?", "Ketamine safety and side effects"],
    "/learn/what-is-ketamine/": [
        "1960s",
        "dissociative anesthetic",
        "NMDA receptor",
        "glutamate",
        "synaptic plasticity",
        "BDNF",
        "IV",
        "Esketamine nasal spray",
        "Spravato",
        "Injection into a muscle",
        "Schedule III",
    ],
    "/learn/treatment-resistant-depression/": [
        "at least two different antidepressants",
        "6 to 8 weeks",
        "1 in 10 and 1 in 3",
        "30%",
        "ECT",
        "rTMS",
        "VNS",
        "7 in 10",
    ],
    "/learn/ketamine-infusion-process/": [
        "Medical and psychiatric evaluation",
        "40 to 60 minutes",
        "blood pressure, heart rate and oxygen",
        "Recovery and aftercare",
        "maintenance infusions",
        "Eat a light meal",
        "Do not drive",
    ],
    "/learn/types-of-ketamine-therapy/": [
        "IV infusion",
        "Esketamine nasal spray",
        "Injection into a muscle",
        "By mouth or under the tongue",
        "creams or gels",
    ],
    "/learn/safety-and-side-effects/": [
        "1 in 10",
        "15 minutes",
        "heart disease",
        "schizophrenia",
        "addiction",
        "long-term",
    ],
    "/learn/cost-and-insurance/": [
        "$400 and $700",
        "$275",
        "Ketamine infusion (45 minutes)",
        "Waived",
        "out-of-network",
    ],
    "/learn/faq/": ["Sources"],
    "/learn/is-ketamine-therapy-right-for-me/": ["Medically reviewed by"],
    "/conditions/": ["Depression", "Anxiety", "PTSD", "Suicidal thoughts", "Chronic pain"],
    "/conditions/depression/": ["Signs and symptoms", "How ketamine may help", "71%"],
    "/conditions/anxiety/": ["Signs and symptoms", "What the evidence says"],
    "/conditions/ptsd/": ["Signs and symptoms", "What the evidence says"],
    "/conditions/suicidal-thoughts/": ["Need help now?", "988", "911"],
    "/conditions/chronic-pain/": ["Signs and symptoms", "What the evidence says"],
    "/team/": ["Dr. Alex Placeholder, MD", "placeholder"],
    "/about/": ["Wicker Park", "Orland Park", "Naperville", "Palos Hills", "$275"],
    "/privacy-policy/": ["Privacy policy"],
    "/medical-disclaimer/": ["Medical disclaimer"],
    "/accessibility/": ["Accessibility"],
}
ARTICLE_URLS = [url for url in FACTS if url.startswith("/learn/") and url != "/learn/"]
CONDITION_URLS = [url for url in FACTS if url.startswith("/conditions/") and url != "/conditions/"]


@pytest.fixture
def demo(demo_site_for_module, db):
    return demo_site_for_module


@pytest.fixture(scope="module")
def served(demo_site_for_module, django_db_blocker):
    """Each required page as a visitor receives it, fetched once for the whole module."""
    client = Client()
    pages = {}
    with django_db_blocker.unblock():
        for url in [*FACTS, "/team/"]:
            response = client.get(url)
            assert response.status_code == 200, url
            pages[url] = response.content.decode()
    return pages


@pytest.fixture
def get(served, db):
    # Asking for `db` keeps these tests with the module's other database tests: pytest-django
    # runs tests without it last, after transactional tests have emptied the database.
    return served.__getitem__


@pytest.mark.parametrize("url", FACTS)
def test_required_url_answers_with_its_facts(get, url):
    text = visible_text(get(url))

    missing = [fact for fact in FACTS[url] if fact not in text]
    assert not missing, f"{url} lacks {missing}"


@pytest.mark.parametrize("url", FACTS)
def test_every_page_shows_the_crisis_notice_and_one_main_heading(get, url):
    html = get(url)

    assert "call or text 988" in html
    assert 'href="tel:988"' in html and "911" in html
    assert html.count("<h1") == 1


@pytest.mark.parametrize("url", FACTS)
def test_no_page_has_inline_script_or_style(get, url):
    html = get(url)
    # Scripts load from files; JSON-LD is data, not code.
    inline = [
        tag
        for tag in re.findall(r"<script\b[^>]*>", html)
        if " src=" not in tag and 'type="application/ld+json"' not in tag
    ]

    assert not inline
    assert " style=" not in html


@pytest.mark.parametrize("url", ARTICLE_URLS + CONDITION_URLS)
def test_every_clinical_page_carries_the_reviewer_byline_linking_to_the_team_page(get, url):
    html = get(url)

    assert re.search(
        r"Medically reviewed by Dr\. Alex Placeholder, MD on [A-Z][a-z]+ \d{1,2}, \d{4}",
        visible_text(html),
    )
    assert 'href="/team/#dr-alex-placeholder"' in html
    assert 'id="dr-alex-placeholder"' in get("/team/")


@pytest.mark.parametrize("url", ARTICLE_URLS + CONDITION_URLS)
def test_every_citation_lands_on_a_listed_source(get, url):
    html = get(url)
    cited = {int(n) for n in re.findall(r'href="#ref-(\d+)"', html)}
    listed = {int(n) for n in re.findall(r'id="ref-(\d+)"', html)}

    assert cited, f"{url} cites no sources"
    assert cited <= listed


def test_faq_article_answers_in_disclosures(get):
    html = get("/learn/faq/")

    assert html.count("<details") >= 10


def test_suicidal_thoughts_page_gives_crisis_help_before_anything_else(get):
    main = get("/conditions/suicidal-thoughts/").split("<main", 1)[1]

    assert main.index('class="crisis-help"') < main.index("Signs and symptoms")
    assert main.index('class="crisis-help"') < main.index('class="article__summary"')


def test_footer_links_the_legal_pages(get):
    footer = get("/").split("<footer", 1)[1]

    for path in ["/privacy-policy/", "/medical-disclaimer/", "/accessibility/"]:
        assert f'href="{path}"' in footer


def test_main_menu_offers_the_sections(get):
    nav = get("/").split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0]

    for path in ["/learn/", "/conditions/", "/team/", "/about/"]:
        assert f'href="{path}"' in nav


def test_demo_has_placeholder_providers_and_clearly_marked_demo_testimonials(demo):
    assert Provider.objects.count() >= 2
    assert all("placeholder" in provider.role.lower() for provider in Provider.objects.all())
    shown = snippets.Testimonial.objects.on_display()
    assert shown.count() >= 4
    assert all("demo" in testimonial.attribution for testimonial in shown)


def test_demo_pages_pass_the_validation_an_editor_would_meet(demo):
    pages = [
        *ArticlePage.objects.all(),
        *ConditionPage.objects.all(),
        *StandardPage.objects.all(),
        *HomePage.objects.all(),
    ]
    for page in pages:
        page.full_clean()
        for field in page._meta.get_fields():
            stream_block = getattr(field, "stream_block", None)
            if stream_block is None:
                continue
            try:
                stream_block.clean(getattr(page, field.name))
            except ValidationError as error:
                pytest.fail(f"{page.url_path} {field.name}: {error}")


def test_demo_images_have_alt_text(demo):
    from wagtail.images import get_image_model

    images = get_image_model().objects.filter(title__startswith="Demo:")
    assert images.count() >= 5
    assert all(len(image.description) > 20 for image in images)


def test_each_demo_source_is_listed_once_under_one_address():
    # One study under two addresses reads to a visitor as two sources agreeing.
    titles = [(source["title"], source["year"]) for source in SOURCES.values()]
    urls = [source["url"] for source in SOURCES.values()]

    assert len(set(titles)) == len(titles)
    assert len(set(urls)) == len(urls)
    assert all(url.startswith("https://") for url in urls)
