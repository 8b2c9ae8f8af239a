"""manage.py load_demo_content: it builds the demo site a fresh `make run` serves, at the
site's root, safe to run twice; and that site, read as visitors, search engines and editors
meet it."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from blog.models import Author, BlogPage
from consultations.models import ConsultationFormField, ConsultationPage
from demo.loader import served_address
from demo.sources import SOURCES
from locations.models import LocationPage
from pages.models import (
    ArticlePage,
    ArticleReference,
    BasePage,
    ClinicSettings,
    ConditionPage,
    HomePage,
    Provider,
    StandardPage,
    snippets,
)
from pages.review.permissions import requires_medical_review
from referrals.models import ReferralPage
from selfcheck.models import SelfCheckPage
from tests import page_html
from tests.consultations.consultation import URL as FORM_URL
from tests.html import visible_text
from tests.referrals.referral import URL as REFERRAL_URL
from visits.models import PageViewCount


def _snapshot():
    return sorted(Page.objects.values_list("url_path", "latest_revision_id"))


def test_demo_site_is_built_on_make_runs_address_and_a_second_run_keeps_every_edit(db, monkeypatch):
    """Built at the address `make run` serves; run again (as every `make run` does), it adds
    nothing, changes nothing and leaves every change an editor made alone, in each of its
    parts. One build for all of it: each costs seconds."""
    monkeypatch.setenv("HOST", "clinic.test")
    monkeypatch.setenv("PORT", "8123")
    call_command("load_demo_content", verbosity=0)

    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://clinic.test:8123"

    edit(HomePage.objects.get(), hero_title="Edited by staff")
    edit(ArticlePage.objects.get(slug="what-is-ketamine"), title="Ketamine, explained")
    edit(LocationPage.objects.get(slug="naperville"), phone="(630) 555-0199")
    edit(BlogPage.objects.live().first(), title="Edited by marketing")
    edit(ReferralPage.objects.get(), title="Referring clinicians")
    form = ConsultationPage.objects.get()
    form.form_fields.filter(field_type="checkboxes").delete()
    edit(form, title="Ask for a call")
    before = (_snapshot(), _counts())

    call_command("load_demo_content", verbosity=0)

    assert (_snapshot(), _counts()) == before
    assert Site.objects.get().root_url == "http://clinic.test:8123"
    assert HomePage.objects.get().hero_title == "Edited by staff"
    assert ArticlePage.objects.get(slug="what-is-ketamine").title == "Ketamine, explained"
    assert LocationPage.objects.get(slug="naperville").phone == "(630) 555-0199"
    assert BlogPage.objects.filter(title="Edited by marketing").exists()
    assert Author.objects.filter(name="Editorial team").count() == 1
    assert ReferralPage.objects.get().title == "Referring clinicians"
    form = ConsultationPage.objects.get()
    assert form.title == "Ask for a call"
    assert form.form_fields.count() == 10

    call_command("load_demo_content", "--if-empty", verbosity=0)

    assert (_snapshot(), _counts()) == before


def edit(page, **fields) -> None:
    """Change a page as an editor would: a new revision, published."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def _counts() -> dict[str, int]:
    models = [
        Site,
        Page,
        Revision,
        Provider,
        snippets.Testimonial,
        ArticleReference,
        Author,
        get_image_model(),
        ConsultationFormField,
        PageViewCount,
    ]
    return {model.__name__: model.objects.count() for model in models}


# --- The demo site, built once for the class that reads it --------------------------------

FACTS = {
    "/for-clinicians/": ["Refer a patient", "NPI", "treatment-resistant depression"],
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
    "/learn/depression-self-check/": [
        "PHQ-9",
        "Little interest or pleasure in doing things",
        "Pfizer",
    ],
    "/learn/anxiety-self-check/": ["GAD-7", "Feeling nervous, anxious, or on edge", "Pfizer"],
}
SELF_CHECK_URLS = ["/learn/depression-self-check/", "/learn/anxiety-self-check/"]
# The self-checks cite their instrument's authors rather than numbered sources.
ARTICLE_URLS = [
    url
    for url in FACTS
    if url.startswith("/learn/") and url != "/learn/" and url not in SELF_CHECK_URLS
]
CONDITION_URLS = [url for url in FACTS if url.startswith("/conditions/") and url != "/conditions/"]


