"""What search engines and link previews read in each page's head (pages/seo/meta.py and the
BasePage methods it asks), shown here on plain pages; each page type's own JSON-LD is tested
with the type."""

import json

import pytest

from pages.models import ClinicSettings, HomePage
from tests import page_html
from tests.factories import ImageFactory, publish_child


@pytest.fixture
def section(home):
    """A page one level below home (the home page type stands in for any BasePage)."""
    return publish_child(
        home,
        HomePage(
            title="About ketamine",
            slug="about",
            summary="How ketamine infusions help with depression.",
        ),
    )


@pytest.fixture
def leaf(section):
    return publish_child(
        section,
        HomePage(
            title="What an infusion feels like",
            slug="what-it-feels-like",
            seo_title="What a ketamine infusion feels like",
            search_description="Warmth, floating and calm: what patients describe.",
            summary="A shorter summary for cards.",
        ),
    )


def test_title_uses_seo_title_with_clinic_name_suffix(client, leaf):
    document = page_html.soup(client.get(leaf.url))

    assert page_html.title(document) == "What a ketamine infusion feels like | Balance Ketamine"
    assert page_html.meta(document, "og:title") == "What a ketamine infusion feels like"


def test_title_falls_back_to_page_title_and_follows_clinic_name_setting(client, site, section):
    clinic = ClinicSettings.for_site(site)
    clinic.clinic_name = "Balance Clinics"
    clinic.save()

    document = page_html.soup(client.get(section.url))

    assert page_html.title(document) == "About ketamine | Balance Clinics"
    assert page_html.meta(document, "og:site_name") == "Balance Clinics"


def test_description_prefers_search_description_over_summary(client, leaf, section):
    leaf_document = page_html.soup(client.get(leaf.url))
    section_document = page_html.soup(client.get(section.url))

    expected = "Warmth, floating and calm: what patients describe."
    assert page_html.meta(leaf_document, "description") == expected
    assert page_html.meta(leaf_document, "og:description") == expected
    assert page_html.meta(leaf_document, "twitter:description") == expected
    assert page_html.meta(section_document, "description") == (
        "How ketamine infusions help with depression."
    )


def test_page_without_description_has_no_empty_description_tag(client, home):
    publish_child(home, HomePage(title="Bare", slug="bare"))

    document = page_html.soup(client.get("/bare/"))

    assert page_html.meta(document, "description") is None
    assert page_html.meta(document, "og:description") is None


def test_canonical_and_og_url_are_absolute_from_site_root_url(client, settings, site, leaf):
    settings.ALLOWED_HOSTS = ["clinic.example"]
    site.hostname = "clinic.example"
    site.port = 443
    site.save()

    document = page_html.soup(
        client.get(leaf.url, HTTP_HOST="clinic.example", SERVER_PORT=443, secure=True)
    )

    expected = "https://clinic.example/about/what-it-feels-like/"
    assert page_html.canonical(document) == expected
    assert page_html.meta(document, "og:url") == expected


def test_canonical_ignores_query_string(client, leaf):
    document = page_html.soup(client.get(leaf.url + "?utm_source=newsletter"))

    assert page_html.canonical(document) == "http://localhost/about/what-it-feels-like/"


def test_open_graph_and_twitter_tags_without_an_image(client, home):
    document = page_html.soup(client.get("/"))

    assert page_html.meta(document, "og:type") == "website"
    assert page_html.meta(document, "og:locale") == "en_US"
    assert page_html.meta(document, "og:image") is None
    assert page_html.meta(document, "twitter:card") == "summary"
    assert page_html.meta(document, "twitter:title") == "Ketamine infusion therapy in Chicago"
    assert document.html["lang"] == "en-US"


def test_listing_image_becomes_absolute_1200x630_preview_image(client, leaf):
    leaf.listing_image = ImageFactory(description="Sunlit recliner by a window")
    leaf.save_revision().publish()

    document = page_html.soup(client.get(leaf.url))

    image_url = page_html.meta(document, "og:image")
    assert image_url.startswith("http://localhost/media/images/")
    assert image_url.endswith(".jpg")
    assert page_html.meta(document, "og:image:width") == "1200"
    assert page_html.meta(document, "og:image:height") == "630"
    assert page_html.meta(document, "og:image:alt") == "Sunlit recliner by a window"
    assert page_html.meta(document, "twitter:card") == "summary_large_image"
    assert page_html.meta(document, "twitter:image") == image_url


