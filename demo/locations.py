"""The demo site's locations index and its four clinics.

Wicker Park's address and phone come from the clinic. The other three clinics' street
addresses and every clinic's hours, parking and accessibility details are placeholders,
marked as such on the page: replace them before the site goes live. Their ZIP codes and
coordinates are real (the centre of each ZIP code), so the nearest-clinic finder works.
"""

import datetime

from django.utils.text import slugify
from wagtail.models import Site

from demo import people as demo_people
from locations.finder import zip_centroid
from locations.models import LocationIndexPage, LocationPage, OpeningHours
from pages.models import HomePage, Provider, Testimonial

PLACEHOLDER_STREET = "[Placeholder street address]"
PLACEHOLDER_HOURS_NOTE = (
    "Hours shown are placeholders until the clinic confirms them. Please call before you visit."
)

INDEX = {
    "title": "Our locations",
    "slug": "locations",
    "show_in_menus": True,
    "intro": (
        "<p>We have four clinics in the Chicago area. Enter your ZIP code to see which is "
        "nearest, or call us and we'll help you choose.</p>"
    ),
    "summary": "Four ketamine infusion clinics: Wicker Park, Orland Park, Naperville, Palos Hills.",
}

PHONE = "(312) 555-1234"

# Monday to Friday 9 to 5, Saturday 9 to 1, Sunday closed: placeholders, see the note above.
PLACEHOLDER_HOURS = [
    *[(day, datetime.time(9), datetime.time(17)) for day in range(1, 6)],
    (6, datetime.time(9), datetime.time(13)),
]

LOCATIONS = [
    {
        "slug": "wicker-park",
        "name": "Wicker Park",
        "title": "Ketamine clinic in Wicker Park, Chicago",
        "street_address": "1601 W Division St",
        "city": "Chicago",
        "postal_code": "60622",
        # At Division St and Ashland Ave; the other clinics use their ZIP code's centre.
        "latitude": "41.903400",
        "longitude": "-87.667700",
        "neighbourhoods_served": "Wicker Park, Ukrainian Village, River North",
        "transit": (
            "[Placeholder] The CTA Blue Line's Division station and the Ashland (9) and "
            "Division (70) buses stop nearby. Please confirm before going live."
        ),
    },
    {
        "slug": "orland-park",
        "name": "Orland Park",
        "title": "Ketamine clinic in Orland Park",
        "street_address": PLACEHOLDER_STREET,
        "city": "Orland Park",
        "postal_code": "60462",
        "neighbourhoods_served": "Orland Park, Tinley Park, Orland Hills",
    },
    {
        "slug": "naperville",
        "name": "Naperville",
        "title": "Ketamine clinic in Naperville",
        "street_address": PLACEHOLDER_STREET,
        "city": "Naperville",
        "postal_code": "60540",
        "neighbourhoods_served": "Naperville, Lisle, Aurora",
    },
    {
        "slug": "palos-hills",
        "name": "Palos Hills",
        "title": "Ketamine clinic in Palos Hills",
        "street_address": PLACEHOLDER_STREET,
        "city": "Palos Hills",
        "postal_code": "60465",
        "neighbourhoods_served": "Palos Hills, Hickory Hills, Palos Heights",
    },
]

COMMON = {
    "state": "IL",
    "phone": PHONE,
    "hours_note": PLACEHOLDER_HOURS_NOTE,
    "parking": "[Placeholder] Describe where patients can park and whether it is free.",
    "accessibility": (
        "[Placeholder] Describe step-free access, elevators and accessible restrooms."
    ),
    "services_offered": (
        "Free consultation\n"
        "Ketamine infusions for depression, anxiety and PTSD\n"
        "Follow-up and maintenance infusions"
    ),
    "price_range": "$$$",
}


def _intro(name: str) -> str:
    return (
        f"<p>Our {name} clinic offers ketamine infusions in a calm, private setting, given "
        "and monitored by licensed clinicians.</p>"
    )


def find_providers(slug: str, people) -> list[Provider]:
    """The demo providers who work at the clinic `slug` and exist in the database."""
    providers = []
    for entry in getattr(people, "PROVIDERS", []):
        if slug not in entry.get("locations", []):
            continue
        # The provider's slug may be its key or made from its name; either will do.
        slugs = [value for value in (entry.get("key"), slugify(entry.get("name", ""))) if value]
        provider = Provider.objects.filter(slug__in=slugs).first()
        if provider is not None:
            providers.append(provider)
    return providers


def link_testimonials(page: LocationPage, people) -> None:
    """Attach the demo testimonials that name this clinic, unless already attached elsewhere."""
    for entry in getattr(people, "TESTIMONIALS", []):
        if entry.get("location") != page.slug:
            continue
        Testimonial.objects.filter(
            attribution=entry["attribution"], quote=entry["quote"], location__isnull=True
        ).update(location=page)


def ensure_index(home: HomePage) -> LocationIndexPage:
    index = LocationIndexPage.objects.first()
    if index is None:
        index = home.add_child(instance=LocationIndexPage(**INDEX))
        index.save_revision().publish()
    return index


def build_location(spec: dict) -> LocationPage:
    """An unsaved location page with its placeholder hours."""
    fields = {**COMMON, **spec}
    if "latitude" not in fields:
        record = zip_centroid(fields["postal_code"])
        fields["latitude"], fields["longitude"] = record["lat"], record["long"]
    page = LocationPage(intro=_intro(fields["name"]), **fields)
    page.opening_hours = [
        OpeningHours(weekday=weekday, opens=opens, closes=closes, sort_order=i)
        for i, (weekday, opens, closes) in enumerate(PLACEHOLDER_HOURS)
    ] + [OpeningHours(weekday=OpeningHours.Weekday.SUNDAY, closed=True, sort_order=99)]
    return page


def load(home: HomePage, site: Site, people=demo_people) -> None:
    """The locations index under the home page and the four clinics under it, with `people`'s
    providers and testimonials (none with None).

    Providers and testimonials are linked only when a clinic is first created, so links that
    editors change later are left as they are.
    """
    index = ensure_index(home)
    existing = set(LocationPage.objects.child_of(index).values_list("slug", flat=True))
    for spec in LOCATIONS:
        if spec["slug"] in existing:
            continue
        page = build_location(spec)
        if people is not None:
            page.providers = find_providers(spec["slug"], people)
        page = index.add_child(instance=page)
        if people is not None:
            link_testimonials(page, people)
        page.save_revision().publish()
