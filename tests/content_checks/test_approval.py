"""The reading grade shown to whoever can approve a page (content_checks/approval.py, through
the approval notes of pages/review/views.py)."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Workflow

from tests.content_checks.conftest import HARD, PLAIN
from tests.factories import ArticlePageFactory, ProviderFactory, paragraph_block


@pytest.fixture
def editor(make_staff):
    return make_staff("ed", "Editors")


@pytest.fixture
def reviewer(make_staff):
    """A Medical reviewer linked to a Provider, so they may approve."""
    user = make_staff("rev", "Medical reviewers")
    ProviderFactory(user=user)
    return user


def in_review(page, editor):
    page.save_revision(user=editor)
    Workflow.objects.get(name="Medical review").start(page, editor)
    return page


def edit_view(client, user, page) -> str:
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_reviewer_is_warned_of_a_grade_above_the_target_but_may_still_approve(
    client, learn, editor, reviewer
):
    page = in_review(ArticlePageFactory(parent=learn, body=[paragraph_block(HARD)]), editor)

    html = edit_view(client, reviewer, page)

    assert "Reading grade 39.2: harder than the target for patient information" in html
    assert "You can still approve" in html


def test_reviewer_sees_a_grade_within_the_target_too(client, learn, editor, reviewer):
    page = in_review(ArticlePageFactory(parent=learn, body=[paragraph_block(PLAIN)]), editor)

    html = edit_view(client, reviewer, page)

    assert "Reading grade 1.3: within the target for patient information" in html


def test_no_message_for_an_editor_who_cannot_approve(client, learn, editor):
    page = in_review(ArticlePageFactory(parent=learn, body=[paragraph_block(HARD)]), editor)

    assert "Reading grade 39.2:" not in edit_view(client, editor, page)


def test_no_message_for_a_page_not_in_review(client, learn, reviewer):
    page = ArticlePageFactory(parent=learn, body=[paragraph_block(HARD)])

    assert "Reading grade 39.2:" not in edit_view(client, reviewer, page)


def test_approving_from_the_dashboard_goes_through_a_dialog_that_shows_the_grade(
    client, learn, editor, reviewer
):
    page = in_review(ArticlePageFactory(parent=learn, body=[paragraph_block(HARD)]), editor)
    task_state = type(page).objects.get(pk=page.pk).current_workflow_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    client.force_login(reviewer)

    dashboard = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    dialog = client.get(approve_url).json()

    buttons = dashboard.select(f'[data-workflow-action-url="{approve_url}"]')
    assert [button.text for button in buttons] == ["Approve"]
    assert buttons[0].has_attr("data-launch-modal")
    title = BeautifulSoup(dialog["html"], "html.parser").select_one("h1").get_text(strip=True)
    assert title == "Approve"
    assert "Reading grade 39.2: harder than the target for patient information" in dialog["html"]
