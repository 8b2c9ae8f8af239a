"""A clinic's own page (LocationPage): address, phone, hours (today's marked in the visitor's
browser), booking, people and structured data, and the admin."""

import datetime
import re
from decimal import Decimal
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from demo.loader import ensure_home
from locations.models import LocationIndexPage, LocationPage, OpeningHours
from pages.models import ClinicSettings
from tests import factories, page_html
from tests.factories import (
    LocationIndexPageFactory,
    LocationPageFactory,
    ProviderFactory,
    TestimonialFactory,
)
from tests.page_html import soup

from .conftest import hours_rows, medical_clinic_node


def admin_form_data() -> dict:
    """What the admin's page form posts for a clinic with weekly hours and a holiday."""
    return nested_form_data(
        {
            "title": "Ketamine clinic in Naperville",
            "slug": "naperville",
            "name": "Naperville",
            "intro": rich_text("<p>Welcome.</p>"),
            "street_address": "1 Main St",
            "city": "Naperville",
            "state": "IL",
            "postal_code": "60540",
            "phone": "(630) 555-0100",
            "email": "",
            "latitude": "",
            "longitude": "",
            "hours_note": "",
            "opening_hours": inline_formset(
                [
                    {"weekday": "1", "opens": "09:00", "closes": "17:00", "closed": ""},
                    {"weekday": "7", "opens": "", "closes": "", "closed": "on"},
                ]
            ),
            "special_dates": inline_formset(
                [{"date": "2099-12-25", "closed": "on", "note": "Christmas Day"}]
            ),
            "parking": "",
            "transit": "",
            "accessibility": "",
            "neighbourhoods_served": "Naperville, Lisle",
            "services_offered": "",
            "body": streamfield([]),
            "references": inline_formset([]),
            "price_range": "$$$",
            "summary": "",
            "hide_from_search_engines": "",
        }
    )


class TestLocationPageInTheAdmin(WagtailPageTestCase):
    def test_location_pages_live_under_the_locations_index_only(self):
        self.assertAllowedParentPageTypes(LocationPage, {LocationIndexPage})
        self.assertAllowedSubpageTypes(LocationPage, {})

    def test_editor_creates_a_clinic_with_hours_in_the_admin(self):
        home = ensure_home()
        index = LocationIndexPageFactory(parent=home)
        self.login()
        data = admin_form_data()

        self.assertCanCreate(index, LocationPage, data)

        page = LocationPage.objects.get(slug="naperville")
        assert [(h.weekday, h.closed) for h in page.opening_hours.all()] == [(1, False), (7, True)]
        # Left empty, the map position comes from the ZIP code's centre.
        assert page.coordinates == pytest.approx((41.7662, -88.141))
        assert page.special_dates.get().note == "Christmas Day"

    def test_editor_edits_and_previews_a_clinic_with_people_and_hours(self):
        home = ensure_home()
        index = LocationIndexPageFactory(parent=home)
        page = LocationPageFactory(parent=index, slug="naperville")
        page.opening_hours = [
            OpeningHours(weekday=1, opens=datetime.time(9), closes=datetime.time(17))
        ]
        page.providers = [ProviderFactory()]
        page.save_revision().publish()
        factories.TestimonialFactory(location=page)

        # The body StreamField is drawn by JavaScript, so the form data is given, not scraped.
        self.assertPageIsEditable(page, post_data=admin_form_data())
        self.assertPageIsPreviewable(page, post_data=admin_form_data())

    def test_editor_previews_a_clinic_before_saving_it(self):
        home = ensure_home()
        index = LocationIndexPageFactory(parent=home)
        self.login()
        preview_url = reverse(
            "wagtailadmin_pages:preview_on_add", args=["locations", "locationpage", index.pk]
        )

        posted = self.client.post(preview_url, admin_form_data())
        response = self.client.get(preview_url)

        assert posted.json()["is_valid"]
        assert response.status_code == 200
        assert "Christmas Day" in response.content.decode()


@pytest.fixture
def clinic(make_location):
    return make_location(
        title="Ketamine clinic in Wicker Park",
        name="Wicker Park",
        slug="wicker-park",
        street_address="1601 W Division St",
        city="Chicago",
        postal_code="60622",
        phone="(312) 555-1234",
        latitude="41.903400",
        longitude="-87.667700",
        neighbourhoods_served="Wicker Park, Ukrainian Village, River North",
    )