def test_site_default_social_image_used_when_page_has_none(client, site, leaf):
    clinic = ClinicSettings.for_site(site)
    clinic.default_social_image = ImageFactory(description="The clinic's front door")
    clinic.save()

    document = page_html.soup(client.get(leaf.url))

    assert page_html.meta(document, "og:image").startswith("http://localhost/media/images/")
    assert page_html.meta(document, "og:image:alt") == "The clinic's front door"


def test_page_image_wins_over_site_default(client, site, leaf):
    clinic = ClinicSettings.for_site(site)
    clinic.default_social_image = ImageFactory(description="Default")
    clinic.save()
    leaf.listing_image = ImageFactory(description="Own image")
    leaf.save_revision().publish()

    document = page_html.soup(client.get(leaf.url))

    assert page_html.meta(document, "og:image:alt") == "Own image"


def test_hidden_page_says_noindex_and_gives_no_canonical(client, leaf):
    leaf.hide_from_search_engines = True
    leaf.save_revision().publish()

    document = page_html.soup(client.get(leaf.url))

    assert page_html.meta(document, "robots") == "noindex"
    assert page_html.canonical(document) is None


def test_visible_page_has_no_robots_tag(client, leaf):
    document = page_html.soup(client.get(leaf.url))

    assert page_html.meta(document, "robots") is None


def test_page_below_home_has_breadcrumb_list_with_absolute_urls(client, leaf):
    nodes = page_html.json_ld_nodes(page_html.soup(client.get(leaf.url)))

    assert set(nodes) == {"BreadcrumbList"}
    items = nodes["BreadcrumbList"]["itemListElement"]
    assert [(item["position"], item["name"], item["item"]) for item in items] == [
        (1, "Home", "http://localhost/"),
        (2, "About ketamine", "http://localhost/about/"),
        (3, "What an infusion feels like", "http://localhost/about/what-it-feels-like/"),
    ]


def test_editor_text_cannot_close_the_json_ld_script(client, home):
    publish_child(
        home,
        HomePage(title="Tricky </script><script>alert(1)</script> & <!-- title", slug="tricky"),
    )

    html = client.get("/tricky/").content.decode()

    assert "<script>alert(1)" not in html
    ld_start = html.index('<script type="application/ld+json">')
    ld_body = html[ld_start:].split(">", 1)[1].split("</script>", 1)[0]
    assert "<" not in ld_body and ">" not in ld_body and "&" not in ld_body
    names = [item["name"] for item in json.loads(ld_body)["@graph"][0]["itemListElement"]]
    assert names[-1] == "Tricky </script><script>alert(1)</script> & <!-- title"


def test_meta_tags_escape_editor_text(client, home):
    publish_child(
        home,
        HomePage(title='Quote " and <b>tag</b>', slug="quotes", summary='He said "hi" & <left>'),
    )

    document = page_html.soup(client.get("/quotes/"))

    assert page_html.meta(document, "og:title") == 'Quote " and <b>tag</b>'
    assert page_html.meta(document, "description") == 'He said "hi" & <left>'
    assert document.find("b") is None


def test_preview_shows_the_editors_unsaved_metadata(admin_client, leaf):
    preview_url = f"/admin/pages/{leaf.pk}/edit/preview/"
    form = {
        "title": "Retitled in the editor",
        "slug": leaf.slug,
        "hero_title": "Hero",
        "hero_button_text": "Book",
        "summary": "Words not yet published.",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        # The home page's sections, left empty.
        "how_it_works-count": "0",
        "why_ketamine-count": "0",
        "faq-count": "0",
        "featured_testimonials-TOTAL_FORMS": "0",
        "featured_testimonials-INITIAL_FORMS": "0",
        "featured_testimonials-MIN_NUM_FORMS": "0",
        "featured_testimonials-MAX_NUM_FORMS": "1000",
    }

    assert admin_client.post(preview_url, form).json()["is_valid"]
    document = page_html.soup(admin_client.get(preview_url))

    assert page_html.title(document) == "Retitled in the editor | Balance Ketamine"
    assert page_html.meta(document, "description") == "Words not yet published."
    trail = page_html.json_ld_nodes(document)["BreadcrumbList"]["itemListElement"]
    assert [item["name"] for item in trail] == ["Home", "About ketamine", "Retitled in the editor"]
