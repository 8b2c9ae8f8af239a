"""What the visits report shows, read from the counts for a range of days.

Every figure is a sum of rows whose day falls in the range: daily rows, and for ranges more
than 25 months back the monthly totals (dated the 1st of their month) they were rolled up
into. Search terms count only on the days they were searched at least MIN_SEARCHES_SHOWN times.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet, Sum
from wagtail.models import Page

from .models import DemoFill, FormCount, PageViewCount, ReferrerCount, SearchTermCount
from .rollup import MIN_SEARCHES_SHOWN

TOP = 20
NO_CLINIC_PRESELECTED = "No clinic chosen on arrival"


@dataclass(frozen=True)
class DayRange:
    start: datetime.date
    end: datetime.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> DayRange:
        """The same number of days just before this range."""
        end = self.start - datetime.timedelta(days=1)
        return DayRange(end - datetime.timedelta(days=self.days - 1), end)

    def each_day(self) -> list[datetime.date]:
        return [self.start + datetime.timedelta(days=n) for n in range(self.days)]

    def rows(self, model) -> QuerySet:
        return model.objects.filter(day__gte=self.start, day__lte=self.end)


@dataclass(frozen=True)
class PageRow:
    path: str
    title: str
    views: int
    previous: int

    @property
    def change(self) -> str:
        """The change from the previous period, in words a table cell can hold."""
        if not self.previous:
            return "new" if self.views else "–"
        percent = round((self.views - self.previous) * 100 / self.previous)
        return f"{percent:+d}%"


@dataclass
class FunnelRow:
    clinic: str
    views: int = 0
    submissions: int = 0

    @property
    def conversion(self) -> str:
        if not self.views:
            return "–"
        return f"{self.submissions * 100 / self.views:.1f}%"


@dataclass
class FormFunnel:
    page_id: int
    title: str
    rows: list[FunnelRow] = field(default_factory=list)

    @property
    def total(self) -> FunnelRow:
        return FunnelRow(
            "All clinics",
            sum(row.views for row in self.rows),
            sum(row.submissions for row in self.rows),
        )


def page_titles(paths: list[str]) -> dict[str, str]:
    """Each path's page title, looked up under every site root (the pages one level below
    Wagtail's own root). Two queries."""
    if not paths:
        return {}
    titles = {}
    roots = list(Page.objects.filter(depth=2).values_list("url_path", flat=True))
    wanted = [root.rstrip("/") + path for root in roots for path in paths]
    pages = Page.objects.live().filter(url_path__in=wanted).values_list("url_path", "title")
    for url_path, title in pages:
        for root in roots:
            if url_path.startswith(root):
                titles["/" + url_path[len(root) :]] = title
    return titles


def daily_views(span: DayRange) -> list[tuple[datetime.date, int]]:
    totals = dict(
        span.rows(PageViewCount).values_list("day").annotate(total=Sum("count")).order_by()
    )
    return [(day, totals.get(day, 0)) for day in span.each_day()]


def top_pages(span: DayRange, limit: int = TOP) -> list[PageRow]:
    top = list(
        span.rows(PageViewCount)
        .values_list("path")
        .annotate(total=Sum("count"))
        .order_by("-total", "path")[:limit]
    )
    paths = [path for path, _ in top]
    before = dict(
        span.previous()
        .rows(PageViewCount)
        .filter(path__in=paths)
        .values_list("path")
        .annotate(total=Sum("count"))
        .order_by()
    )
    titles = page_titles(paths)
    return [
        PageRow(path, titles.get(path, path), total, before.get(path, 0)) for path, total in top
    ]


def referrers(span: DayRange, limit: int = TOP) -> list[tuple[str, int]]:
    return list(
        span.rows(ReferrerCount)
        .values_list("host")
        .annotate(total=Sum("count"))
        .order_by("-total", "host")[:limit]
    )


def search_terms(span: DayRange, limit: int = 50) -> list[tuple[str, int]]:
    """Terms searched at least MIN_SEARCHES_SHOWN times on a day, summed over those days."""
    shown = span.rows(SearchTermCount).filter(Q(count__gte=MIN_SEARCHES_SHOWN) | Q(monthly=True))
    return list(
        shown.values_list("term").annotate(total=Sum("count")).order_by("-total", "term")[:limit]
    )


def clinic_names(slugs: set[str]) -> dict[str, str]:
    """The title of the page each preselected clinic's slug names (location pages)."""
    if not slugs:
        return {}
    return dict(Page.objects.filter(slug__in=slugs).values_list("slug", "title"))


def form_funnels(span: DayRange) -> list[FormFunnel]:
    """Each form page's views and submissions, per clinic. A view's clinic is the one the
    link preselected (a clinic page's "book here" link); a submission's is the one chosen in
    the form; both are shown under the clinic's name."""
    sums = list(
        span.rows(FormCount)
        .values_list("page_id", "page__title", "clinic")
        .annotate(views=Sum("count"), sent=Sum("submissions"))
        .order_by("page__title", "clinic")
    )
    names = clinic_names({clinic for _, _, clinic, _, _ in sums if clinic})
    funnels: dict[int, FormFunnel] = {}
    for page_id, title, clinic, views, sent in sums:
        funnel = funnels.setdefault(page_id, FormFunnel(page_id, title))
        label = names.get(clinic, clinic) if clinic else NO_CLINIC_PRESELECTED
        row = next((row for row in funnel.rows if row.clinic == label), None)
        if row is None:
            row = FunnelRow(label)
            funnel.rows.append(row)
        row.views += views
        row.submissions += sent
    for funnel in funnels.values():
        funnel.rows.sort(key=lambda row: (row.clinic == NO_CLINIC_PRESELECTED, row.clinic))
    return list(funnels.values())


def demo_fill() -> DemoFill | None:
    return DemoFill.objects.order_by("-created_at").first()
