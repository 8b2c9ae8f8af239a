"""Admin screens of medical review: the approver's confirmation, and why an account cannot
approve or publish a clinical page. Registered in pages/wagtail_hooks.py."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page, WorkflowState

from pages.review.models import (
    UNLINKED_APPROVER_MESSAGE,
    MedicalReviewTask,
    names_a_reviewer,
    provider_for,
)
from pages.review.permissions import requires_medical_review


def approved(request: HttpRequest, page_id: int) -> HttpResponse:
    """Where an approver lands: what went live, and the byline it now carries.

    Says "Approved and published" only when it is true: the page's latest workflow ended in
    an approval and the page is live.
    """
    page = get_object_or_404(Page, pk=page_id).specific
    workflow_state = WorkflowState.objects.for_instance(page).order_by("-created_at", "-pk").first()
    is_approved = (
        page.live
        and workflow_state is not None
        and workflow_state.status == WorkflowState.STATUS_APPROVED
    )
    return TemplateResponse(
        request,
        "pages/admin/review_approved.html",
        {
            "page": page,
            "approved": is_approved,
            "page_title": (
                f"Approved and published: {page.title}"
                if is_approved
                else f"Not published by an approval: {page.title}"
            ),
            "header_title": (
                f"Approved and published: {page.title}"
                if is_approved
                else f"Not published by an approval: {page.title}"
            ),
            "header_icon": "tick" if is_approved else "warning",
            "reviewer": getattr(page, "medical_reviewer", None) if is_approved else None,
            "reviewed": getattr(page, "last_reviewed", None) if is_approved else None,
        },
    )


def awaiting_approval_by(page: Page, user) -> bool:
    """True when `page` waits in Medical review for a decision this account may make."""
    task_state = page.current_workflow_task_state
    if task_state is None:
        return False
    task = task_state.task.specific
    return (
        isinstance(task, MedicalReviewTask)
        and task.get_task_states_user_can_moderate(user).filter(pk=task_state.pk).exists()
    )


def explain_unlinked_approver(request: HttpRequest, page: Page) -> None:
    """On the editor of a page awaiting review, tell an approver without a provider why
    "Approve" is missing (before_edit_page)."""
    if request.method != "GET":
        return
    page = page.specific
    if (
        names_a_reviewer(page)
        and awaiting_approval_by(page, request.user)
        and provider_for(request.user) is None
    ):
        messages.warning(request, UNLINKED_APPROVER_MESSAGE)


def land_on_confirmation(request: HttpRequest, page: Page) -> HttpResponse | None:
    """After an approval sent from the page editor (after_edit_page), show what went live,
    as an approval from the dashboard does (MedicalReviewTask.on_action)."""
    if request.POST.get("action-workflow-action") and (
        request.POST.get("workflow-action-name") == "approve"
    ):
        return redirect("medical_review_approved", page.pk)
    return None


# How the refusal names what needs a review; other clinical page types read "Pages in this
# section".
REVIEWED_KINDS = {"ArticlePage": "Learn articles", "ConditionPage": "Condition pages"}


def review_route_message(page_class: type[Page]) -> str:
    kind = REVIEWED_KINDS.get(page_class.__name__, "Pages in this section")
    return (
        f"{kind} are published through medical review, so there is no Publish button: "
        'choose "Submit to Medical review" and a Medical reviewer approves and publishes '
        "the page. Unpublishing needs no review."
    )


def explain_review_route(request: HttpRequest, page: Page) -> None:
    """On the editor of a clinical page, tell anyone who cannot publish it why
    (before_edit_page)."""
    if request.method != "GET" or request.user.is_superuser:
        return
    page = page.specific
    if not page.permissions_for_user(request.user).can_publish() and requires_medical_review(page):
        messages.info(request, review_route_message(type(page)))


def explain_review_route_on_create(request: HttpRequest, parent_page: Page, page_class) -> None:
    """The same, when a clinical page is being added (before_create_page)."""
    if request.method != "GET" or request.user.is_superuser:
        return
    if not parent_page.permissions_for_user(
        request.user
    ).can_publish_subpage() and requires_medical_review(parent_page):
        messages.info(request, review_route_message(page_class))


# The hook other features use to brief a Medical reviewer on a page awaiting their approval
# (a content check's reading grade, say): each function registered under this name takes the
# page and returns lines of text, shown on the page editor to whoever may approve it.
APPROVAL_NOTES_HOOK = "medical_review_approval_notes"


def show_approval_notes(request: HttpRequest, page: Page) -> None:
    """before_edit_page: what registered checks say, for the account that may approve."""
    if request.method != "GET":
        return
    if not hooks.get_hooks(APPROVAL_NOTES_HOOK):
        return
    page = page.specific
    if not (names_a_reviewer(page) and awaiting_approval_by(page, request.user)):
        return
    for note in approval_notes(page):
        messages.info(request, note)


def approval_notes(page: Page) -> list[str]:
    """What every registered check says of the page, for whoever approves it (shown on the
    page editor, and in the approval dialog: pages/review/approve.html)."""
    page = page.specific
    return [note for notes_for in hooks.get_hooks(APPROVAL_NOTES_HOOK) for note in notes_for(page)]
