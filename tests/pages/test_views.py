"""The site's views outside the page tree (pages/views.py): robots.txt, the favicon and the web
app manifest, linked from every page."""

import json

from django.contrib.staticfiles import finders

from tests import page_html


def test_robots_txt_keeps_crawlers_out_of_admin_and_names_the_sitemap(client, home):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines


def test_favicon_and_manifest_are_linked_from_every_page(client, home):
    document = page_html.soup(client.get("/"))

    icons = {link["href"] for link in document.find_all("link", rel="icon")}
    assert icons == {"/static/img/favicon-32.png", "/static/img/favicon.svg"}
    for href in icons | {document.find("link", rel="apple-touch-icon")["href"]}:
        assert finders.find(href.removeprefix("/static/")), href
    assert document.find("link", rel="manifest")["href"] == "/manifest.webmanifest"


def test_favicon_ico_points_at_the_static_icon(client, db):
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"] == "/static/img/favicon.ico"
    assert finders.find("img/favicon.ico")


def test_manifest_names_the_clinic_and_lists_icons_that_exist(client, site):
    from pages.models import ClinicSettings

    clinic = ClinicSettings.for_site(site)
    clinic.clinic_name = "Balance Clinics"
    clinic.save()

    response = client.get("/manifest.webmanifest")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Balance Clinics"
    assert manifest["start_url"] == "/"
    assert manifest["theme_color"] == "#1d5c63"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]
