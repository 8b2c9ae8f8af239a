"""Old counts rolled up into monthly totals, rare search terms dropped (visits/rollup.py and
`manage.py rollup_visits`)."""

import datetime
from io import StringIO

from django.core.management import call_command

from visits.models import FormCount, PageViewCount, SearchTermCount
from visits.rollup import rollup, rollup_cutoff, tidy

TODAY = datetime.date(2026, 12, 7)


def test_the_cutoff_is_the_first_of_the_month_25_months_back():
    assert rollup_cutoff(TODAY) == datetime.date(2024, 11, 1)
    assert rollup_cutoff(datetime.date(2026, 1, 31)) == datetime.date(2023, 12, 1)


def test_daily_counts_older_than_25_months_become_one_row_a_month(db):
    for day in (3, 4, 30):
        PageViewCount.objects.create(day=datetime.date(2024, 9, day), path="/", count=10)
    PageViewCount.objects.create(day=datetime.date(2024, 10, 31), path="/", count=1)
    recent = PageViewCount.objects.create(day=datetime.date(2024, 11, 1), path="/", count=5)

    assert rollup(TODAY) == 4

    rows = list(PageViewCount.objects.order_by("day").values_list("day", "monthly", "count"))
    assert rows == [
        (datetime.date(2024, 9, 1), True, 30),
        (datetime.date(2024, 10, 1), True, 1),
        (recent.day, False, 5),
    ]


def test_rolling_up_again_adds_to_the_months_total(db):
    PageViewCount.objects.create(day=datetime.date(2024, 9, 3), path="/", count=10)
    rollup(TODAY)
    PageViewCount.objects.create(day=datetime.date(2024, 9, 4), path="/", count=2)
    rollup(TODAY)
    assert list(PageViewCount.objects.values_list("monthly", "count")) == [(True, 12)]


def test_form_submissions_are_rolled_up_with_their_views(consultation_page):
    for day in (1, 2):
        FormCount.objects.create(
            day=datetime.date(2024, 1, day), page=consultation_page, count=10, submissions=1
        )
    rollup(TODAY)
    row = FormCount.objects.get()
    assert (row.monthly, row.count, row.submissions) == (True, 20, 2)


def test_rare_search_terms_are_dropped_once_their_day_is_over(db):
    SearchTermCount.objects.create(day=TODAY - datetime.timedelta(days=1), term="rare", count=4)
    SearchTermCount.objects.create(day=TODAY - datetime.timedelta(days=1), term="often", count=5)
    SearchTermCount.objects.create(day=TODAY, term="so far today", count=1)
    assert tidy(TODAY) == (1, 0)
    assert sorted(SearchTermCount.objects.values_list("term", flat=True)) == [
        "often",
        "so far today",
    ]


def test_the_command_says_what_it_did(db):
    PageViewCount.objects.create(day=datetime.date(2020, 5, 5), path="/", count=3)
    out = StringIO()
    call_command("rollup_visits", stdout=out)
    assert "Rolled up 1 daily row(s)" in out.getvalue()
    assert PageViewCount.objects.get().monthly
