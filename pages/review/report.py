"""The admin's view of medical reviews falling due: a report and a dashboard panel.

Both are for Editors, Medical reviewers and administrators (pages.review.reminders), and
both are registered in pages/wagtail_hooks.py.
"""

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from pages.exports import FormulaSafeExportMixin
from pages.review.reminders import (
    DUE_SOON_DAYS,
    can_follow_reviews,
    pages_due_for_review,
    review_counts,
)

OVERDUE = "Overdue"
DUE_SOON = "Due soon"


class ReviewStatusColumn(Column):
    """The review status as a badge whose colour, not only its words, tells overdue from
    due soon (static/css/admin_review.css)."""

    cell_template_name = "pages/admin/review_status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["status_key"] = "overdue" if context["value"] == OVERDUE else "due-soon"
        return context


def _date(value: datetime.date | None) -> str:
    return value.strftime("%b %-d, %Y") if value else ""


class ReviewDueReportView(FormulaSafeExportMixin, ReportView):
    """Clinical pages whose medical review is overdue or due within DUE_SOON_DAYS days."""

    page_title = "Clinical content due for review"
    header_icon = "time"
    index_url_name = "clinical_review_report"
    index_results_url_name = "clinical_review_report_results"
    default_ordering = "next_review_due"
    # A page that is never reviewed again would stay overdue here; there are few enough
    # clinical pages for one screen, but a long list still paginates.
    paginate_by = 100
    columns = [
        TitleColumn(
            "title",
            label="Page",
            sort_key="title",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        ReviewStatusColumn("review_status", label="Review"),
        Column("next_review_due_display", label="Next review due", sort_key="next_review_due"),
        Column("last_reviewed_display", label="Last reviewed", sort_key="last_reviewed"),
        Column("reviewer_name", label="Medical reviewer"),
    ]
    list_export = ["title", "review_status", "next_review_due", "last_reviewed", "reviewer_name"]
    export_headings = {
        "title": "Page",
        "review_status": "Review",
        "next_review_due": "Next review due",
        "last_reviewed": "Last reviewed",
        "reviewer_name": "Medical reviewer",
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_follow_reviews(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self) -> str:
        return f"clinical-content-due-for-review-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self) -> list[Page]:
        return self.order_queryset(pages_due_for_review())

    def order_queryset(self, pages: list[Page]) -> list[Page]:
        # A list across page types rather than a queryset: sorted here, not in the database.
        field = self.ordering.removeprefix("-")

        def key(page: Page) -> tuple:
            value = getattr(page, field)
            if field == "title":
                value = value.lower()
            # Never-reviewed pages sort as the oldest review.
            return (value or datetime.date.min, page.title.lower(), page.pk)

        return sorted(pages, key=key, reverse=self.ordering.startswith("-"))

    def decorate_paginated_queryset(self, pages: list[Page]) -> list[Page]:
        today = timezone.localdate()
        for page in pages:
            page.review_status = OVERDUE if page.next_review_due < today else DUE_SOON
            page.next_review_due_display = _date(page.next_review_due)
            page.last_reviewed_display = _date(page.last_reviewed)
            reviewer = page.medical_reviewer
            page.reviewer_name = str(reviewer) if reviewer else ""
        return pages


class ReviewDuePanel(Component):
    """The dashboard's count of reviews overdue and due soon, linking to the report."""

    name = "clinical_review_due"
    # After Wagtail's own moderation panels, before the locked and recently edited pages.
    order = 250
    template_name = "pages/admin/review_due_panel.html"

    def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
        overdue, due_soon = review_counts()
        return {
            "overdue": overdue,
            "due_soon": due_soon,
            "due_soon_days": DUE_SOON_DAYS,
            "report_url": reverse("clinical_review_report"),
        }
