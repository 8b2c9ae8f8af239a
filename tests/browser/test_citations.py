"""The page editor's "Cite" control (pages/citations.py, static/js/cite.js): an editor selects a
claim, chooses Cite and a source, publishes, and a visitor's "[N]" leads to that source."""

import pytest

from tests.conftest import STAFF_PASSWORD

from .conftest import DESKTOP
from .helpers import collect_console_errors, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

CLAIM = "Ketamine was first made in the 1960s."


@pytest.fixture(scope="module")
def cited_page(site_url, django_db_blocker) -> int:
    """A published page with a claim and two sources, and an editor account, both committed
    so the live server sees them. Returns the page's id."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Site

    from pages.models import StandardPage, StandardPageReference

    with django_db_blocker.unblock():
        get_user_model().objects.create_superuser(
            "citing-editor", "citing-editor@clinic.example", STAFF_PASSWORD
        )
        home = Site.objects.get(is_default_site=True).root_page
        page = StandardPage(
            title="Where ketamine came from",
            slug="where-ketamine-came-from",
            body=[{"type": "paragraph", "value": f"<p>{CLAIM}</p>"}],
        )
        page.references = [
            StandardPageReference(title="A history of anaesthesia", publisher="Journal A"),
            StandardPageReference(title="Ketamine at sixty", publisher="Journal B", year=2022),
        ]
        home.add_child(instance=page)
        page.save_revision().publish()
        return page.pk


def sign_in(page) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("citing-editor")
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url("/admin/")


def test_cite_inserts_a_citation_that_leads_to_the_chosen_source(open_page, cited_page):
    page = open_page(DESKTOP)
    console = collect_console_errors(page)
    sign_in(page)
    page.goto(f"/admin/pages/{cited_page}/edit/")

    # Select the claim: the toolbar offers Cite, which lists the page's Sources.
    text = page.locator(".public-DraftEditor-content").filter(has_text=CLAIM)
    text.click()
    page.keyboard.press("End")
    page.keyboard.press("Shift+Home")
    page.get_by_role("button", name="Cite").click()
    sources = page.get_by_role("group", name="Cite a source")
    expect(sources.get_by_role("button")).to_have_text(
        ["[1] A history of anaesthesia", "[2] Ketamine at sixty"]
    )
    sources.get_by_role("button", name="[2] Ketamine at sixty").click()

    expect(text).to_contain_text(f"{CLAIM} [2]")
    # Draftail writes the editor's content into the form a moment after each change: publish
    # once the citation is in it.
    page.wait_for_function(
        """() => [...document.querySelectorAll("input[type=hidden], textarea")]
            .some(input => input.value.includes("#ref-2"))"""
    )
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    # Wagtail's own message once the publish has gone through, not any "published" on the page.
    expect(page.locator(".messages")).to_contain_text("has been published", timeout=15_000)

    page.goto("/where-ketamine-came-from/")
    citation = page.locator(".article__body a", has_text="[2]")
    expect(citation).to_have_attribute("href", "#ref-2")
    citation.click()
    expect(page).to_have_url("/where-ketamine-came-from/#ref-2")
    expect(page.locator("#ref-2")).to_contain_text("Ketamine at sixty")
    expect(page.locator("#ref-2")).to_have_count(1)
    # The signed-in editor's content checker reports source 1, never cited, as axe results.
    assert [e for e in console.errors() if not e.startswith("axe.run results")] == []
