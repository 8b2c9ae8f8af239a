"""The block picker of a page's body shows each block's preview, drawn with the site's own
styles (templates/wagtailcore/shared/block_preview.html)."""

import pytest

from tests.conftest import STAFF_PASSWORD

from .conftest import DESKTOP
from .helpers import collect_console_errors, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def editing(site_url, django_db_blocker) -> str:
    """An editor account (committed, so the live server sees it) and the address of the page
    it edits: the demo's accessibility statement."""
    from django.contrib.auth import get_user_model

    from pages.models import StandardPage

    with django_db_blocker.unblock():
        get_user_model().objects.create_superuser(
            "previewing-editor", "previewing-editor@clinic.example", STAFF_PASSWORD
        )
        return f"/admin/pages/{StandardPage.objects.get(slug='accessibility').pk}/edit/"


def test_block_picker_previews_a_block_with_the_sites_styles(open_page, editing):
    page = open_page(DESKTOP)
    console = collect_console_errors(page)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("previewing-editor")
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url("/admin/")
    page.goto(editing)

    page.get_by_role("button", name="Insert a block").first.click()
    picker = page.locator(".w-combobox")
    row = picker.locator(".w-combobox__option-row", has_text="Callout")
    row.locator(".w-combobox__option-preview").click()

    preview = page.frame_locator(".w-combobox-preview__iframe")
    callout = preview.locator(".callout")
    expect(callout).to_contain_text("Before your infusion")
    # Drawn by the site's stylesheet: its coloured left border, not the browser's default.
    border = callout.evaluate("el => getComputedStyle(el).borderLeftWidth")
    assert border == "6px"
    expect(preview.locator('link[rel="stylesheet"][href*="site"]')).to_have_count(1)
    assert console.errors() == []
