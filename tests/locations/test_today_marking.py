"""Today's opening hours are marked in Chicago time, also on a page served from a cache.

The server never marks "today" (a cached page would keep yesterday's mark after midnight);
static/js/opening-hours.js does, in the visitor's browser. Its pure functions run here with
node, against the rows of a page the server really rendered.
"""

import datetime
from unittest import mock

import pytest
from django.core.cache import cache

from .conftest import hours_rows

UTC = datetime.UTC

# Tuesday 3 March 2026, Central Standard Time (UTC-6).
TUESDAY_LATE = "2026-03-04T05:59:59Z"  # Tuesday 23:59:59 in Chicago, already Wednesday in UTC
WEDNESDAY_EARLY = "2026-03-04T06:00:00Z"  # Wednesday 00:00:00 in Chicago
THURSDAY_NOON = "2026-03-05T18:00:00Z"


@pytest.mark.parametrize(
    ("instant", "weekday", "date"),
    [
        (TUESDAY_LATE, 2, "2026-03-03"),
        (WEDNESDAY_EARLY, 3, "2026-03-04"),
        # Evening in Chicago is already tomorrow in UTC: the clinic's day still counts.
        ("2026-03-04T01:30:00Z", 2, "2026-03-03"),
        # Clocks go forward on Sunday 8 March 2026 and back on Sunday 1 November 2026.
        ("2026-03-08T05:59:59Z", 6, "2026-03-07"),
        ("2026-03-08T06:00:00Z", 7, "2026-03-08"),
        ("2026-11-01T04:59:59Z", 6, "2026-10-31"),
        ("2026-11-01T05:00:00Z", 7, "2026-11-01"),
    ],
)
def test_clinic_day_changes_at_midnight_chicago_time(node_call, instant, weekday, date):
    [today] = node_call("opening-hours.js", "clinicToday", [[instant]])

    assert today == {"weekday": weekday, "date": date}


@pytest.fixture
def clinic_with_training_day(make_location):
    # Closed on Wednesday 4 March 2026 for staff training; usual hours otherwise.
    return make_location(
        slug="wicker-park",
        special_dates=[
            {"date": datetime.date(2026, 3, 4), "closed": True, "note": "Staff training"}
        ],
    )


def _render_at(client, page, instant: str) -> str:
    now = datetime.datetime.fromisoformat(instant.replace("Z", "+00:00")).astimezone(UTC)
    with mock.patch("django.utils.timezone.now", return_value=now):
        return client.get(page.url).content.decode()


def test_server_html_marks_no_day_as_today(client, clinic_with_training_day):
    html = _render_at(client, clinic_with_training_day, TUESDAY_LATE)

    assert "hours__row--today" not in html
    assert 'aria-current="date"' not in html
    assert '<script type="module" src="/static/js/opening-hours.js">' in html


def test_server_html_for_the_weekly_hours_is_the_same_on_any_day(client, make_location):
    page = make_location(slug="steady")

    assert _render_at(client, page, TUESDAY_LATE) == _render_at(client, page, WEDNESDAY_EARLY)


def test_page_cached_on_tuesday_night_marks_wednesday_after_midnight(
    client, node_call, clinic_with_training_day
):
    # Rendered and cached late on Tuesday; served from the cache from then on.
    cache.set("location-page", _render_at(client, clinic_with_training_day, TUESDAY_LATE))
    cached = cache.get("location-page")
    rows = hours_rows(cached)
    weekly = {row["weekday"]: index for index, row in enumerate(rows) if row["weekday"]}
    training_day = next(index for index, row in enumerate(rows) if row["date"] == "2026-03-04")

    before, after, later = node_call(
        "opening-hours.js",
        "planMarking",
        [[rows, TUESDAY_LATE], [rows, WEDNESDAY_EARLY], [rows, THURSDAY_NOON]],
    )

    assert before == {"today": [weekly["2"]], "past": []}
    # The special date wins over Wednesday's usual hours, so the page never says "open".
    assert after == {"today": [training_day], "past": []}
    assert later == {"today": [weekly["4"]], "past": [training_day]}
