"""Clinic locations: the locations index with its nearest-clinic finder, and one page per clinic."""

import datetime
import zoneinfo
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.dateformat import time_format
from django.utils.text import Truncator
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from clinic_site.phone import tel_href
from pages.blocks import PARAGRAPH_FEATURES, BodyBlock
from pages.listings import public_pages, with_images
from pages.models import BasePage, ClinicSettings, IndexPage, ReferenceBase
from pages.models.article import SOURCES_HELP_TEXT
from pages.seo.structured_data import plain_text, without_citations

# ClosureNotice is a model of this app, defined beside the schedule pages read it through.
from .closures import ClosureNotice, Notice, notices_for_request  # noqa: F401
from .finder import nearest_first, search_zip, zip_centroid
from .panels import WeekdayInlinePanel

# Every clinic is in the Chicago area: opening hours are Central Time, whatever the server's
# clock says.
CLINIC_TIME_ZONE = zoneinfo.ZoneInfo("America/Chicago")

# The renditions of provider photos templates/locations/location_page.html asks for; fetched
# up front so each provider costs no query.
PROVIDER_PHOTO_SPEC = "fill-{80x80,160x160,240x240} format-{avif,webp,jpeg}"

DIRECTIONS_URL = "https://www.google.com/maps/dir/"
# Search results show about this much of a description before cutting it off.
META_DESCRIPTION_CHARS = 160


def validate_us_phone(value: str) -> None:
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) == 10 or (len(digits) == 11 and digits.startswith("1")):
        return
    raise ValidationError(
        "Enter a US phone number with its area code, e.g. (312) 555-1234.", code="invalid"
    )


def period_text(opens: datetime.time, closes: datetime.time) -> str:
    return f"{time_format(opens, 'g:i A')} – {time_format(closes, 'g:i A')}"


class LocationIndexPage(IndexPage):
    """The list of all clinics at /locations/, with the nearest-clinic finder."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["locations.LocationPage"]

    class Meta:
        verbose_name = "locations index page"

    def listed_pages(self):
        return LocationPage.objects.child_of(self)

    def get_listing(self, request=None):
        # A clinic's card shows no image: the plain listing, without its renditions.
        return public_pages(self.listed_pages().live(), request).order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The ZIP code lives only in this request: it is never logged, stored or cached here.
        search = search_zip(request.GET.get("zip"))
        context["search"] = search
        context["results"] = nearest_first(context["listing"], search.origin)
        # Each card shows its clinic's notices in force (locations.closures).
        schedule, now = notices_for_request(request)
        for result in context["results"]:
            result.page.notices_in_force = schedule.in_force_at(result.page.pk, now)
        return context


@dataclass
class DayHours:
    """One weekday's row in the hours table: its opening periods, or none when closed."""

    weekday: int
    label: str
    periods: list[tuple[datetime.time, datetime.time]] = field(default_factory=list)

    @property
    def is_closed(self) -> bool:
        return not self.periods

    @property
    def hours_text(self) -> str:
        """e.g. "9:00 AM – 5:00 PM", or "Closed"."""
        if self.is_closed:
            return "Closed"
        return ", ".join(period_text(opens, closes) for opens, closes in self.periods)