def test_clinic_page_shows_address_tap_to_call_phone_and_hours_table(client, clinic):
    response = client.get("/locations/wicker-park/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "1601 W Division St" in html
    assert "Chicago, IL 60622" in html
    assert '<a href="tel:+13125551234">(312) 555-1234</a>' in html
    assert "<table" in html and "<caption" in html
    assert '<th scope="row">Monday</th>' in html
    assert "9:00 AM – 5:00 PM" in html
    assert html.count("<h1") == 1


def test_days_without_hours_are_shown_closed(client, clinic):
    html = client.get(clinic.url).content.decode()

    sunday = re.search(
        r'data-weekday="7">\s*<th scope="row">Sunday</th>\s*<td>(.*?)</td>', html, re.S
    )
    assert sunday.group(1).strip() == "Closed"


def test_a_day_with_a_lunch_break_shows_both_periods(client, make_location):
    page = make_location(
        hours=[
            (2, datetime.time(13), datetime.time(17)),
            (2, datetime.time(9), datetime.time(12)),
        ]
    )

    html = client.get(page.url).content.decode()

    assert "<td>9:00 AM – 12:00 PM, 1:00 PM – 5:00 PM</td>" in html


def test_directions_link_points_at_a_map_service_and_nothing_is_loaded_from_other_hosts(
    client, clinic
):
    html = client.get(clinic.url).content.decode()

    assert (
        'href="https://www.google.com/maps/dir/?api=1&amp;destination='
        '1601+W+Division+St%2C+Chicago%2C+IL+60622">Get directions</a>' in html
    )
    # What a browser fetches: scripts, images, frames and linked stylesheets, icons, manifests.
    # A canonical or alternate link only names an address; nothing is loaded from it.
    tags = re.findall(r"<(?:script|img|iframe|link)\b[^>]*>", html)
    fetched = [tag for tag in tags if not re.search(r'rel="(?:canonical|alternate)"', tag)]
    loaded = [m.group(1) for tag in fetched if (m := re.search(r'(?:src|href)="([^"]+)"', tag))]
    assert loaded, "the page should load our own CSS and JavaScript"
    assert all(url.startswith("/") for url in loaded), loaded


def test_page_has_no_inline_script(client, clinic):
    html = client.get(clinic.url).content.decode()

    scripts = re.findall(r"<script\b([^>]*)>", html)
    assert all('type="application/ld+json"' in attrs or "src=" in attrs for attrs in scripts)


def test_booking_button_preselects_this_clinic_on_the_booking_page(client, clinic, site, home):
    booking = home.add_child(instance=Page(title="Book a consultation", slug="book"))
    settings = ClinicSettings.for_site(site)
    settings.booking_page = booking
    settings.save()

    html = client.get(clinic.url).content.decode()

    assert 'href="/book/?location=wicker-park"' in html
    assert "Book a consultation at Wicker Park" in html


def test_without_a_booking_page_the_button_calls_the_clinic(client, clinic):
    html = client.get(clinic.url).content.decode()

    assert "?location=" not in html
    assert '<a class="button button--primary" href="tel:+13125551234">Call (312) 555-1234' in html


def test_without_a_description_search_results_show_the_intro(client, make_location):
    intro = (
        "<p>A quiet clinic <b>two blocks</b> from the Blue Line [1]. " + "Parking. " * 30 + "</p>"
    )
    clinic = make_location(title="Clinic", name="Oak Park", slug="oak-park", intro=intro)

    description = page_html.meta(page_html.soup(client.get(clinic.url)), "description")

    assert description.startswith("A quiet clinic two blocks from the Blue Line. Parking.")
    assert len(description) <= 160


def test_the_editors_description_beats_the_intro(client, make_location):
    clinic = make_location(
        title="Clinic", slug="oak-park", intro="<p>Welcome.</p>", search_description="Ours."
    )

    assert page_html.meta(page_html.soup(client.get(clinic.url)), "description") == "Ours."


def test_json_ld_describes_the_clinic_as_a_medical_clinic(client, clinic):
    html = client.get(clinic.url).content.decode()

    data = medical_clinic_node(html)
    assert data["@type"] == "MedicalClinic"
    assert data["name"] == "Balance Ketamine Wicker Park"
    assert data["url"] == "http://localhost/locations/wicker-park/"
    assert data["telephone"] == "+13125551234"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "1601 W Division St",
        "addressLocality": "Chicago",
        "addressRegion": "IL",
        "postalCode": "60622",
        "addressCountry": "US",
    }
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 41.9034, "longitude": -87.6677}
    assert data["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [
                f"https://schema.org/{day}"
                for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
            ],
            "opens": "09:00",
            "closes": "17:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": ["https://schema.org/Saturday"],
            "opens": "09:00",
            "closes": "13:00",
        },
    ]
    assert data["medicalSpecialty"] == "https://schema.org/Psychiatric"
    assert data["availableService"] == {
        "@type": "MedicalTherapy",
        "name": "Ketamine infusion therapy",
    }
    assert data["priceRange"] == "$$$"


def test_json_ld_cannot_be_broken_out_of_by_editor_text(client, make_location):
    page = make_location(name="</script><script>alert(1)</script>", slug="odd")

    html = client.get(page.url).content.decode()

    assert "<script>alert(1)" not in html
    data = medical_clinic_node(html)
    assert data["name"].endswith("</script><script>alert(1)</script>")


