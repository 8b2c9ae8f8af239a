"""Closure notices (locations/closures.py): shown while in force, on the clinic's page, its card
in /locations/ and the finder, and site-wide when every clinic has one; appearing and
disappearing on their own at their start and end, pages served from the page cache included."""

import datetime
from unittest import mock

import pytest
from django.core.exceptions import ValidationError

from locations.closures import ClosureNotice

from .conftest import medical_clinic_node

UTC = datetime.UTC
# Monday 7 December 2026, 8:00 in Chicago (UTC-6).
MONDAY_8AM = datetime.datetime(2026, 12, 7, 14, 0, tzinfo=UTC)
HOUR = datetime.timedelta(hours=1)
SNOW_DAY = "Closed for snow: we will call everyone booked to move their visit."


class Clock:
    """A frozen clock that a test moves on: every `timezone.now()` reads it."""

    def __init__(self, now: datetime.datetime):
        self.now = now

    def __call__(self) -> datetime.datetime:
        return self.now


@pytest.fixture
def clock():
    clock = Clock(MONDAY_8AM)
    with mock.patch("django.utils.timezone.now", clock):
        yield clock


@pytest.fixture
def add_notice(publish):
    """Save a notice as the admin does, committing, so the page cache hears of it."""

    def add(location, starts_at, ends_at, **fields):
        fields.setdefault("message", SNOW_DAY)
        return publish(
            ClosureNotice.objects.create,
            location=location,
            starts_at=starts_at,
            ends_at=ends_at,
            **fields,
        )

    return add


def get(client, address: str) -> tuple[str, str]:
    response = client.get(address)
    assert response.status_code == 200
    return response.content.decode(), response.get("X-Cache", "")


def test_notice_appears_at_its_start_and_disappears_at_its_end_on_cached_pages(
    client, clock, four_clinics, add_notice
):
    naperville = next(page for page in four_clinics if page.name == "Naperville")
    add_notice(naperville, MONDAY_8AM + HOUR, MONDAY_8AM + 3 * HOUR)
    addresses = [naperville.url, "/locations/"]

    # Before the start: no notice, and the pages are cached.
    for address in addresses:
        html, _ = get(client, address)
        assert SNOW_DAY not in html
        html, served = get(client, address)
        assert served == "hit" and SNOW_DAY not in html
    assert SNOW_DAY not in get(client, "/locations/?zip=60540")[0]

    # At its start the cached copies are no longer served: the notice shows.
    clock.now = MONDAY_8AM + HOUR
    for address in addresses:
        html, served = get(client, address)
        assert served == "miss"
        assert SNOW_DAY in html
        html, served = get(client, address)
        assert served == "hit" and SNOW_DAY in html
    finder, _ = get(client, "/locations/?zip=60540")
    assert SNOW_DAY in finder
    assert finder.count("data-closure-notice") == 1

    # Half a second before the end it still shows; at the end it is gone.
    clock.now = MONDAY_8AM + 3 * HOUR - datetime.timedelta(seconds=0.5)
    assert SNOW_DAY in get(client, naperville.url)[0]
    clock.now = MONDAY_8AM + 3 * HOUR
    for address in [*addresses, "/locations/?zip=60540"]:
        html, _ = get(client, address)
        assert SNOW_DAY not in html


def test_notice_shows_only_on_its_own_clinic(client, clock, four_clinics, add_notice):
    wicker_park, orland_park, *_ = four_clinics
    add_notice(wicker_park, MONDAY_8AM - HOUR, MONDAY_8AM + HOUR)

    assert SNOW_DAY in get(client, wicker_park.url)[0]
    assert SNOW_DAY not in get(client, orland_park.url)[0]
    index, _ = get(client, "/locations/")
    assert index.count(SNOW_DAY) == 1
    # Not every clinic is affected: no site-wide banner.
    assert "closure-banner" not in get(client, "/")[0]


def test_changed_hours_notice_names_the_hours(client, clock, four_clinics, add_notice):
    clinic = four_clinics[0]
    add_notice(
        clinic,
        MONDAY_8AM,
        MONDAY_8AM + 8 * HOUR,
        status=ClosureNotice.Status.CHANGED_HOURS,
        opens=datetime.time(10),
        closes=datetime.time(14),
        message="Short-staffed today.",
    )

    html, _ = get(client, clinic.url)

    assert "Changed hours: 10:00 AM – 2:00 PM" in html
    assert "from Monday, December 7, 8:00 AM until Monday, December 7, 4:00 PM" in html
    assert 'data-hours-today="10:00 AM – 2:00 PM"' in html


def test_site_wide_banner_while_every_clinic_is_affected(
    client, clock, home, four_clinics, add_notice
):
    for clinic in four_clinics[:3]:
        add_notice(clinic, MONDAY_8AM + HOUR, MONDAY_8AM + 5 * HOUR)
    add_notice(four_clinics[3], MONDAY_8AM + 2 * HOUR, MONDAY_8AM + 4 * HOUR)

    home_html, _ = get(client, "/")
    assert "closure-banner" not in home_html
    assert get(client, "/")[1] == "hit"

    clock.now = MONDAY_8AM + HOUR  # three of four clinics
    assert "closure-banner" not in get(client, "/")[0]

    clock.now = MONDAY_8AM + 2 * HOUR  # all four: the banner, under the crisis notice
    home_html, _ = get(client, "/")
    assert "closure-banner" in home_html
    assert home_html.index("crisis-banner") < home_html.index("closure-banner")
    assert home_html.index("closure-banner") < home_html.index("<main")
    assert home_html.count(SNOW_DAY) == 4
    assert "closure-banner" in get(client, four_clinics[0].url)[0]

    clock.now = MONDAY_8AM + 4 * HOUR  # Palos Hills open again
    assert "closure-banner" not in get(client, "/")[0]