class LocationPage(BasePage):
    """One clinic: where it is, when it is open, who works there, and how to book."""

    name = models.CharField(
        max_length=60,
        help_text=(
            'The short name patients know the clinic by, e.g. "Wicker Park". Shown on the '
            "clinic's card, in the finder's results and on this page's booking button. (The "
            "booking form lists clinics by their page title.)"
        ),
    )
    intro = RichTextField(
        blank=True,
        features=PARAGRAPH_FEATURES,
        help_text="A welcoming sentence or two at the top of the page.",
    )

    street_address = models.CharField(
        max_length=120, help_text='Street and suite, e.g. "1601 W Division St, Suite 2".'
    )
    city = models.CharField(max_length=60, help_text='e.g. "Chicago".')
    state = models.CharField(
        max_length=2,
        default="IL",
        validators=[RegexValidator(r"^[A-Z]{2}$", "Use the two capital letters, e.g. IL.")],
        help_text="Two letters, e.g. IL.",
    )
    postal_code = models.CharField(
        "ZIP code",
        max_length=5,
        validators=[RegexValidator(r"^[0-9]{5}$", "Enter the five-digit ZIP code.")],
        help_text="Five digits. The finder uses it when the map position below is empty.",
    )
    phone = models.CharField(
        max_length=30,
        validators=[validate_us_phone],
        help_text="This clinic's number, as visitors should read it, e.g. (312) 555-1234.",
    )
    email = models.EmailField(blank=True, help_text="Optional: this clinic's own address.")

    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
        help_text=(
            "The clinic's position, for the nearest-clinic finder, e.g. 41.903400. Leave both "
            "numbers empty to use the centre of the ZIP code."
        ),
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
        help_text="e.g. -87.667700 (negative: west of Greenwich).",
    )

    hours_note = models.CharField(
        max_length=250,
        blank=True,
        help_text='Shown under the hours, e.g. "Evening appointments by arrangement."',
    )
    parking = models.TextField(
        blank=True, max_length=600, help_text="Where to park, and whether it costs anything."
    )
    transit = models.TextField(
        blank=True,
        max_length=600,
        help_text="Public transport: the nearest train station and bus routes.",
    )
    accessibility = models.TextField(
        blank=True,
        max_length=600,
        help_text="Step-free access, elevators, accessible restrooms, quiet rooms.",
    )
    neighbourhoods_served = models.CharField(
        max_length=250,
        blank=True,
        help_text='Separate with commas, e.g. "Wicker Park, Ukrainian Village, River North".',
    )
    services_offered = models.TextField(
        blank=True,
        max_length=1000,
        help_text="One service per line, e.g. Ketamine infusions for depression.",
    )
    providers = ParentalManyToManyField(
        "pages.Provider",
        blank=True,
        related_name="locations",
        help_text="The clinicians patients may meet at this clinic.",
    )
    price_range = models.CharField(
        max_length=40,
        default="$$$",
        help_text=(
            'For search engines: a rough price level ("$$$") or range ("$400–$600"). Not '
            "shown on the page."
        ),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="Anything else about this clinic: photos, what to expect, questions.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("name"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("state"), FieldPanel("postal_code")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading="Address and contact",
        ),
        MultiFieldPanel(
            [
                WeekdayInlinePanel("opening_hours", label="Opening hours", heading="Weekly hours"),
                FieldPanel("hours_note"),
            ],
            heading="Opening hours (Central Time)",
            help_text="Days without a row are shown as closed.",
        ),
        InlinePanel(
            "special_dates",
            label="Special date",
            heading="Holiday and special hours",
            help_text="Dates when this clinic keeps other hours, e.g. public holidays.",
        ),
        MultiFieldPanel(
            [FieldPanel("parking"), FieldPanel("transit"), FieldPanel("accessibility")],
            heading="Getting here",
        ),
        FieldPanel("neighbourhoods_served"),
        FieldPanel("services_offered"),
        FieldPanel("providers", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        InlinePanel("references", heading="Sources", label="Source", help_text=SOURCES_HELP_TEXT),
    ]
    promote_panels = BasePage.promote_panels + [FieldPanel("price_range")]

    search_fields = BasePage.search_fields + [
        index.SearchField("name"),
        index.SearchField("city"),
        index.SearchField("neighbourhoods_served"),
        index.SearchField("intro"),
        index.SearchField("services_offered"),
        index.SearchField("body"),
        index.AutocompleteField("name"),
    ]

    parent_page_types = ["locations.LocationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "location page"

    def clean(self):
        super().clean()
        # Staff rarely know a clinic's coordinates; the ZIP code's centre is close enough for
        # "nearest clinic", and they can still type exact numbers.
        if self.latitude is None and self.longitude is None:
            record = zip_centroid(self.postal_code)
            if record is not None:
                self.latitude = Decimal(record["lat"])
                self.longitude = Decimal(record["long"])
        elif self.latitude is None or self.longitude is None:
            raise ValidationError(
                {"longitude": "Fill in both numbers of the map position, or leave both empty."}
            )

    @property
    def meta_description(self) -> str:
        """What search results show: the editor's description, else the intro's first words."""
        own = super().meta_description
        if own:
            return own
        intro = without_citations(plain_text(self.intro))
        return Truncator(intro).chars(META_DESCRIPTION_CHARS)

    # Address and contact, as the templates and JSON-LD show them.

    @property
    def coordinates(self) -> tuple[float, float] | None:
        if self.latitude is None or self.longitude is None:
            return None
        return (float(self.latitude), float(self.longitude))

    @property
    def full_address(self) -> str:
        return f"{self.street_address}, {self.city}, {self.state} {self.postal_code}"

    @property
    def phone_href(self) -> str:
        return tel_href(self.phone)

    @property
    def phone_e164(self) -> str:
        return self.phone_href.removeprefix("tel:")

    @property
    def directions_url(self) -> str:
        """A plain link to directions on a map service; the page itself loads nothing from it."""
        return DIRECTIONS_URL + "?" + urlencode({"api": "1", "destination": self.full_address})

    @property
    def neighbourhood_list(self) -> list[str]:
        return [name.strip() for name in self.neighbourhoods_served.split(",") if name.strip()]

    @property
    def service_list(self) -> list[str]:
        return [line.strip() for line in self.services_offered.splitlines() if line.strip()]

    # Hours. The server never decides which day is "today": see static/js/opening-hours.js.

    @cached_property
    def weekly_hours(self) -> list[DayHours]:
        """All seven days, Monday first, each with its opening periods (none: closed)."""
        days = {
            weekday: DayHours(weekday, label) for weekday, label in OpeningHours.Weekday.choices
        }
        rows = sorted(
            self.opening_hours.all(), key=lambda row: (row.weekday, row.opens or datetime.time.min)
        )
        for row in rows:
            if not row.closed and row.opens and row.closes:
                days[row.weekday].periods.append((row.opens, row.closes))
        return list(days.values())

    @cached_property
    def upcoming_special_dates(self) -> list["SpecialDate"]:
        """Special dates from today (Chicago) on, soonest first.

        A cached copy of the page may still list yesterday's date; each row carries its date,
        so that is stale but never false, and the browser hides rows that have passed.
        """
        today = timezone.localdate(timezone=CLINIC_TIME_ZONE)
        rows = [row for row in self.special_dates.all() if row.date and row.date >= today]
        return sorted(rows, key=lambda row: row.date)

    # People.

    def get_providers(self):
        return with_images(self.providers.all(), PROVIDER_PHOTO_SPEC, "photo")

    def get_testimonials(self):
        if self.pk is None:
            # A preview of a page not saved yet has no testimonials linked to it.
            return []
        return self.testimonials.on_display()

    # Booking and structured data.

    def get_booking_url(self, request) -> str:
        """The booking page with this clinic preselected, or "" when no booking page is set."""
        booking_page = ClinicSettings.for_request(request).booking_page
        if booking_page is None:
            return ""
        url = booking_page.get_url(request)
        if not url:
            return ""
        return url + "?" + urlencode({"location": self.slug})

    # Closure notices (locations.closures).

    def closure_notices_for(self, request) -> tuple[list[Notice], list[Notice]]:
        """This clinic's notices in force now, and those not yet ended (for search engines)."""
        if self.pk is None:
            return [], []
        schedule, now = notices_for_request(request)
        return schedule.in_force_at(self.pk, now), schedule.not_ended(self.pk, now)

    def get_json_ld_nodes(self, request=None) -> list[dict]:
        return [*super().get_json_ld_nodes(request), self.medical_clinic_node(request)]

    def medical_clinic_node(self, request) -> dict:
        """schema.org MedicalClinic data for this clinic, a node of the page's JSON-LD graph."""
        clinic_name = ClinicSettings.for_request(request).clinic_name
        url = self.get_full_url(request) or ""
        data = {
            "@type": "MedicalClinic",
            "@id": f"{url}#clinic",
            "name": f"{clinic_name} {self.name}".strip(),
            "url": url,
            "telephone": self.phone_e164,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": self.street_address,
                "addressLocality": self.city,
                "addressRegion": self.state,
                "postalCode": self.postal_code,
                "addressCountry": "US",
            },
            "openingHoursSpecification": self.opening_hours_specification(),
            "medicalSpecialty": "https://schema.org/Psychiatric",
            "availableService": {
                "@type": "MedicalTherapy",
                "name": "Ketamine infusion therapy",
            },
            "priceRange": self.price_range,
        }
        if self.coordinates:
            latitude, longitude = self.coordinates
            data["geo"] = {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude}
        if self.email:
            data["email"] = self.email
        if self.neighbourhood_list:
            data["areaServed"] = [
                {"@type": "Place", "name": name} for name in self.neighbourhood_list
            ]
        _in_force, not_ended = self.closure_notices_for(request)
        if not_ended:
            data["specialOpeningHoursSpecification"] = [
                notice.opening_hours_specification() for notice in not_ended
            ]
        return data

    def opening_hours_specification(self) -> list[dict]:
        """Weekly hours, days with the same hours grouped, then special dates."""
        groups: dict[tuple[datetime.time, datetime.time], list[str]] = {}
        for day in self.weekly_hours:
            for period in day.periods:
                groups.setdefault(period, []).append(f"https://schema.org/{day.label}")
        specs = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": days,
                "opens": opens.strftime("%H:%M"),
                "closes": closes.strftime("%H:%M"),
            }
            for (opens, closes), days in groups.items()
        ]
        for special in self.upcoming_special_dates:
            # schema.org marks a closed day as opening and closing at midnight.
            opens = "00:00" if special.closed else special.opens.strftime("%H:%M")
            closes = "00:00" if special.closed else special.closes.strftime("%H:%M")
            specs.append(
                {
                    "@type": "OpeningHoursSpecification",
                    "validFrom": special.date.isoformat(),
                    "validThrough": special.date.isoformat(),
                    "opens": opens,
                    "closes": closes,
                }
            )
        return specs

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["providers"] = list(self.get_providers())
        context["testimonials"] = list(self.get_testimonials())
        context["booking_url"] = self.get_booking_url(request)
        context["closure_notices"], _not_ended = self.closure_notices_for(request)
        return context