def test_json_ld_lists_upcoming_special_dates_as_closed_days(client, make_location):
    far_future = datetime.date(2099, 12, 25)
    page = make_location(special_dates=[{"date": far_future, "closed": True, "note": "Holiday"}])

    html = client.get(page.url).content.decode()

    data = medical_clinic_node(html)
    assert data["openingHoursSpecification"][-1] == {
        "@type": "OpeningHoursSpecification",
        "validFrom": "2099-12-25",
        "validThrough": "2099-12-25",
        "opens": "00:00",
        "closes": "00:00",
    }
    assert "Friday, December 25, 2099" in html
    assert 'data-date="2099-12-25"' in html


def test_special_dates_that_have_passed_are_not_listed(client, make_location):
    page = make_location(special_dates=[{"date": datetime.date(2000, 1, 1), "closed": True}])

    html = client.get(page.url).content.decode()

    assert "2000" not in html
    assert "Holiday and special hours" not in html


def test_page_lists_its_providers_and_live_testimonials_from_this_clinic_only(
    client, clinic, make_location
):
    other = make_location(slug="elsewhere")
    provider = ProviderFactory(name="Dr. Rivera", credentials="MD", role="Psychiatrist")
    ProviderFactory(name="Dr. Not Here")
    clinic.providers.add(provider)
    clinic.save_revision().publish()
    factories.TestimonialFactory(quote="They listened.", attribution="Ann M.", location=clinic)
    factories.TestimonialFactory(quote="Draft words.", location=clinic, live=False)
    factories.TestimonialFactory(quote="Other clinic.", location=other)
    factories.TestimonialFactory(quote="No clinic.", location=None)

    html = client.get(clinic.url).content.decode()

    assert "Dr. Rivera, MD" in html
    assert "Dr. Not Here" not in html
    assert "They listened." in html
    assert "Ann M., treated for depression" in html
    for hidden in ("Draft words.", "Other clinic.", "No clinic."):
        assert hidden not in html


def test_deleting_a_clinic_keeps_its_testimonials(clinic):
    testimonial = factories.TestimonialFactory(location=clinic)

    clinic.delete()

    testimonial.refresh_from_db()
    assert testimonial.location is None


def test_clinic_page_shows_its_testimonials_with_the_results_vary_note(client, home):
    clinic = LocationPageFactory(parent=LocationIndexPageFactory(parent=home), slug="naperville")
    TestimonialFactory(location=clinic, quote="Calm rooms and kind staff.")
    TestimonialFactory(location=clinic, quote="Consent not yet recorded.", consent_recorded=None)

    html = client.get("/locations/naperville/").content.decode()

    assert "Calm rooms and kind staff." in html
    assert "Individual results vary." in html
    assert "Consent not yet recorded." not in html


class TestHoursValidation:
    def test_open_day_needs_both_times_in_order(self):
        row = OpeningHours(weekday=1, opens=datetime.time(17), closes=datetime.time(9))

        with pytest.raises(ValidationError) as error:
            row.clean()

        assert "later than the opening time" in str(error.value)

    def test_open_day_without_times_asks_for_them(self):
        row = OpeningHours(weekday=1)

        with pytest.raises(ValidationError) as error:
            row.clean()

        assert set(error.value.message_dict) == {"opens", "closes"}

    def test_closed_day_forgets_stray_times(self):
        row = OpeningHours(weekday=7, closed=True, opens=datetime.time(9))

        row.clean()

        assert row.opens is None


@pytest.mark.django_db
class TestMapPosition:
    def test_empty_position_is_filled_from_the_zip_code(self):
        page = LocationPageFactory.build(postal_code="60465", latitude=None, longitude=None)

        page.clean()

        assert page.latitude == Decimal("41.7004")
        assert page.longitude == Decimal("-87.8263")

    def test_half_a_position_is_refused(self):
        page = LocationPageFactory.build(latitude=Decimal("41.9"), longitude=None)

        with pytest.raises(ValidationError):
            page.clean()

    def test_phone_without_area_code_is_refused(self):
        page = LocationPageFactory.build(phone="555-1234")

        with pytest.raises(ValidationError) as error:
            page.full_clean(exclude=["path", "depth", "content_type"])

        assert "area code" in str(error.value)


# --- Today's opening hours, marked in Chicago time, also on a page served from a cache -----
# The server never marks "today" (a cached page would keep yesterday's mark after midnight);
# static/js/opening-hours.js does, in the visitor's browser. Its pure functions run here with
# node, against the rows of a page the server really rendered.


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


def test_the_editor_titles_each_hours_row_by_its_weekday(admin_client, clinic):
    document = soup(admin_client.get(reverse("wagtailadmin_pages:edit", args=[clinic.pk])))

    rows = document.select("#id_opening_hours-FORMS > [data-inline-panel-child]")
    titles = [" ".join(row.select_one(".w-panel__heading").get_text().split()) for row in rows]
    assert titles[:5] == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    # A new row has no day yet: it keeps the panel's label.
    empty = document.select_one("#id_opening_hours-EMPTY_FORM_TEMPLATE").decode_contents()
    assert "Opening hours" in empty


def test_the_name_field_says_where_the_name_is_shown(admin_client, clinic):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[clinic.pk])).content.decode()

    assert "booking form lists clinics by their page title" in html
