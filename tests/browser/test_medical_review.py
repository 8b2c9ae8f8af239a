"""Medical review through the real admin: only an approval names a reviewer, from the
approving account's provider entry, and nobody can type one in."""

import re

import pytest
from django.utils import timezone

from tests.conftest import STAFF_PASSWORD

from .conftest import DESKTOP
from .helpers import assert_no_axe_violations, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TITLE = "How an infusion day goes"


@pytest.fixture(scope="module")
def review(site_url, django_db_blocker) -> dict:
    """Staff accounts, and a new, never-reviewed Learn article in draft.

    Committed before any test's own transaction opens, so the live server sees them.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from blog.models import BlogPage
    from pages.models import ArticleIndexPage
    from tests.content_checks.conftest import PLAIN
    from tests.factories import ArticlePageFactory, ProviderFactory, paragraph_block

    def staff(username: str, group: str):
        user = get_user_model().objects.create_user(
            username, f"{username}@clinic.example", STAFF_PASSWORD
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    with django_db_blocker.unblock():
        editor = staff("review-editor", "Editors")
        linked = staff("review-rita", "Medical reviewers")
        ProviderFactory(name="Dr. Rita Reviewer", credentials="MD", user=linked)
        staff("review-rob", "Medical reviewers")
        staff("review-mia", "Marketing")
        learn = ArticleIndexPage.objects.get()
        article = ArticlePageFactory(
            parent=learn,
            title=TITLE,
            slug="how-an-infusion-day-goes",
            body=[paragraph_block(PLAIN)],
            medical_reviewer=None,
            last_reviewed=None,
            next_review_due=None,
            live=False,
        )
        article.save_revision(user=editor)
        post = BlogPage.objects.live().order_by("pk").first()
        return {"article_id": article.pk, "post_id": post.pk, "post_url": post.url}


def sign_in(page, username: str) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile("/admin/$"))


def test_an_unreviewed_demo_article_shows_no_byline(open_page):
    page = open_page(DESKTOP)

    page.goto("/learn/what-is-ketamine/")

    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_text("Medically reviewed by")).to_have_count(0)


def click_action(page, name: str) -> None:
    """Click a button of the editor's footer, opening its "More actions" menu if need be."""
    button = page.locator("footer").get_by_role("button", name=name, exact=True)
    if not button.is_visible():
        page.locator("footer").get_by_role("button", name="More actions").click()
    button.click()


def test_only_an_approval_by_a_linked_reviewer_names_a_reviewer(open_page, review):
    edit_url = f"/admin/pages/{review['article_id']}/edit/"
    public_url = "/learn/how-an-infusion-day-goes/"

    # The editor cannot type a reviewer, and submits the page.
    page = open_page(DESKTOP)
    sign_in(page, "review-editor")
    page.goto(edit_url)
    expect(page.get_by_text("Learn articles are published through medical review")).to_be_visible()
    expect(page.locator('[name="medical_reviewer"], [name="last_reviewed"]')).to_have_count(0)
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_text("Not yet medically reviewed")).to_be_visible(timeout=15_000)
    click_action(page, "Submit to Medical review")
    expect(page.get_by_text("has been submitted for moderation")).to_be_visible()

    # A reviewer whose account is not linked to a provider cannot approve, and is told why.
    page = open_page(DESKTOP)
    sign_in(page, "review-rob")
    page.goto(edit_url)
    expect(page.get_by_text("your account is not linked to a provider entry")).to_be_visible()
    expect(page.locator('[data-workflow-action-name="approve"]')).to_have_count(0)
    expect(page.locator('[data-workflow-action-name="reject"]')).to_have_count(1)

    # The linked reviewer approves from the dashboard, through a dialog that gives the page's
    # reading grade, and lands on the confirmation.
    page = open_page(DESKTOP)
    sign_in(page, "review-rita")
    page.goto("/admin/")
    page.get_by_role("button", name="Actions").click()
    page.locator("[data-workflow-action-url]").filter(has_text="Approve").click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_text("Reading grade 1.3: within the target")).to_be_visible()
    assert_no_axe_violations(page)
    dialog.get_by_role("button", name="Approve").click()
    expect(page).to_have_url(re.compile("/approved/"), timeout=15_000)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Approved and published: {TITLE}")
    assert_no_axe_violations(page)

    today = timezone.localdate().strftime("%B %-d, %Y")
    public = open_page(DESKTOP)
    public.goto(public_url)
    expect(public.locator(".byline")).to_have_text(
        re.compile(rf"Medically reviewed by\s+Dr\. Rita Reviewer, MD\s+on {today}")
    )


def test_marketing_cannot_name_a_reviewer_on_a_post_that_skips_review(open_page, review):
    page = open_page(DESKTOP)
    sign_in(page, "review-mia")

    page.goto(f"/admin/pages/{review['post_id']}/edit/")

    expect(page.get_by_text("Whose name appears on the post")).to_be_visible()
    expect(page.locator('[name="medical_reviewer"]')).to_have_count(0)
    expect(
        page.get_by_text("A post that is not sent through Medical review names no reviewer")
    ).to_be_visible()

    # Publishing leaves the post without a reviewer's name.
    click_action(page, "Publish")
    expect(page.get_by_text("has been published")).to_be_visible()
    public = open_page(DESKTOP)
    public.goto(review["post_url"])
    expect(public.get_by_role("heading", level=1)).to_be_visible()
    expect(public.get_by_text("Medically reviewed by")).to_have_count(0)
