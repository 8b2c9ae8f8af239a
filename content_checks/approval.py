"""The reading grade, shown to whoever can approve a page in its workflow, as they open it.

A warning, never a block: the approver reads it beside the page and decides.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest
from wagtail.models import Page

from content_checks.reading import TARGET_GRADE, grade_page


def show_reading_grade_to_approver(request: HttpRequest, page: Page) -> None:
    """before_edit_page hook: a message with the grade when the user may approve the page."""
    if request.method != "GET":
        return
    task = page.current_workflow_task
    if task is None or not task.specific.get_actions(page, request.user):
        return
    grade = grade_page(page)
    if grade.grade is None:
        return
    target = f"grade {TARGET_GRADE:g} or below"
    if grade.above_target:
        messages.warning(
            request,
            f"Reading grade {grade.display}: harder than the target for patient information "
            f"({target}). You can still approve; plainer words may help readers.",
        )
    else:
        messages.info(
            request,
            f"Reading grade {grade.display}: within the target for patient information ({target}).",
        )
