"""Medical review through the admin (pages/review/models.py and actions.py): an editor submits,
a Medical reviewer decides, and the approval publishes the page with its review stamped."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pages.models import ArticlePage, MedicalReviewTask, put_under_medical_review
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    ProviderFactory,
)
from tests.html import visible_text
from tests.page_html import soup

LAST_REVIEWED = datetime.date(2025, 1, 10)


@pytest.fixture
def learn(home):
    section = ArticleIndexPageFactory(parent=home)
    put_under_medical_review(section)
    return section


@pytest.fixture
def article(learn):
    page = ArticlePageFactory(
        parent=learn,
        title="Safety and side effects",
        slug="safety",
        medical_reviewer=ProviderFactory(name="Dr. Former Reviewer"),
        last_reviewed=LAST_REVIEWED,
        next_review_due=datetime.date(2026, 1, 10),
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def reviewer(make_staff):
    """A Medical reviewer whose account is linked to her entry as a provider."""
    user = make_staff("rita", "Medical reviewers")
    ProviderFactory(name="Dr. Rita Reviewer", credentials="MD", user=user)
    return user


def article_form(page: ArticlePage, action: str, **changes) -> dict:
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "seo_title": "",
        "search_description": "",
        "body": streamfield([("paragraph", rich_text("<p>Most side effects soon pass.</p>"))]),
        "references": inline_formset([]),
        "related_article_links": inline_formset([]),
        "comments": inline_formset([]),
        "next_review_due": page.next_review_due.isoformat() if page.next_review_due else "",
        action: "on",
    }
    data.update(changes)
    return nested_form_data(data)


def submit_for_review(client, editor, page: ArticlePage, title: str) -> TaskState:
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        article_form(page, "action-submit", title=title),
    )
    assert response.status_code == 302, response.content
    return ArticlePage.objects.get(pk=page.pk).current_workflow_task_state


def workflow_action(client, user, page, action: str, task_state: TaskState, comment: str = ""):
    client.force_login(user)
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": comment},
    )


def test_the_migration_made_the_workflow_with_a_medical_review_task(db):
    workflow = Workflow.objects.get(name="Medical review")
    task = workflow.tasks.get().specific

    assert isinstance(task, MedicalReviewTask)
    assert list(task.groups.values_list("name", flat=True)) == ["Medical reviewers"]


def test_an_editor_cannot_publish_an_article_directly(client, article, editor):
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])

    form = client.get(edit_url).content.decode()
    client.post(edit_url, article_form(article, "action-publish", title="Unreviewed"))

    assert 'name="action-publish"' not in form
    assert "Submit to Medical review" in form
    assert ArticlePage.objects.get(pk=article.pk).title == "Safety and side effects"


def test_approval_publishes_with_the_reviewer_and_new_review_dates(
    client, article, editor, reviewer, settings
):
    settings.MEDICAL_REVIEW_INTERVAL_DAYS = 180
    task_state = submit_for_review(client, editor, article, "Safety, side effects and risks")
    assert ArticlePage.objects.get(pk=article.pk).title == "Safety and side effects"

    response = workflow_action(client, reviewer, article, "approve", task_state, "Checked.")

    assert response.status_code == 302
    today = timezone.localdate()
    live = ArticlePage.objects.get(pk=article.pk)
    assert live.title == "Safety, side effects and risks"
    assert not live.has_unpublished_changes
    assert live.last_reviewed == today
    assert live.next_review_due == today + datetime.timedelta(days=180)
    assert live.medical_reviewer.name == "Dr. Rita Reviewer"
    assert WorkflowState.objects.get().status == WorkflowState.STATUS_APPROVED

    client.logout()
    byline = " ".join(soup(client.get(live.url)).select_one(".byline").get_text().split())
    assert "Dr. Rita Reviewer" in byline
    assert today.strftime("%B %-d, %Y") in byline


def test_an_approver_without_a_provider_entry_cannot_approve_and_is_told_why(
    client, article, editor, make_staff
):
    unlinked = make_staff("rob", "Medical reviewers")
    task_state = submit_for_review(client, editor, article, "Safety, reviewed")
    client.force_login(unlinked)

    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    response = workflow_action(client, unlinked, article, "approve", task_state)

    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[article.pk, "approve", task_state.pk]
    )
    assert approve_url not in dashboard
    assert (
        reverse("wagtailadmin_pages:workflow_action", args=[article.pk, "reject", task_state.pk])
        in dashboard
    )
    html = editor_page.content.decode()
    assert "your account is not linked to a provider entry" in html
    assert 'data-workflow-action-name="approve"' not in html
    assert 'data-workflow-action-name="reject"' in html  # changes can still be requested
    assert response.status_code == 302
    page = ArticlePage.objects.get(pk=article.pk)
    assert page.title == "Safety and side effects"
    assert page.medical_reviewer.name == "Dr. Former Reviewer"
    assert page.last_reviewed == LAST_REVIEWED
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS


def test_an_administrator_without_a_provider_entry_cannot_approve_either(
    client, article, editor, admin_user
):
    task_state = submit_for_review(client, editor, article, "Safety, by the administrator")

    workflow_action(client, admin_user, article, "approve", task_state)

    assert ArticlePage.objects.get(pk=article.pk).title == "Safety and side effects"
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


def test_an_approval_sent_by_an_unlinked_account_is_refused_by_the_task_itself(
    article, editor, make_staff
):
    # The admin offers no "Approve" to such an account; the task refuses one sent anyway.
    unlinked = make_staff("rob", "Medical reviewers")
    article.save_revision(user=editor)
    Workflow.objects.get(name="Medical review").start(article, editor)
    task_state = article.current_workflow_task_state

    with pytest.raises(PermissionDenied, match="not linked to a provider entry"):
        task_state.task.specific.on_action(task_state, unlinked, "approve")

    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


def test_editors_cannot_set_the_reviewer_or_the_review_date(client, learn, editor):
    page = ArticlePageFactory(
        parent=learn,
        title="Never reviewed",
        slug="never",
        medical_reviewer=None,
        last_reviewed=None,
    )
    page.save_revision().publish()
    invented = ProviderFactory(name="Dr. Invented")
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    form = client.get(edit_url).content.decode()
    client.post(
        edit_url,
        article_form(
            page,
            "action-submit",
            medical_reviewer=invented.pk,
            last_reviewed="2026-01-01",
            next_review_due="2027-01-01",
        ),
    )

    assert 'name="medical_reviewer"' not in form
    assert 'name="last_reviewed"' not in form
    draft = ArticlePage.objects.get(pk=page.pk).get_latest_revision().as_object()
    assert draft.medical_reviewer is None
    assert draft.last_reviewed is None


def test_the_approver_lands_on_a_confirmation_naming_the_page(client, article, editor, reviewer):
    task_state = submit_for_review(client, editor, article, "Safety, side effects and risks")

    response = workflow_action(client, reviewer, article, "approve", task_state)

    assert response.url == reverse("medical_review_approved", args=[article.pk])
    html = " ".join(soup(client.get(response.url)).get_text().split())
    assert "Approved and published: Safety, side effects and risks" in html
    today = timezone.localdate().strftime("%B %-d, %Y")
    assert f"Medically reviewed by Dr. Rita Reviewer, MD on {today}" in html


def test_an_approval_from_the_page_editor_lands_on_the_confirmation_too(
    client, article, editor, reviewer
):
    submit_for_review(client, editor, article, "Safety, approved in the editor")
    client.force_login(reviewer)
    page = ArticlePage.objects.get(pk=article.pk)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_form(
            page.get_latest_revision().as_object(),
            "action-workflow-action",
            **{"workflow-action-name": "approve"},
        ),
    )

    assert response.status_code == 302
    assert response.url == reverse("medical_review_approved", args=[article.pk])
    # The form's body counts as an edit, so the review restarts and the confirmation says
    # so rather than claiming an approval (the browser tests approve an unchanged page).
    html = client.get(response.url).content.decode()
    assert "Approved and published" not in html


def test_the_confirmation_does_not_claim_an_approval_that_did_not_happen(
    client, article, editor, reviewer
):
    submit_for_review(client, editor, article, "Waiting")
    client.force_login(reviewer)

    html = client.get(reverse("medical_review_approved", args=[article.pk])).content.decode()

    assert "Approved and published" not in html
    assert "Not published by an approval: Safety and side effects" in html


def test_request_for_changes_leaves_the_live_page_unchanged(client, article, editor, reviewer):
    task_state = submit_for_review(client, editor, article, "Side effects are rare")

    response = workflow_action(
        client, reviewer, article, "reject", task_state, "Please cite the safety study."
    )

    assert response.status_code == 302
    live = ArticlePage.objects.get(pk=article.pk)
    assert live.title == "Safety and side effects"
    assert live.last_reviewed == LAST_REVIEWED
    assert live.has_unpublished_changes
    assert WorkflowState.objects.get().status == WorkflowState.STATUS_NEEDS_CHANGES
    assert TaskState.objects.get().comment == "Please cite the safety study."
    client.logout()
    assert "Side effects are rare" not in client.get(live.url).content.decode()


def test_an_editor_cannot_approve_their_own_submission(client, article, editor):
    task_state = submit_for_review(client, editor, article, "Self-approved")

    workflow_action(client, editor, article, "approve", task_state)

    assert ArticlePage.objects.get(pk=article.pk).title == "Safety and side effects"
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


def test_a_page_edited_during_review_is_reviewed_again_before_publishing(
    client, article, editor, reviewer
):
    # The approval was prepared for the first draft; the reviewer's own edit came after it.
    task_state = submit_for_review(client, editor, article, "First draft")
    client.force_login(reviewer)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_form(article, "action-save", title="Second draft"),
    )

    workflow_action(client, reviewer, article, "approve", task_state)

    page = ArticlePage.objects.get(pk=article.pk)
    assert page.title == "Safety and side effects"
    assert page.last_reviewed == LAST_REVIEWED
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    assert page.get_latest_revision().as_object().title == "Second draft"


def test_condition_pages_are_stamped_on_approval_too(client, home, editor, reviewer):
    index = ConditionIndexPageFactory(parent=home)
    put_under_medical_review(index)
    condition = ConditionPageFactory(parent=index, last_reviewed=LAST_REVIEWED)
    condition.save_revision().publish()
    revision = condition.save_revision(user=editor)
    Workflow.objects.get(name="Medical review").start(condition, editor)
    task_state = condition.current_workflow_task_state

    workflow_action(client, reviewer, condition, "approve", task_state)

    condition.refresh_from_db()
    assert condition.live_revision_id != revision.pk  # the stamped copy went live
    assert condition.last_reviewed == timezone.localdate()


def test_a_preview_says_not_yet_medically_reviewed_even_for_a_reviewed_page(article, rf):
    article.title = "Safety, redrafted"

    response = article.make_preview_request(rf.get("/admin/"))

    html = response.content.decode()
    text = visible_text(html)
    assert "Not yet medically reviewed" in text
    assert "Medically reviewed by" not in text
    assert "reviewedBy" not in html


def test_a_page_never_approved_shows_no_byline_and_no_reviewer_in_json_ld(client, learn):
    page = ArticlePageFactory(
        parent=learn, title="New", slug="new", medical_reviewer=None, last_reviewed=None
    )

    html = client.get(page.url).content.decode()

    assert "Medically reviewed by" not in html
    assert "Not yet medically reviewed" not in html  # the public never sees the draft notice
    assert "reviewedBy" not in html
    assert "lastReviewed" not in html