def test_saving_a_notice_shows_it_at_once_on_a_cached_page(client, clock, four_clinics, add_notice):
    clinic = four_clinics[0]
    get(client, clinic.url)
    assert get(client, clinic.url)[1] == "hit"

    add_notice(clinic, MONDAY_8AM, MONDAY_8AM + HOUR)

    assert SNOW_DAY in get(client, clinic.url)[0]


def test_page_without_scheduled_notices_is_cached_as_long_as_ever(
    client, clock, four_clinics, add_notice, settings
):
    clinic = four_clinics[0]
    # A notice that ended yesterday sets no moment to expire at.
    add_notice(clinic, MONDAY_8AM - 30 * HOUR, MONDAY_8AM - 20 * HOUR)
    get(client, clinic.url)

    clock.now = MONDAY_8AM + datetime.timedelta(seconds=settings.PAGE_CACHE_SECONDS - 1)

    assert get(client, clinic.url)[1] == "hit"


def test_json_ld_carries_special_opening_hours_for_notices_not_ended(
    client, clock, four_clinics, add_notice
):
    clinic = four_clinics[0]
    add_notice(clinic, MONDAY_8AM - 50 * HOUR, MONDAY_8AM - 20 * HOUR)  # over
    add_notice(clinic, MONDAY_8AM + 20 * HOUR, MONDAY_8AM + 28 * HOUR)  # Tuesday
    add_notice(
        clinic,
        MONDAY_8AM + 48 * HOUR,
        MONDAY_8AM + 56 * HOUR,
        status=ClosureNotice.Status.CHANGED_HOURS,
        opens=datetime.time(12),
        closes=datetime.time(16),
    )

    node = medical_clinic_node(get(client, clinic.url)[0])

    assert node["specialOpeningHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": "2026-12-08",
            "validThrough": "2026-12-08",
            "opens": "00:00",
            "closes": "00:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": "2026-12-09",
            "validThrough": "2026-12-09",
            "opens": "12:00",
            "closes": "16:00",
        },
    ]
    # The weekly hours are unchanged beside them.
    assert node["openingHoursSpecification"]


def test_json_ld_has_no_special_hours_without_notices(client, clock, four_clinics):
    node = medical_clinic_node(get(client, four_clinics[0].url)[0])

    assert "specialOpeningHoursSpecification" not in node


def test_today_label_shows_the_hours_of_the_notice_in_force(node_call):
    notices = [
        {"starts": "2026-12-07T08:00:00-06:00", "ends": "2026-12-07T16:00:00-06:00",
         "hoursToday": "Closed"},
    ]  # fmt: skip

    before, during, after = node_call(
        "opening-hours.js",
        "planNotices",
        [
            [notices, "2026-12-07T13:59:00Z"],
            [notices, "2026-12-07T14:00:00Z"],
            [notices, "2026-12-07T22:00:00Z"],
        ],
    )

    assert before == {"label": "Today", "ended": []}
    assert during == {"label": "Today: Closed", "ended": []}
    # A page left open past the end hides the notice and shows the usual hours.
    assert after == {"label": "Today", "ended": [0]}


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"ends_at": MONDAY_8AM - HOUR}, "ends_at"),
        ({"status": ClosureNotice.Status.CHANGED_HOURS}, "opens"),
        (
            {
                "status": ClosureNotice.Status.CHANGED_HOURS,
                "opens": datetime.time(14),
                "closes": datetime.time(10),
            },
            "closes",
        ),
    ],
)
def test_notice_that_makes_no_sense_is_refused(four_clinics, fields, field_in_error):
    notice = ClosureNotice(
        **{
            "location": four_clinics[0],
            "message": "Closed.",
            "starts_at": MONDAY_8AM,
            "ends_at": MONDAY_8AM + HOUR,
            **fields,
        }
    )

    with pytest.raises(ValidationError) as error:
        notice.full_clean()

    assert field_in_error in error.value.message_dict


def test_closed_notice_forgets_hours_typed_before_choosing_closed(four_clinics):
    notice = ClosureNotice(
        location=four_clinics[0],
        message="Closed.",
        starts_at=MONDAY_8AM,
        ends_at=MONDAY_8AM + HOUR,
        opens=datetime.time(10),
        closes=datetime.time(14),
    )

    notice.full_clean()

    assert notice.opens is None and notice.closes is None


def test_schedule_is_read_once_until_something_changes(
    client, clock, four_clinics, add_notice, monkeypatch
):
    from locations import closures

    reads = []
    read_schedule = closures.read_schedule
    monkeypatch.setattr(
        closures, "read_schedule", lambda now: reads.append(now) or read_schedule(now)
    )

    for clinic in four_clinics:
        get(client, clinic.url)
    get(client, "/locations/")
    assert len(reads) == 1

    add_notice(four_clinics[0], MONDAY_8AM, MONDAY_8AM + HOUR)
    html, _ = get(client, four_clinics[0].url)
    assert len(reads) == 2 and SNOW_DAY in html
