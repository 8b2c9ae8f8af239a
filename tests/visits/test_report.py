"""What the visits report reads from the counts (visits/report.py)."""

import datetime

from tests.factories import StandardPageFactory
from visits import report
from visits.models import PageViewCount

DAY = datetime.date(2026, 11, 10)


def test_pages_are_shown_by_their_title_and_unknown_paths_by_their_path(home, publish):
    page = StandardPageFactory(parent=home, title="Insurance and costs", slug="insurance")
    publish(page.save_revision().publish)
    assert report.page_titles(["/", "/insurance/", "/gone/"]) == {
        "/": home.title,
        "/insurance/": "Insurance and costs",
    }


def test_top_pages_compare_with_the_days_just_before(home):
    span = report.DayRange(DAY, DAY + datetime.timedelta(days=6))
    PageViewCount.objects.create(day=DAY, path="/", count=30)
    PageViewCount.objects.create(day=DAY - datetime.timedelta(days=7), path="/", count=20)
    PageViewCount.objects.create(day=DAY - datetime.timedelta(days=8), path="/", count=99)
    PageViewCount.objects.create(day=DAY + datetime.timedelta(days=1), path="/new/", count=1)
    rows = report.top_pages(span)
    assert [(row.path, row.views, row.previous, row.change) for row in rows] == [
        ("/", 30, 20, "+50%"),
        ("/new/", 1, 0, "new"),
    ]


def test_every_day_of_the_range_has_a_figure(db):
    PageViewCount.objects.create(day=DAY, path="/", count=3)
    PageViewCount.objects.create(day=DAY, path="/learn/", count=4)
    span = report.DayRange(DAY - datetime.timedelta(days=1), DAY + datetime.timedelta(days=1))
    assert [views for _, views in report.daily_views(span)] == [0, 7, 0]


def test_monthly_totals_count_in_a_range_that_holds_their_first_day(db):
    PageViewCount.objects.create(day=datetime.date(2023, 5, 1), monthly=True, path="/", count=900)
    span = report.DayRange(datetime.date(2023, 5, 1), datetime.date(2023, 5, 31))
    assert report.top_pages(span)[0].views == 900
