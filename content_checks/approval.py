"""The reading grade, in the notes a Medical reviewer reads on a page awaiting their approval
(pages/review/views.py shows them to whoever may approve it).

A warning, never a block: the approver reads it beside the page and decides.
"""

from __future__ import annotations

from wagtail.models import Page

from content_checks.reading import TARGET_GRADE, grade_page


def reading_grade_notes(page: Page) -> list[str]:
    grade = grade_page(page)
    if grade.grade is None:
        return []
    target = f"grade {TARGET_GRADE:g} or below"
    if grade.above_target:
        return [
            f"Reading grade {grade.display}: harder than the target for patient information "
            f"({target}). You can still approve; plainer words may help readers."
        ]
    return [f"Reading grade {grade.display}: within the target for patient information ({target})."]
