"""/sitemap.xml (pages/seo/sitemap.py): the site's live, public pages that search engines may
list, each with its last publication, kept in the page cache until the next publish."""

import datetime
import xml.etree.ElementTree as ET

from django.utils import timezone
from wagtail.models import PageViewRestriction

from pages.models import HomePage
from tests.factories import publish_child

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client) -> dict[str, str | None]:
    """Each <url> of /sitemap.xml as location → lastmod."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.findtext("sm:loc", namespaces=SITEMAP_NS): url.findtext(
            "sm:lastmod", namespaces=SITEMAP_NS
        )
        for url in root.findall("sm:url", SITEMAP_NS)
    }


def test_sitemap_lists_live_public_pages_with_absolute_urls_and_lastmod(client, home):
    publish_child(home, HomePage(title="Visible", slug="visible"))

    entries = sitemap_entries(client)

    assert set(entries) == {"http://localhost/", "http://localhost/visible/"}
    today = timezone.localdate().isoformat()
    assert entries["http://localhost/visible/"] == today


def test_sitemap_leaves_out_hidden_draft_and_private_pages(client, home):
    publish_child(home, HomePage(title="Hidden", slug="hidden", hide_from_search_engines=True))
    home.add_child(instance=HomePage(title="Draft", slug="draft", live=False))
    private = publish_child(home, HomePage(title="Private", slug="private"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    entries = sitemap_entries(client)

    assert set(entries) == {"http://localhost/"}


def test_sitemap_lastmod_is_the_last_publication(client, home):
    page = publish_child(home, HomePage(title="Dated", slug="dated"))
    HomePage.objects.filter(pk=page.pk).update(
        last_published_at=datetime.datetime(2026, 3, 14, 12, tzinfo=datetime.UTC)
    )

    assert sitemap_entries(client)["http://localhost/dated/"] == "2026-03-14"


def test_sitemap_is_served_from_the_page_cache_until_the_next_publish(
    client, home, publish, django_assert_num_queries
):
    publish(publish_child, home, HomePage(title="First", slug="first"))
    sitemap_entries(client)
    # Live, but added behind the admin's back: no publish says the sitemap changed.
    home.add_child(instance=HomePage(title="Unannounced", slug="unannounced"))

    with django_assert_num_queries(0):
        kept = sitemap_entries(client)
    publish(publish_child, home, HomePage(title="Second", slug="second"))
    fresh = sitemap_entries(client)

    assert "http://localhost/unannounced/" not in kept
    assert {"http://localhost/second/", "http://localhost/unannounced/"} <= set(fresh)
