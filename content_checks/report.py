"""Reports -> Reading level: every page with a body, sorted by its reading grade.

For Editors, Medical reviewers, Marketing and administrators: whoever writes or approves
what patients read.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, Revision, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from content_checks.reading import (
    TARGET_GRADE,
    Grade,
    grade_page,
    grade_revision,
    has_body,
    kept_grades,
)
from pages.exports import FormulaSafeExportMixin

page_permission_policy = PagePermissionPolicy()

ABOVE_TARGET = "Above target"
WITHIN_TARGET = "Within target"
TOO_SHORT = "Too short"


def can_see_reading_levels(user) -> bool:
    """Those who write or approve pages: Editors, Medical reviewers, Marketing, administrators.

    Asked as "may they edit or publish any page", from the page permissions Wagtail has
    already read for this request's user, so the menu costs no query of its own.
    """
    if not user.is_active:
        return False
    return user.is_superuser or page_permission_policy.user_has_any_permission(
        user, {"change", "publish"}
    )


def graded_pages() -> list[Page]:
    """Every page with a body, graded as its latest version (a draft when there is one).

    A grade is kept per revision (content_checks.reading.grade_revision): only the revisions
    saved since the last look are read and graded.
    """
    pages: list[Page] = []
    for model in get_page_models():
        if model._meta.abstract or not has_body(model):
            continue
        # Only the model's own pages, not those of its subclasses, which get their own turn.
        pages.extend(model.objects.exact_type(model).defer_streamfields())
    kept = kept_grades([page.latest_revision_id for page in pages if page.latest_revision_id])
    missing = [
        page.latest_revision_id
        for page in pages
        if page.latest_revision_id and page.latest_revision_id not in kept
    ]
    revisions = Revision.page_revisions.in_bulk(missing) if missing else {}
    for page in pages:
        if page.latest_revision_id in kept:
            page.reading = kept[page.latest_revision_id]
        elif page.latest_revision_id in revisions:
            page.reading = grade_revision(type(page), revisions[page.latest_revision_id])
        else:
            # Made in code without a revision: its body is read from the page itself.
            page.reading = grade_page(page)
    return pages


def _status(grade: Grade) -> str:
    if grade.grade is None:
        return TOO_SHORT
    return ABOVE_TARGET if grade.above_target else WITHIN_TARGET


class ReadingLevelReportView(FormulaSafeExportMixin, ReportView):
    """Pages by reading grade, hardest first, against the target for patient information."""

    page_title = "Reading level"
    header_icon = "glasses"
    index_url_name = "reading_level_report"
    index_results_url_name = "reading_level_report_results"
    default_ordering = "-grade"
    paginate_by = 100
    columns = [
        TitleColumn(
            "title",
            label="Page",
            sort_key="title",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("grade_display", label="Reading grade", sort_key="grade"),
        StatusTagColumn(
            "reading_status",
            label=f"Target: grade {TARGET_GRADE:g} or below",
            primary=lambda page: page.reading_status == ABOVE_TARGET,
        ),
        Column("words", label="Words", sort_key="words"),
        Column("page_type", label="Type"),
        Column("version", label="Graded version"),
    ]
    list_export = ["title", "grade", "reading_status", "words", "page_type", "version"]
    export_headings = {
        "title": "Page",
        "grade": "Reading grade",
        "reading_status": f"Target: grade {TARGET_GRADE:g} or below",
        "words": "Words",
        "page_type": "Type",
        "version": "Graded version",
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_see_reading_levels(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self) -> str:
        return f"reading-level-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self) -> list[Page]:
        return self.order_queryset(graded_pages())

    def order_queryset(self, pages: list[Page]) -> list[Page]:
        # A list across page types, graded in Python: sorted here, not in the database.
        field = self.ordering.removeprefix("-")
        descending = self.ordering.startswith("-")

        def key(page: Page) -> tuple:
            if field == "title":
                return (page.title.lower(), page.pk)
            if field == "words":
                return (page.reading.words, page.title.lower())
            # Pages too short to grade come last either way.
            grade = page.reading.grade
            missing = grade is None
            value = grade if grade is not None else 0.0
            return (not missing if descending else missing, value, page.title.lower())

        return sorted(pages, key=key, reverse=descending)

    def decorate_paginated_queryset(self, pages: list[Page]) -> list[Page]:
        for page in pages:
            page.grade = page.reading.grade
            page.grade_display = page.reading.display
            page.words = page.reading.words
            page.reading_status = _status(page.reading)
            page.page_type = page.specific_class._meta.verbose_name.capitalize()
            if not page.live:
                page.version = "Draft"
            elif page.has_unpublished_changes:
                page.version = "Draft of a live page"
            else:
                page.version = "Live"
        return pages
