"""What happens when a workflow's last task is approved (WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail loads this while its own models are being defined, so the module imports nothing at
the top.
"""


def publish_reviewed_revision(workflow_state, user=None) -> None:
    """Publish the revision the approvers saw, on the strength of their approval.

    Wagtail's default publishes the latest revision as the approving user, and refuses if that
    user lacks publish permission. Medical reviewers deliberately have none (they must not
    publish past the review), so for clinical pages the approval itself is the permission.
    With WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT on, any edit made during the review
    restarts it, so the approved revision is the latest one.
    """
    from wagtail.models import Page

    from pages.review.permissions import requires_medical_review

    content = workflow_state.content_object
    task_state = workflow_state.current_task_state
    revision = task_state.revision if task_state else content.get_latest_revision()
    clinical = isinstance(content, Page) and requires_medical_review(content)
    revision.publish(user=user, skip_permission_checks=clinical)
