"""The nearest-clinic finder: a visitor's ZIP code, its centre, and distances to our clinics.

The ZIP code a visitor types is used for this one request and then forgotten: it is never
logged, stored or sent anywhere. ZIP centres come from the `zipcodes` package, whose data ships
inside the wheel, so nothing is fetched at run time.
"""

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import zipcodes


class Place(Protocol):
    """What the finder needs of a clinic: where it is, when known (locations.LocationPage)."""

    @property
    def coordinates(self) -> tuple[float, float] | None: ...


EARTH_RADIUS_MILES = 3958.8

# Five digits, optionally followed by the four-digit extension. ASCII only: "\d" would also
# accept other scripts' digits, which no ZIP code uses.
ZIP_PATTERN = re.compile(r"([0-9]{5})(?:-?[0-9]{4})?", re.ASCII)

# Anything longer than a ZIP+4 is not echoed back into the page or the message.
MAX_ECHO_LENGTH = 10

MESSAGE_NOT_A_ZIP = (
    "That doesn't look like a ZIP code. A ZIP code is five digits, like 60622. "
    "Here are all our clinics; you can try again above."
)
MESSAGE_UNKNOWN_ZIP = (
    "We couldn't find the ZIP code {zip_code}. Please check the number and try again; "
    "in the meantime, here are all our clinics."
)
MESSAGE_OUTSIDE_ILLINOIS = (
    "{zip_code} is in {place}, outside Illinois. All our clinics are in the Chicago area; "
    "here they are, nearest to {zip_code} first."
)
MESSAGE_FOUND = "Clinics nearest to {zip_code} ({place}), nearest first."


@dataclass(frozen=True)
class ZipSearch:
    """What the finder understood from the visitor's ZIP code."""

    # The visitor's text, to put back in the form; empty when too long to be a ZIP code.
    typed: str = ""
    zip_code: str = ""
    place: str = ""
    latitude: float | None = None
    longitude: float | None = None
    message: str = ""
    # True when the visitor should correct what they typed (the field is marked invalid).
    is_error: bool = False

    @property
    def origin(self) -> tuple[float, float] | None:
        if self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)


def haversine_miles(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance in miles between two points given in decimal degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = math.radians(lat2 - lat1)
    d_lambda = math.radians(lng2 - lng1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(min(1.0, a)))


def zip_centroid(zip_code: str) -> dict | None:
    """The `zipcodes` record (city, state, lat, long) of a five-digit ZIP code, or None."""
    if not ZIP_PATTERN.fullmatch(zip_code or ""):
        return None
    matches = zipcodes.matching(zip_code[:5])
    if not matches or not matches[0].get("lat") or not matches[0].get("long"):
        return None
    return matches[0]


def search_zip(raw: str | None) -> ZipSearch:
    """Read the finder's `zip` parameter: a centre to sort by, or a kind message."""
    text = (raw or "").strip()
    if not text:
        return ZipSearch()
    typed = text if len(text) <= MAX_ECHO_LENGTH else ""
    match = ZIP_PATTERN.fullmatch(text)
    if match is None:
        return ZipSearch(typed=typed, message=MESSAGE_NOT_A_ZIP, is_error=True)
    zip_code = match.group(1)
    record = zip_centroid(zip_code)
    if record is None:
        return ZipSearch(
            typed=typed,
            zip_code=zip_code,
            message=MESSAGE_UNKNOWN_ZIP.format(zip_code=zip_code),
            is_error=True,
        )
    place = f"{record['city'].title()}, {record['state']}"
    template = MESSAGE_FOUND if record["state"] == "IL" else MESSAGE_OUTSIDE_ILLINOIS
    return ZipSearch(
        typed=typed,
        zip_code=zip_code,
        place=place,
        latitude=float(record["lat"]),
        longitude=float(record["long"]),
        message=template.format(zip_code=zip_code, place=place),
    )


@dataclass(frozen=True)
class LocationResult:
    """One clinic in the finder's list, with its distance when the visitor gave a ZIP code."""

    page: Place
    distance_miles: float | None = None

    @property
    def distance_label(self) -> str:
        if self.distance_miles is None:
            return ""
        if self.distance_miles < 1:
            return "Less than a mile away"
        return f"{self.distance_miles:.1f} miles away"


def nearest_first(
    locations: Iterable[Place], origin: tuple[float, float] | None
) -> list[LocationResult]:
    """The locations with their distance from `origin`, nearest first.

    Without an origin the editors' order is kept. A location without coordinates has no
    distance and goes last, so a half-filled page never hides the others.
    """
    if origin is None:
        return [LocationResult(page) for page in locations]
    results = []
    for page in locations:
        coordinates = page.coordinates
        distance = haversine_miles(*origin, *coordinates) if coordinates else None
        results.append(LocationResult(page, distance))
    # sorted() is stable: equal distances keep the editors' order.
    return sorted(results, key=lambda r: (r.distance_miles is None, r.distance_miles or 0.0))
