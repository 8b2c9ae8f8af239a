"""The Medical review workflow's task: a reviewer's approval that also dates the review."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    Page,
    Revision,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from pages.review import MEDICAL_REVIEWERS

from .mixins import MedicalReviewMixin, next_review_date
from .snippets import Provider

MEDICAL_REVIEW = "Medical review"


class MedicalReviewTask(GroupApprovalTask):
    """Approval by Medical reviewers that stamps the page with who reviewed it and when.

    The byline names a Provider (a clinician the public sees), while approvals come from
    staff accounts, so the two are linked by `Provider.user`: a nullable one-to-one link,
    set on the provider's entry. Providers who never sign in need no account, and accounts
    that are not clinicians need no provider. When the approving account has no provider
    entry (an administrator, say), the page keeps the reviewer its editor chose; who
    approved is recorded by Wagtail's workflow history either way (the task state's
    `finished_by` and the page's history log).

    The stamp goes on a new revision made from the one the reviewer approved, and that new
    revision becomes the approved one, so the finish action
    (pages.workflow_actions.publish_reviewed_revision) publishes exactly what the reviewer
    saw plus the review dates, and the public byline updates.
    """

    class Meta:
        verbose_name = "medical review task"
        verbose_name_plural = "medical review tasks"

    @classmethod
    def get_description(cls):
        return (
            "Members of the chosen groups approve or reject the page; an approval sets its "
            "medical reviewer and review dates."
        )

    @transaction.atomic
    def on_action(self, task_state: TaskState, user, action_name: str, **kwargs):
        if action_name == "approve" and task_state.status == TaskState.STATUS_IN_PROGRESS:
            self.record_review(task_state, user)
        return super().on_action(task_state, user, action_name, **kwargs)

    def record_review(self, task_state: TaskState, user) -> None:
        page = task_state.revision.as_object()
        if not isinstance(page, MedicalReviewMixin):
            return
        if page.latest_revision_id != task_state.revision_id:
            # Edited since the review began: Wagtail restarts the review on the new
            # revision (WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT), and nothing is published.
            return
        reviewed = timezone.localdate()
        provider = Provider.objects.filter(user=user).first() if user else None
        if provider is not None:
            page.medical_reviewer = provider
        page.last_reviewed = reviewed
        page.next_review_due = next_review_date(reviewed)
        try:
            revision = page.save_revision(user=user)
        except ValidationError as error:
            # Only a page whose reviewer was deleted after submission gets here.
            raise PermissionDenied(
                "This page cannot be approved as it stands: "
                + "; ".join(error.messages)
                + ". Ask the editor to correct it and submit it again."
            ) from error
        self._carry_approvals(task_state, revision)
        task_state.revision = revision

    @staticmethod
    def _carry_approvals(task_state: TaskState, revision: Revision) -> None:
        # Approvals of earlier steps on the approved revision still stand on its stamped copy.
        earlier = TaskState.objects.filter(
            workflow_state=task_state.workflow_state_id,
            revision=task_state.revision_id,
            status=TaskState.STATUS_APPROVED,
        )
        for state in earlier:
            state.copy(update_attrs={"revision": revision})


def medical_review_workflow() -> Workflow:
    """The Medical review workflow (made by a migration), recreated if it was deleted."""
    workflow = Workflow.objects.filter(name=MEDICAL_REVIEW).first()
    if workflow is None:
        task = MedicalReviewTask.objects.create(name=MEDICAL_REVIEW)
        task.groups.set(Group.objects.filter(name=MEDICAL_REVIEWERS))
        workflow = Workflow.objects.create(name=MEDICAL_REVIEW)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def put_under_medical_review(section: Page) -> None:
    """Send a section's pages through Medical review, unless it has a workflow already."""
    WorkflowPage.objects.get_or_create(
        page=section, defaults={"workflow": medical_review_workflow()}
    )
