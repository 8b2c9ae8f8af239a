"""Admin → Reports → Visits: the counts for a range of days, as charts, tables and CSV."""

from __future__ import annotations

import csv
import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from pages.exports import as_text_cell

from . import charts, report
from .rollup import MIN_SEARCHES_SHOWN

PERMISSION = "visits.view_visit_statistics"
DEFAULT_DAYS = 30
# The longest range one screen shows day by day (a bit over three years).
MAX_DAYS = 1200
PRESETS = [(7, "Last 7 days"), (30, "Last 30 days"), (90, "Last 90 days"), (365, "Last 12 months")]
EXPORTS = {
    "daily": ("day", "page views"),
    "pages": ("path", "page title", "page views", "previous period"),
    "referrers": ("referring site", "page views"),
    "forms": ("form", "clinic", "form views", "submissions"),
    "searches": ("search term", "searches"),
}


def can_see_visits(user) -> bool:
    return bool(user and user.is_active and user.has_perm(PERMISSION))


class RangeForm(forms.Form):
    start = forms.DateField(
        label="From", widget=forms.DateInput(attrs={"type": "date"}), required=False
    )
    end = forms.DateField(
        label="To", widget=forms.DateInput(attrs={"type": "date"}), required=False
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise forms.ValidationError("The first day must come before the last.")
        if start and end and (end - start).days >= MAX_DAYS:
            raise forms.ValidationError(f"Choose a range of at most {MAX_DAYS} days.")
        return data

    def span(self) -> report.DayRange:
        today = timezone.localdate()
        default = report.DayRange(today - datetime.timedelta(days=DEFAULT_DAYS - 1), today)
        if not self.is_valid():
            return default
        end = self.cleaned_data.get("end") or today
        start = self.cleaned_data.get("start") or end - datetime.timedelta(days=DEFAULT_DAYS - 1)
        return report.DayRange(start, end)


class VisitsReportView(WagtailAdminTemplateMixin, TemplateView):
    """The visits report, for Editors, Marketing and administrators."""

    page_title = "Visits"
    header_icon = "view"
    template_name = "visits/visits_report.html"

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        if not can_see_visits(request.user):
            raise PermissionDenied
        self.form = RangeForm(request.GET or None)
        self.span = self.form.span()
        if not self.form.is_bound:
            # The date fields show the days the report shows.
            self.form = RangeForm(initial={"start": self.span.start, "end": self.span.end})
        export = request.GET.get("export")
        if export in EXPORTS:
            return self.export(export)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": "Reports"},
            {"url": "", "label": "Visits"},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        span = self.span
        daily = report.daily_views(span)
        pages = report.top_pages(span)
        referrers = report.referrers(span)
        searches = report.search_terms(span)
        funnels = report.form_funnels(span)
        today = timezone.localdate()
        range_query = f"start={span.start.isoformat()}&end={span.end.isoformat()}"
        context.update(
            form=self.form,
            span=span,
            range_query=range_query,
            presets=[
                (label, (today - datetime.timedelta(days=days - 1)).isoformat(), today.isoformat())
                for days, label in PRESETS
            ],
            total_views=sum(views for _, views in daily),
            daily=daily,
            daily_chart=charts.column_chart("visits-daily", "Page views per day", daily),
            pages=pages,
            pages_chart=charts.bar_chart(
                "visits-pages", "Most read pages", [(row.title, row.views) for row in pages[:10]]
            ),
            referrers=referrers,
            referrers_chart=charts.bar_chart(
                "visits-referrers", "Sites that sent visitors", referrers[:10]
            ),
            funnels=[
                (
                    funnel,
                    charts.bar_chart(
                        f"visits-form-{funnel.page_id}",
                        f"Submissions per clinic: {funnel.title}",
                        [(row.clinic, row.submissions) for row in funnel.rows],
                    ),
                )
                for funnel in funnels
            ],
            searches=searches,
            searches_chart=charts.bar_chart("visits-searches", "Search terms", searches[:10]),
            min_searches=MIN_SEARCHES_SHOWN,
            demo=report.demo_fill(),
        )
        return context

    def export(self, name: str) -> HttpResponse:
        span = self.span
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"visits-{name}-{span.start.isoformat()}-to-{span.end.isoformat()}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        writer = csv.writer(response)
        writer.writerow(EXPORTS[name])
        if name == "daily":
            rows = [(day.isoformat(), views) for day, views in report.daily_views(span)]
        elif name == "pages":
            rows = [
                (row.path, row.title, row.views, row.previous)
                for row in report.top_pages(span, limit=1000)
            ]
        elif name == "referrers":
            rows = report.referrers(span, limit=1000)
        elif name == "forms":
            rows = [
                (funnel.title, row.clinic, row.views, row.submissions)
                for funnel in report.form_funnels(span)
                for row in funnel.rows
            ]
        else:
            rows = report.search_terms(span, limit=1000)
        # Paths, titles and search terms come from visitors and editors: none may run as a
        # formula in a spreadsheet.
        writer.writerows([as_text_cell(cell) for cell in row] for row in rows)
        return response
