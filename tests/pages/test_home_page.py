"""The home page (HomePage): where it lives, each section editable and gone when it has nothing
to show, its hero image fetched first, and what search engines read: the clinic, the site's
search and its questions, with no breadcrumbs."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from blog.models import BlogIndexPage
from consultations.models import ConsultationPage
from locations.models import LocationIndexPage
from pages.models import (
    ArticleIndexPage,
    ClinicSettings,
    ConditionIndexPage,
    HomePage,
    HomePageTestimonial,
    StandardPage,
    TeamPage,
)
from pages.models import home as home_module
from referrals.models import ReferralPage
from tests import page_html
from tests.factories import (
    ConditionPageFactory,
    ImageFactory,
    LocationIndexPageFactory,
    LocationPageFactory,
    StandardPageFactory,
    TestimonialFactory,
    faq_block,
    small_image,
)
from tests.html import visible_text
from tests.page_html import nodes_of

STEPS = [
    {
        "type": "steps",
        "value": {
            "title": "How treatment works",
            "steps": [
                {"title": "Free consultation", "text": "<p>Call us.</p>"},
                {"title": "Infusion", "text": "<p>40 to 60 minutes.</p>"},
            ],
        },
    }
]
WHY = [
    {
        "type": "statistic",
        "value": {
            "figure": "4–8 weeks",
            "label": "for antidepressants to work",
            "source_title": "NIMH",
            "source_url": "https://www.nimh.nih.gov/health/topics/depression",
        },
    }
]
FAQ = [
    {
        "type": "faq",
        "value": {
            "title": "Common questions",
            "items": [{"question": "Will I be awake?", "answer": "<p>Yes.</p>"}],
        },
    }
]


def feature(home: HomePage, *testimonials) -> None:
    for order, testimonial in enumerate(testimonials):
        HomePageTestimonial.objects.create(page=home, testimonial=testimonial, sort_order=order)


def publish(home: HomePage, **fields) -> None:
    home = HomePage.objects.get(pk=home.pk)
    for name, value in fields.items():
        setattr(home, name, value)
    home.save_revision().publish()


def test_bare_home_page_shows_only_the_hero(client, home):
    html = client.get("/").content.decode()

    assert "Relief from depression" in html
    assert "home-section" not in html


def test_hero_button_books_by_phone_until_a_booking_page_is_chosen(
    client, site, django_capture_on_commit_callbacks
):
    html = client.get("/").content.decode()
    assert "Book a free consultation: call (312) 555-1234" in visible_text(html)

    settings = ClinicSettings.for_site(site)
    with django_capture_on_commit_callbacks(execute=True):
        settings.booking_page = StandardPageFactory(
            parent=site.root_page, slug="book-a-consultation"
        )
        settings.save()

    html = client.get("/").content.decode()
    assert 'href="/book-a-consultation/">Book a free consultation</a>' in html


def test_every_filled_section_shows_in_order(client, home, conditions_index):
    ConditionPageFactory(parent=conditions_index, title="Depression", slug="depression")
    feature(home, TestimonialFactory(quote="I felt like myself again."))
    publish(home, how_it_works=STEPS, why_ketamine=WHY, faq=FAQ, hero_image=ImageFactory())

    html = client.get("/").content.decode()

    order = [
        'class="hero"',
        "Conditions we treat",
        "How treatment works",
        "Why ketamine",
        "In our patients",
        "Common questions",
    ]
    positions = [html.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert 'href="/conditions/depression/"' in html
    assert "<ol" in html and "<details" in html
    assert "Individual results vary." in html
    assert 'href="https://www.nimh.nih.gov/health/topics/depression"' in html
    assert html.count("<picture>") == 1


def test_an_empty_heading_hides_its_section(client, home, conditions_index):
    ConditionPageFactory(parent=conditions_index, title="Depression")
    feature(home, TestimonialFactory(quote="I felt like myself again."))
    publish(home, conditions_heading="", testimonials_heading="", why_ketamine=WHY)
    publish(home, why_ketamine_heading="")

    html = client.get("/").content.decode()

    assert "Depression" not in html
    assert "I felt like myself again." not in html
    assert "home-section" not in html


def test_only_published_testimonials_with_consent_are_shown(client, home):
    feature(
        home,
        TestimonialFactory(quote="Shown on the home page."),
        TestimonialFactory(quote="A draft.", live=False),
        TestimonialFactory(quote="Consent missing.", consent_recorded=None),
    )

    html = client.get("/").content.decode()

    assert "Shown on the home page." in html
    assert "A draft." not in html and "Consent missing." not in html


def test_locations_and_blog_sections_are_hidden_while_their_apps_have_no_pages(
    client, home, monkeypatch
):
    monkeypatch.setattr(home_module, "optional_page_model", lambda app, model: None)
    StandardPageFactory(parent=home, title="Wicker Park")

    page = HomePage.objects.get(pk=home.pk)

    assert page.get_locations() == [] and page.get_latest_posts() == []
    assert "Our clinics" not in client.get("/").content.decode()


def test_locations_section_lists_the_live_clinics(client, home):
    index = LocationIndexPageFactory(parent=home)
    for name in ["Wicker Park", "Orland Park"]:
        LocationPageFactory(parent=index, title=f"Ketamine clinic in {name}", name=name)
    LocationPageFactory(parent=index, name="Closed clinic", live=False)

    html = client.get("/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]

    assert "Our clinics" in main
    assert ">Wicker Park</a>" in main
    assert main.index("Wicker Park") < main.index("Orland Park")
    assert "Closed clinic" not in main


def test_latest_posts_show_newest_first_once_the_blog_defines_its_pages(client, home, monkeypatch):
    # Standard pages stand in for the blog's posts until the blog app exists.
    monkeypatch.setattr(home_module, "optional_page_model", lambda app, model: StandardPage)
    for title in ["Oldest", "Older", "Newer", "Newest"]:
        StandardPageFactory(parent=home, title=title)

    html = client.get("/").content.decode()
    posts = html[html.index("From our blog") :]
    posts = posts[: posts.index("</section>")]

    assert posts.index("Newest") < posts.index("Newer") < posts.index("Older")
    assert "Oldest" not in posts


@pytest.fixture
def home_with_hero_image(home):
    home.hero_image = small_image()
    home.save_revision().publish()
    return home


def test_home_hero_image_is_fetched_first(client, home_with_hero_image):
    document = page_html.soup(client.get("/"))

    (hero,) = document.select("main img.hero__image")
    assert hero.get("loading", "eager") == "eager"
    assert hero["fetchpriority"] == "high"
    assert int(hero["width"]) > 0 and int(hero["height"]) > 0
    offered = {source["type"] for source in hero.find_parent("picture").find_all("source")}
    assert {"image/avif", "image/webp"} <= offered


# --- What search engines read: the clinic, the site's search, its questions ---------------


def test_home_page_questions_join_the_clinic_and_site_nodes(client, home):
    home.faq = [faq_block(("Is the first visit free?", "<p>Yes.</p>"))]
    home.save_revision().publish()

    nodes = nodes_of(client, "/")

    assert {"MedicalOrganization", "WebSite", "FAQPage"} <= set(nodes)
    assert [q["name"] for q in nodes["FAQPage"]["mainEntity"]] == ["Is the first visit free?"]


def test_home_page_graph_has_organization_and_website_with_search_action(client, site):
    clinic = ClinicSettings.for_site(site)
    clinic.email = "hello@clinic.example"
    clinic.instagram_url = "https://www.instagram.com/balance.example/"
    clinic.save()

    nodes = page_html.json_ld_nodes(page_html.soup(client.get("/")))

    assert set(nodes) == {"MedicalOrganization", "WebSite"}
    organization = nodes["MedicalOrganization"]
    assert organization["name"] == "Balance Ketamine"
    assert organization["url"] == "http://localhost/"
    assert organization["telephone"] == "(312) 555-1234"
    assert organization["email"] == "hello@clinic.example"
    assert organization["sameAs"] == ["https://www.instagram.com/balance.example/"]
    assert organization["logo"] == "http://localhost/static/img/icon-512.png"
    website = nodes["WebSite"]
    assert website["publisher"] == {"@id": organization["@id"]}
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "http://localhost/search/?q={search_term_string}"
    assert action["query-input"] == "required name=search_term_string"


def test_home_page_has_no_breadcrumbs(client, home):
    assert page_html.breadcrumbs(client.get("/")) is None


class TestHomePageInTheAdmin(WagtailPageTestCase):
    """Where the home page lives, and an editor creating it on an empty site."""

    def test_home_page_sits_at_the_root_and_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ArticleIndexPage,
                ConditionIndexPage,
                ConsultationPage,
                ReferralPage,
                LocationIndexPage,
                BlogIndexPage,
                StandardPage,
                TeamPage,
            },
        )

    def test_editor_can_create_the_home_page_on_an_empty_site(self):
        self.login()

        self.assertCanCreate(
            Page.get_first_root_node(),
            HomePage,
            nested_form_data(
                {
                    "title": "Home",
                    "slug": "clinic-home",
                    "hero_title": "Relief from depression",
                    "hero_button_text": "Book a free consultation",
                    "how_it_works": streamfield([]),
                    "why_ketamine": streamfield([]),
                    "faq": streamfield([]),
                    "featured_testimonials": inline_formset([]),
                }
            ),
        )
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))


def test_the_button_help_does_not_send_editors_to_settings_they_cannot_open():
    help_text = HomePage._meta.get_field("hero_button_text").help_text

    assert "which an administrator chooses under Settings → Clinic settings" in help_text
