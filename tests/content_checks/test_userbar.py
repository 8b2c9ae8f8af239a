"""Wagtail's content checker with this site's rules (content_checks/userbar.py), in the
userbar on a page and in the editor's Checks panel. The rules' logic runs in the browser:
tests/browser/test_content_checks.py."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from content_checks.userbar import SiteContentCheckerItem
from tests.content_checks.conftest import HARD
from tests.factories import ArticlePageFactory, StandardPageFactory, paragraph_block

SITE_RULES = {
    "image-alt",
    "heading-order",
    "empty-heading",
    "link-name",
    "link-text-quality",
    "summary-missing",
    "id-unique",
    "citation-has-source",
    "source-is-cited",
}


@pytest.fixture
def editor(make_staff):
    return make_staff("ed", "Editors")


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def checker_configuration(html: str) -> dict:
    script = soup(html).select_one("#checker-axe-configuration")
    assert script is not None, "no content checker on the page"
    return json.loads(script.string)


def test_userbar_on_a_page_runs_the_sites_rules_and_loads_their_checks(client, home, editor):
    page = StandardPageFactory(parent=home, body=[paragraph_block("Hello.")])
    client.force_login(editor)

    html = client.get(page.url).content.decode()

    # The userbar keeps its markup in a <template>, which the HTML parser keeps as text.
    template = soup(html).select_one("#wagtail-userbar-template")
    config = checker_configuration(template.decode_contents())
    assert set(config["options"]["runOnly"]) >= SITE_RULES
    assert {rule["id"] for rule in config["spec"]["rules"]} >= SITE_RULES - {
        "image-alt",
        "heading-order",
        "empty-heading",
        "link-name",
    }
    assert config["messages"]["citation-has-source"]["error_name"] == "Citation without a source"
    assert "js/content-checks" in html


def test_editors_checks_panel_has_the_sites_rules_and_the_reading_grade(client, home, editor):
    page = StandardPageFactory(parent=home, body=[paragraph_block(HARD)])
    client.force_login(editor)

    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert set(checker_configuration(html)["options"]["runOnly"]) >= SITE_RULES
    grade = " ".join(soup(html).select_one("[data-reading-grade]").get_text(" ").split())
    assert grade.startswith("Reading grade 39.2 Above the target for patient information")


def summary_options(page) -> dict:
    item = SiteContentCheckerItem(page=page)
    checks = item.get_axe_configuration(request=None)["spec"]["checks"]
    return next(check["options"] for check in checks if check["id"] == "check-summary")


def test_summary_is_required_of_articles_and_posts_only(home, learn):
    assert summary_options(ArticlePageFactory(parent=learn)) == {"required": True}
    assert summary_options(StandardPageFactory(parent=home)) == {"required": False}
    assert summary_options(None) == {"required": False}