def clean_hours(opens, closes, closed) -> dict:
    """Shared check for a row of hours: closed, or both times in the right order."""
    if closed:
        return {}
    errors = {}
    if opens is None:
        errors["opens"] = "Enter the opening time, or tick “Closed”."
    if closes is None:
        errors["closes"] = "Enter the closing time, or tick “Closed”."
    if not errors and closes <= opens:
        errors["closes"] = "The closing time must be later than the opening time."
    return errors


class OpeningHours(Orderable):
    """One day's opening period in a clinic's weekly hours."""

    class Weekday(models.IntegerChoices):
        # ISO numbering (Monday 1 … Sunday 7), the same as the page's data-weekday attributes.
        MONDAY = 1, "Monday"
        TUESDAY = 2, "Tuesday"
        WEDNESDAY = 3, "Wednesday"
        THURSDAY = 4, "Thursday"
        FRIDAY = 5, "Friday"
        SATURDAY = 6, "Saturday"
        SUNDAY = 7, "Sunday"

    page = ParentalKey(LocationPage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens = models.TimeField(null=True, blank=True, help_text="e.g. 9:00")
    closes = models.TimeField(null=True, blank=True, help_text="e.g. 17:00")
    closed = models.BooleanField(default=False, help_text="Tick when the clinic is shut all day.")

    panels = [
        FieldRowPanel(
            [FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes"), FieldPanel("closed")]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = "opening hours"
        verbose_name_plural = "opening hours"

    def __str__(self) -> str:
        if self.closed:
            return f"{self.get_weekday_display()}: closed"
        return f"{self.get_weekday_display()}: {self.opens}–{self.closes}"

    def clean(self):
        super().clean()
        errors = clean_hours(self.opens, self.closes, self.closed)
        if errors:
            raise ValidationError(errors)
        if self.closed:
            self.opens = self.closes = None


class LocationPageReference(ReferenceBase):
    page = ParentalKey(LocationPage, on_delete=models.CASCADE, related_name="references")


class SpecialDate(Orderable):
    """A date when a clinic keeps other hours than usual, such as a public holiday."""

    page = ParentalKey(LocationPage, on_delete=models.CASCADE, related_name="special_dates")
    date = models.DateField()
    opens = models.TimeField(null=True, blank=True)
    closes = models.TimeField(null=True, blank=True)
    closed = models.BooleanField(default=True, help_text="Tick when the clinic is shut all day.")
    note = models.CharField(
        max_length=120, blank=True, help_text='Optional, e.g. "Thanksgiving Day".'
    )

    panels = [
        FieldRowPanel(
            [FieldPanel("date"), FieldPanel("opens"), FieldPanel("closes"), FieldPanel("closed")]
        ),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "special date"

    def __str__(self) -> str:
        return f"{self.date}: {self.hours_text}"

    @property
    def hours_text(self) -> str:
        if self.closed or not (self.opens and self.closes):
            return "Closed"
        return period_text(self.opens, self.closes)

    def clean(self):
        super().clean()
        errors = clean_hours(self.opens, self.closes, self.closed)
        if errors:
            raise ValidationError(errors)
        if self.closed:
            self.opens = self.closes = None
