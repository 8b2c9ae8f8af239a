"""Content checks in the real admin (content_checks/): the checker's own rules as an editor
sees them in the userbar, and the Reading level report as Marketing opens it."""

import re

import pytest

from tests.conftest import STAFF_PASSWORD

from .conftest import DESKTOP
from .helpers import assert_no_axe_violations, collect_console_errors, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

CITATION_WITHOUT_SOURCE = "Citation without a source"
SOURCE_NEVER_CITED = "Source never cited"
VAGUE_LINK = 'Link text like "click here"'
DUPLICATE_ID = "The same id is used twice on this page"
NO_SUMMARY = "Article or post without a summary"
SITE_RULE_NAMES = {
    CITATION_WITHOUT_SOURCE,
    SOURCE_NEVER_CITED,
    VAGUE_LINK,
    DUPLICATE_ID,
    NO_SUMMARY,
}


@pytest.fixture(scope="module")
def staff(site_url, django_db_blocker):
    """An administrator and a member of Marketing, committed so the live server sees them."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from blog.permissions import MARKETING_GROUP

    with django_db_blocker.unblock():
        users = get_user_model().objects
        admin = users.create_superuser(
            "checks-admin", "checks-admin@clinic.example", STAFF_PASSWORD
        )
        marketing = users.create_user("checks-marketing", "cm@clinic.example", STAFF_PASSWORD)
        marketing.groups.add(Group.objects.get(name=MARKETING_GROUP))
    return {"admin": admin, "marketing": marketing}


@pytest.fixture(scope="module")
def flawed_article(site_url, django_db_blocker) -> str:
    """A published article with one of each problem the site's own rules look for."""
    from pages.models import ArticleIndexPage, ArticleReference
    from tests.factories import ArticlePageFactory, paragraph_block

    body = [
        paragraph_block(
            'Ketamine can ease low mood<a href="#ref-1">[1]</a>. '
            'Some people feel calm within hours<a href="#ref-7">[7]</a>.'
        ),
        paragraph_block('To book a first visit, <a href="/book-a-consultation/">click here</a>.'),
        {"type": "paragraph", "value": '<p id="dose">One dose.</p><p id="dose">Two doses.</p>'},
    ]
    with django_db_blocker.unblock():
        learn = ArticleIndexPage.objects.get()
        article = ArticlePageFactory(
            parent=learn,
            title="A flawed draft",
            slug="a-flawed-draft",
            summary="",
            search_description="",
            body=body,
        )
        # The page's one Sources list: source 1 is cited, source 2 never is.
        article.references = [
            ArticleReference(title="A cited source"),
            ArticleReference(title="An uncited source"),
        ]
        article.save_revision().publish()
        return article.url


def sign_in(page, user) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile("/admin/$"))


def checker_issue_names(page) -> list[str]:
    """What the userbar's Checks dialog lists, as an editor opens it."""
    # The checker runs once the page has loaded, then shows its count on the userbar.
    page.wait_for_load_state("load")
    page.get_by_role("button", name="View Wagtail quick actions").click()
    page.get_by_role("menuitem", name=re.compile("Checks")).click()
    dialog = page.locator("#checker-results")
    expect(dialog).to_be_visible()
    return dialog.locator("[data-content-checker-name]").all_inner_texts()


def test_checker_flags_each_of_the_sites_own_rules(open_page, staff, flawed_article):
    page = open_page(DESKTOP)
    console = collect_console_errors(page)
    sign_in(page, staff["admin"])

    page.goto(flawed_article)
    names = checker_issue_names(page)

    assert names.count(CITATION_WITHOUT_SOURCE) == 1  # [7]: no source 7
    assert names.count(SOURCE_NEVER_CITED) == 1  # source 2
    assert names.count(VAGUE_LINK) == 1
    assert names.count(DUPLICATE_ID) == 2  # both paragraphs with the id
    assert names.count(NO_SUMMARY) == 1
    # Wagtail's checker logs what it found as an error of its own; nothing else may fail.
    assert [e for e in console.errors() if not e.startswith("axe.run results")] == []


def test_checker_finds_nothing_of_its_own_on_a_demo_article(open_page, staff):
    page = open_page(DESKTOP)
    sign_in(page, staff["admin"])

    page.goto("/learn/what-is-ketamine/")
    names = checker_issue_names(page)

    assert not SITE_RULE_NAMES & set(names), names


def test_marketing_opens_the_reading_level_report_and_axe_finds_nothing(open_page, staff):
    page = open_page(DESKTOP)
    sign_in(page, staff["marketing"])

    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Reading level").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Reading level"))
    rows = page.locator("main table tbody tr")
    expect(rows.first).to_be_visible()
    expect(page.get_by_role("columnheader", name=re.compile("Reading grade"))).to_be_visible()
    assert_no_axe_violations(page)


def test_editors_checks_panel_shows_the_grade_and_the_sites_rules(open_page, staff, flawed_article):
    from pages.models import ArticlePage

    with_pk = ArticlePage.objects.get(slug="a-flawed-draft").pk
    page = open_page(DESKTOP)
    sign_in(page, staff["admin"])

    page.goto(f"/admin/pages/{with_pk}/edit/")
    page.get_by_role("button", name="Toggle checks").click()

    panel = page.locator("[data-side-panel='checks']")
    expect(panel.locator("[data-reading-grade]")).to_contain_text("Reading grade")
    issues = panel.locator("[data-checks-panel] [data-content-checker-name]")
    # The editor's preview shows the form as it stands (ids typed into rich text are not
    # kept by the editor, so the duplicate id is the live page's alone).
    expect(issues.filter(has_text=CITATION_WITHOUT_SOURCE)).to_have_count(1, timeout=30_000)
    expect(issues.filter(has_text=SOURCE_NEVER_CITED)).to_have_count(1)
    expect(issues.filter(has_text=NO_SUMMARY)).to_have_count(1)
