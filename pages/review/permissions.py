"""Medical review: which pages are clinical, and why nobody but an administrator publishes them
directly.

A page is clinical when the workflow that governs it (its own, or its nearest ancestor's)
asks the "Medical reviewers" group for approval; the Medical review workflow is assigned to
the Learn and Conditions sections. Wagtail lets anyone with publish permission publish past a
workflow, and page permissions cannot be taken away below the point where they are granted,
so Editors (who publish everywhere else) get a permission tester that withholds direct
publishing on clinical pages. Such pages reach the public only through a reviewer's approval.
"""

from django.utils.functional import cached_property
from wagtail.models import GroupApprovalTask, Page, PagePermissionTester

EDITORS = "Editors"
MEDICAL_REVIEWERS = "Medical reviewers"
FRONT_DESK = "Front desk"


def requires_medical_review(page: Page) -> bool:
    """True when the page's workflow needs a Medical reviewer's approval to publish."""
    workflow = page.get_workflow()
    if workflow is None:
        return False
    return GroupApprovalTask.objects.filter(
        workflow_tasks__workflow=workflow, active=True, groups__name=MEDICAL_REVIEWERS
    ).exists()


class ClinicalPagePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, less the ways around medical review.

    For anyone but a superuser, on a clinical page: no direct publishing (of the page, or of
    a new page created under it), and no moving or copying pages across the edge of a
    clinical section, which would publish reviewed content unreviewed or the reverse.
    Unpublishing stays possible: taking a wrong page down must never wait for a review.
    """

    @cached_property
    def review_required(self) -> bool:
        return requires_medical_review(self.page)

    def _bypasses_review(self) -> bool:
        return self.user.is_superuser

    def can_publish(self):
        return super().can_publish() and (self._bypasses_review() or not self.review_required)

    def can_publish_subpage(self):
        return super().can_publish_subpage() and (
            self._bypasses_review() or not self.review_required
        )

    def can_move_to(self, destination):
        if not self._bypasses_review() and self.review_required != requires_medical_review(
            destination
        ):
            return False
        return super().can_move_to(destination)

    def can_copy_to(self, destination, recursive=False):
        if (
            not self._bypasses_review()
            and self.review_required
            and not requires_medical_review(destination)
        ):
            return False
        return super().can_copy_to(destination, recursive=recursive)
