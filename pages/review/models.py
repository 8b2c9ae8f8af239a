"""Medical review: the fields a clinical page carries, and the workflow task whose approval sets
them."""

import datetime
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import (
    GroupApprovalTask,
    Page,
    Revision,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from pages.models.site_settings import ClinicSettings
from pages.models.snippets import Provider
from pages.review.forms import MedicalReviewPageForm
from pages.review.permissions import MEDICAL_REVIEWERS
from pages.seo import structured_data
from pages.seo.meta import absolute_url, site_root_url, social_image

MEDICAL_REVIEW = "Medical review"


def is_preview(request: HttpRequest | None) -> bool:
    """True while Wagtail renders a preview of a draft or revision."""
    return bool(getattr(request, "is_preview", False))


def names_a_reviewer(page: Any) -> bool:
    """Whether this page type carries a "Medically reviewed by" line (set by approval)."""
    return callable(getattr(page, "record_medical_review", None))


def provider_for(user) -> Provider | None:
    """The provider entry linked to this staff account, whose name an approval writes."""
    if user is None or not user.is_authenticated:
        return None
    return Provider.objects.filter(user=user).first()


def next_review_date(reviewed: datetime.date) -> datetime.date:
    """When a page reviewed on `reviewed` must be reviewed again."""
    return reviewed + datetime.timedelta(days=settings.MEDICAL_REVIEW_INTERVAL_DAYS)


class MedicalReviewMixin(models.Model):
    """Who checked a clinical page's facts, when, and when they must be checked again."""

    # Written only by an approval in the Medical review workflow (MedicalReviewTask), from
    # the approving account's provider entry: no editor types them, so the byline is true.
    medical_reviewer = models.ForeignKey(
        "pages.Provider",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "The clinician who approved this page in Medical review. Set by their approval; "
            "editors cannot change it. Shown in the byline."
        ),
    )
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text=(
            "The day of the last approval in Medical review. Set by the approval; editors "
            "cannot change it. Shown in the byline."
        ),
    )
    next_review_due = models.DateField(
        null=True,
        blank=True,
        help_text=(
            "When the facts must be checked again. Left empty, it is set a year after the last "
            "review."
        ),
    )

    base_form_class = MedicalReviewPageForm

    medical_review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("medical_reviewer", read_only=True),
                FieldPanel("last_reviewed", read_only=True),
                FieldPanel("next_review_due"),
            ],
            heading="Medical review",
            help_text=(
                "The reviewer and the review date are set when a Medical reviewer approves "
                'the page. A page never approved shows no "Medically reviewed by" line.'
            ),
        ),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.last_reviewed and not self.next_review_due:
            # A page with no due date would never come up for review again.
            self.next_review_due = next_review_date(self.last_reviewed)
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            raise ValidationError(
                {"next_review_due": "The next review must come after the last review."}
            )

    def record_medical_review(self, reviewer: Provider, reviewed: datetime.date) -> None:
        """Stamp an approval: the byline names `reviewer`, reviewed on `reviewed`."""
        self.medical_reviewer = reviewer
        self.last_reviewed = reviewed
        self.next_review_due = next_review_date(reviewed)

    def shows_medical_review(self, request: HttpRequest | None = None) -> bool:
        """Whether the byline and the JSON-LD name a reviewer.

        Only after an approval, and never in a preview: a draft has not been reviewed, even
        when the page it will replace was.
        """
        if is_preview(request):
            return False
        return self.medical_reviewer_id is not None and self.last_reviewed is not None

    @property
    def review_overdue(self) -> bool:
        """True once the next review date has passed (in the clinic's time zone)."""
        return self.next_review_due is not None and self.next_review_due < timezone.localdate()

    def get_reviewer_url(self, request: HttpRequest | None = None) -> str:
        """Where the byline links: the reviewer's entry on the team page, if there is one.

        Kept on the instance: the byline and the JSON-LD both use it.
        """
        cached = getattr(self, "_reviewer_url", None)
        if cached is not None:
            return cached
        if self.medical_reviewer is None:
            return ""
        from pages.models.team import TeamPage

        self._reviewer_url = TeamPage.provider_url(self.medical_reviewer, request)
        return self._reviewer_url

    def get_json_ld_about(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        """What the page is about, as schema.org nodes; each page type says what fits it."""
        return []

    def get_json_ld_nodes(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        return [*super().get_json_ld_nodes(request), self.medical_web_page_node(request)]

    def medical_web_page_node(self, request: HttpRequest | None = None) -> dict[str, Any]:
        """This page as a MedicalWebPage: who checked it, when, and what it is about."""
        clinic = (
            ClinicSettings.for_request(request)
            if request is not None
            else ClinicSettings.for_site(self.get_site())
        )
        shown = self.shows_medical_review(request)
        reviewer = self.medical_reviewer if shown else None
        image = social_image(self.get_social_image(), request)
        return structured_data.medical_web_page_node(
            url=self.get_canonical_url(request),
            name=self.title,
            root_url=site_root_url(request),
            publisher_name=clinic.clinic_name,
            description=self.meta_description,
            reviewed_by=(
                structured_data.provider_person_node(
                    reviewer, url=absolute_url(self.get_reviewer_url(request), request)
                )
                if reviewer is not None
                else None
            ),
            last_reviewed=self.last_reviewed if shown else None,
            about=self.get_json_ld_about(request),
            date_published=self.first_published_at,
            date_modified=self.last_published_at,
            image_url=image.url if image else "",
            has_breadcrumb=bool(self.get_breadcrumb_pages(request)),
        )


UNLINKED_APPROVER_MESSAGE = (
    "You cannot approve this page yet. An approval names you in the page's \"Medically "
    'reviewed by" line, and your account is not linked to a provider entry. Ask an '
    'administrator to choose your account as the "Staff account" of your entry under '
    "Providers (Advanced). You can still request changes."
)


class MedicalReviewTask(GroupApprovalTask):
    """Approval by Medical reviewers that stamps the page with who reviewed it and when.

    The byline names a Provider (a clinician the public sees), while approvals come from
    staff accounts, so the two are linked by `Provider.user`: a nullable one-to-one link,
    set on the provider's entry. Providers who never sign in need no account, and accounts
    that are not clinicians need no provider. An account without a provider entry (an
    administrator, say) is not offered "Approve" on a page that names its reviewer, and an
    approval it sends anyway is refused: the byline must name whoever approved. Who approved
    is recorded by Wagtail's workflow history too (the task state's `finished_by` and the
    page's history log).

    The stamp goes on a new revision made from the one the reviewer approved, and that new
    revision becomes the approved one, so the finish action
    (pages.review.actions.publish_reviewed_revision) publishes exactly what the reviewer
    saw plus the review dates, and the public byline updates.
    """

    class Meta:
        verbose_name = "medical review task"
        verbose_name_plural = "medical review tasks"

    @classmethod
    def get_description(cls):
        return (
            "Members of the chosen groups approve or reject the page; an approval sets its "
            "medical reviewer (the approver's provider entry) and review dates."
        )

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        # Wagtail's workflow action view (the approval dialog) passes the plain Page.
        if not names_a_reviewer(getattr(obj, "specific", obj)) or not any(
            name == "approve" for name, *_ in actions
        ):
            return actions
        others = [action for action in actions if action[0] != "approve"]
        if provider_for(user) is None:
            return others
        # One approval, through a dialog (with an optional comment) that shows the approver
        # what the site's checks say of the page (its reading grade) before it goes live under
        # their name: from the dashboard too, where they may not have opened the page.
        return [*others, ("approve", "Approve", True)]

    def get_template_for_action(self, action):
        if action == "approve":
            return "pages/review/approve.html"
        return super().get_template_for_action(action)

    @transaction.atomic
    def on_action(self, task_state: TaskState, user, action_name: str, **kwargs):
        approving = action_name == "approve" and task_state.status == TaskState.STATUS_IN_PROGRESS
        if approving:
            self.record_review(task_state, user)
        redirect_to = super().on_action(task_state, user, action_name, **kwargs)
        if approving:
            # Where the approver lands: a page saying what went live.
            return reverse("medical_review_approved", args=[task_state.workflow_state.object_id])
        return redirect_to

    def record_review(self, task_state: TaskState, user) -> None:
        page = task_state.revision.as_object()
        if not names_a_reviewer(page):
            return
        if page.latest_revision_id != task_state.revision_id:
            # Edited since the review began: Wagtail restarts the review on the new
            # revision (WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT), and nothing is published.
            return
        provider = provider_for(user)
        if provider is None:
            # get_actions offers no approval to such an account; this refuses one sent anyway.
            raise PermissionDenied(UNLINKED_APPROVER_MESSAGE)
        page.record_medical_review(provider, timezone.localdate())
        try:
            revision = page.save_revision(user=user)
        except ValidationError as error:
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