@pytest.fixture(scope="class")
def served(demo_site_for_class, django_db_blocker):
    """Each required page as a visitor receives it, fetched once for the class."""
    client = Client()
    pages = {}
    with django_db_blocker.unblock():
        for url in [*FACTS, "/team/"]:
            response = client.get(url)
            assert response.status_code == 200, url
            pages[url] = response.content.decode()
    return pages


@pytest.fixture(scope="class")
def parsed_pages(demo_site_for_class, django_db_blocker):
    """Every live public page of the demo site, and site search, parsed once for the class."""
    client = Client()
    documents = {}
    with django_db_blocker.unblock():
        site = demo_site_for_class
        pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True)
        for url in [*(page.url for page in pages.specific()), "/search/", "/search/?q=ketamine"]:
            documents[url] = page_html.soup(client.get(url))
    return documents


@pytest.fixture
def every_page(parsed_pages, db):
    # `db` for the same reason as `get` below.
    return parsed_pages


@pytest.fixture
def get(served, db):
    # Asking for `db` keeps these tests with the class's other database tests: pytest-django
    # runs tests without it last, after transactional tests have emptied the database.
    return served.__getitem__


SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


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


class TestTheDemoSite:
    """The demo site as visitors, search engines and editors meet it, built once for the class:
    every required address with the facts it must carry, what site search finds and the sitemap
    lists, and its medically reviewed pages. Expected pages come from the database, so these
    follow the demo content as editors change it."""

    @pytest.mark.parametrize("url", FACTS)
    def test_required_url_answers_with_its_facts(self, get, url):
        text = visible_text(get(url))

        missing = [fact for fact in FACTS[url] if fact not in text]
        assert not missing, f"{url} lacks {missing}"

    @pytest.mark.parametrize("url", FACTS)
    def test_every_page_shows_the_crisis_notice_and_one_main_heading(self, get, url):
        html = get(url)

        assert "call or text 988" in html
        assert 'href="tel:988"' in html and "911" in html
        assert html.count("<h1") == 1

    @pytest.mark.parametrize("url", FACTS)
    def test_no_page_has_inline_script_or_style(self, get, url):
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
    def test_no_demo_page_claims_a_medical_review_nobody_made(self, get, url):
        # Only an approval in Medical review names a reviewer; the demo records none.
        html = get(url)

        assert "Medically reviewed by" not in visible_text(html)
        assert "reviewedBy" not in html

    @pytest.mark.parametrize("url", ARTICLE_URLS + CONDITION_URLS)
    def test_every_citation_lands_on_a_listed_source(self, get, url):
        html = get(url)
        cited = {int(n) for n in re.findall(r'href="#ref-(\d+)"', html)}
        listed = {int(n) for n in re.findall(r'id="ref-(\d+)"', html)}

        assert cited, f"{url} cites no sources"
        assert cited <= listed

    def test_every_page_has_a_description_and_an_image_for_link_previews(self, every_page):
        for url, document in every_page.items():
            description = page_html.meta(document, "description")
            image = page_html.meta(document, "og:image")

            assert description and len(description) > 20, f"{url} has no meta description"
            assert page_html.meta(document, "og:description") == description, url
            assert image and image.startswith(self.served_root + "/media/images/"), url

    def test_every_page_links_its_canonical_address_on_the_served_host(self, every_page):
        for url, document in every_page.items():
            if url.startswith("/search/"):
                assert page_html.meta(document, "robots") == "noindex", url
                assert page_html.canonical(document) is None, url
                continue
            path = url.split("?")[0]
            assert page_html.canonical(document) == self.served_root + path, url
            assert page_html.meta(document, "og:url") == self.served_root + path, url

    def test_no_figure_has_its_caption_between_other_children(self, every_page):
        for url, document in every_page.items():
            for figure in document.find_all("figure"):
                children = figure.find_all(recursive=False)
                captions = [i for i, child in enumerate(children) if child.name == "figcaption"]

                assert len(captions) <= 1, url
                assert captions in ([], [0], [len(children) - 1]), f"{url}: {figure}"

    # Where `make run` serves the site (its HOST and PORT, 127.0.0.1:8000 by default).
    served_root = "http://{}:{}".format(*served_address())

    def test_faq_article_answers_in_disclosures(self, get):
        html = get("/learn/faq/")

        assert html.count("<details") >= 10

    def test_suicidal_thoughts_page_gives_crisis_help_before_anything_else(self, get):
        main = get("/conditions/suicidal-thoughts/").split("<main", 1)[1]

        assert main.index('class="crisis-help"') < main.index("Signs and symptoms")
        assert main.index('class="crisis-help"') < main.index('class="article__summary"')

    def test_footer_links_the_legal_pages(self, get):
        footer = get("/").split("<footer", 1)[1]

        for path in ["/privacy-policy/", "/medical-disclaimer/", "/accessibility/"]:
            assert f'href="{path}"' in footer

    def test_main_menu_offers_the_sections(self, get):
        nav = get("/").split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0]

        for path in ["/learn/", "/conditions/", "/team/", "/about/"]:
            assert f'href="{path}"' in nav

    def test_demo_has_placeholder_providers_and_clearly_marked_demo_testimonials(
        self, shared_demo_site
    ):
        assert Provider.objects.count() >= 2
        assert all("placeholder" in provider.role.lower() for provider in Provider.objects.all())
        shown = snippets.Testimonial.objects.on_display()
        assert shown.count() >= 4
        assert all("demo" in testimonial.attribution for testimonial in shown)

    def test_the_home_page_is_the_sites_root_in_place_of_wagtails_welcome_page(
        self, shared_demo_site
    ):
        home = HomePage.objects.get()
        assert shared_demo_site.root_page_id == home.pk
        assert home.live
        assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()
        assert ClinicSettings.for_site(shared_demo_site).clinic_name == "Balance Ketamine"

    def test_every_booking_button_leads_to_the_consultation_form(self, shared_demo_site):
        page = ConsultationPage.objects.get()

        assert page.url == FORM_URL and page.live
        assert ClinicSettings.for_site(shared_demo_site).booking_page_id == page.pk
        assert [field.field_type for field in page.form_fields.all()] == [
            "singleline",
            "singleline",
            "tel",
            "email",
            "location",
            "radio",
            "checkboxes",
            "dropdown",
            "crisis",
            "multiline",
            "consent",
        ]

    def test_the_page_for_clinicians_leaves_what_the_clinic_gave_no_fact_for_to_staff(
        self, shared_demo_site
    ):
        page = ReferralPage.objects.get()

        assert page.url == REFERRAL_URL and page.live
        # The clinic's pages give no fax number or clinical exclusions: staff fill these in.
        assert page.referral_fax == "(312) 555-0100"
        assert "[Placeholder for staff" in page.good_candidates

    def test_learn_and_conditions_go_live_only_through_medical_review(self, shared_demo_site):
        article = ArticlePage.objects.first()
        condition = ConditionPage.objects.first()

        assert article.get_workflow().name == "Medical review"
        assert condition.get_workflow().name == "Medical review"
        assert requires_medical_review(article) and requires_medical_review(condition)

    def test_demo_pages_pass_the_validation_an_editor_would_meet(self, shared_demo_site):
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

    def test_demo_images_have_alt_text(self, shared_demo_site):
        from wagtail.images import get_image_model

        images = get_image_model().objects.filter(title__startswith="Demo:")
        assert images.count() >= 5
        assert all(len(image.description) > 20 for image in images)

    def test_each_demo_source_is_listed_once_under_one_address(self):
        # One study under two addresses reads to a visitor as two sources agreeing.
        titles = [(source["title"], source["year"]) for source in SOURCES.values()]
        urls = [source["url"] for source in SOURCES.values()]

        assert len(set(titles)) == len(titles)
        assert len(set(urls)) == len(urls)
        assert all(url.startswith("https://") for url in urls)

    def test_search_for_ketamine_finds_every_learn_article(self, client, shared_demo_site):
        articles = {page.url for page in ArticlePage.objects.live().public()}
        assert len(articles) >= 8

        found = result_paths(client, "/search/?q=ketamine")

        assert articles <= set(found), articles - set(found)
        assert len(found) == len(set(found)), "a page listed twice"

    def test_search_for_infusion_cost_puts_the_cost_article_in_the_first_three(
        self, client, shared_demo_site
    ):
        cost = ArticlePage.objects.live().get(slug="cost-and-insurance").url

        found = result_paths(client, "/search/?q=infusion+cost")

        assert cost in found[:3], found

    def test_search_finds_an_article_by_a_word_only_in_its_body(self, client, shared_demo_site):
        article = ArticlePage.objects.live().get(slug="what-is-ketamine")
        assert "spravato" not in (article.title + article.summary).lower()

        found = result_paths(client, "/search/?q=spravato")

        assert article.url in found

    def test_search_finds_a_condition_by_a_word_in_its_symptoms(self, client, shared_demo_site):
        depression = ConditionPage.objects.live().get(slug="depression")
        assert "hopeless" in depression.symptoms
        assert "hopeless" not in (depression.title + depression.summary).lower()

        found = result_paths(client, "/search/?q=hopeless")

        assert depression.url in found

    def test_sitemap_lists_every_listable_demo_page_and_leaves_out_a_hidden_one(
        self, client, shared_demo_site
    ):
        about = StandardPage.objects.live().get(slug="about")
        StandardPage.objects.filter(pk=about.pk).update(hide_from_search_engines=True)

        locations = sitemap_locations(client)

        expected = listable_urls(shared_demo_site)
        assert about.get_full_url() not in expected
        assert set(locations) == expected
        assert len(locations) == len(expected), "a page listed twice"
        paths = {location.removeprefix(self.served_root) for location in locations}
        for kind in (
            "/learn/what-is-ketamine/",
            "/conditions/depression/",
            "/locations/",
            "/blog/",
        ):
            assert kind in paths

    @pytest.mark.parametrize("model", [ArticlePage, ConditionPage])
    def test_every_clinical_demo_page_is_a_medical_web_page_without_a_reviewer(
        self, client, shared_demo_site, model
    ):
        for page in model.objects.live():
            nodes = page_html.json_ld_nodes(page_html.soup(client.get(page.url)))

            node = nodes["MedicalWebPage"]
            assert node["url"] == page.get_full_url()
            assert "reviewedBy" not in node
            assert "lastReviewed" not in node
            assert node["about"]

    @pytest.mark.parametrize(
        "url", ["/", "/conditions/depression/", "/conditions/anxiety/", "/book-a-consultation/"]
    )
    def test_self_checks_are_offered_where_visitors_wonder_how_they_are(
        self, client, shared_demo_site, url
    ):
        html = client.get(url).content.decode()

        assert 'href="/learn/depression-self-check/">depression self-check</a>' in html
        assert 'href="/learn/anxiety-self-check/">anxiety self-check</a>' in html

    def test_demo_self_checks_go_live_only_through_medical_review(self, shared_demo_site):
        pages = SelfCheckPage.objects.live()

        assert sorted(page.instrument for page in pages) == ["gad7", "phq9"]
        assert all(requires_medical_review(page) for page in pages)

    def test_demo_faq_article_lists_each_visible_question_once(self, client, shared_demo_site):
        document = page_html.soup(client.get("/learn/faq/"))

        node = page_html.json_ld_nodes(document)["FAQPage"]
        shown = [item.get_text(" ", strip=True) for item in document.select(".faq__question")]
        assert len(shown) > 3
        assert [question["name"] for question in node["mainEntity"]] == shown
        assert all(question["acceptedAnswer"]["text"] for question in node["mainEntity"])
