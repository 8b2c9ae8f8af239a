import datetime
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from locations.models import OpeningHours, SpecialDate
from tests.factories import LocationIndexPageFactory, LocationPageFactory

BASE_DIR = Path(__file__).resolve().parent.parent.parent
JS_DIR = BASE_DIR / "static" / "js"
CALL_EXPORT = Path(__file__).resolve().parent / "js" / "call_export.mjs"

# Monday to Friday 9 to 5, Saturday 9 to 1, Sunday closed.
USUAL_HOURS = [
    *[(day, datetime.time(9), datetime.time(17)) for day in range(1, 6)],
    (6, datetime.time(9), datetime.time(13)),
]


# The demo site's four clinics, in editors' order.
DEMO_CLINICS = ["Wicker Park", "Orland Park", "Naperville", "Palos Hills"]


@pytest.fixture
def location_index(home):
    return LocationIndexPageFactory(parent=home)


@pytest.fixture
def make_location(location_index):
    """Create a live clinic under the locations index, with the usual hours by default."""

    def make(hours=USUAL_HOURS, special_dates=(), **fields):
        page = LocationPageFactory.build(**fields)
        page.opening_hours = [
            OpeningHours(weekday=weekday, opens=opens, closes=closes)
            for weekday, opens, closes in hours
        ]
        page.special_dates = [SpecialDate(**special) for special in special_dates]
        location_index.add_child(instance=page)
        return page

    return make


@pytest.fixture
def four_clinics(location_index):
    """The demo site's four clinics, without the rest of the demo site."""
    from demo.locations import LOCATIONS, build_location

    return [location_index.add_child(instance=build_location(spec)) for spec in LOCATIONS]


def json_ld_blocks(html: str) -> list[dict]:
    """Every JSON-LD block of a page, parsed."""
    pattern = r'<script type="application/ld\+json">(.*?)</script>'
    return [json.loads(text) for text in re.findall(pattern, html, re.S)]


def medical_clinic_node(html: str) -> dict:
    """The MedicalClinic node of the page's one JSON-LD graph."""
    [document] = json_ld_blocks(html)
    assert document["@context"] == "https://schema.org"
    [clinic] = [node for node in document["@graph"] if node["@type"] == "MedicalClinic"]
    return clinic


class _RowCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "data-hours-row" in attributes:
            self.rows.append(
                {"weekday": attributes.get("data-weekday"), "date": attributes.get("data-date")}
            )


def hours_rows(html: str) -> list[dict]:
    """The data attributes of every hours row, as static/js/opening-hours.js reads them."""
    collector = _RowCollector()
    collector.feed(html)
    return collector.rows


@pytest.fixture
def node_call(tmp_path):
    """Call an exported function of one of our ES modules with node, once per argument list.

    The module is copied to a .mjs file so node loads it as an ES module without a
    package.json beside our static files.
    """
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")

    def call(module: str, export: str, calls: list[list]) -> list:
        copy = tmp_path / (Path(module).stem + ".mjs")
        shutil.copyfile(JS_DIR / module, copy)
        result = subprocess.run(
            [node, str(CALL_EXPORT), str(copy), export],
            input=json.dumps(calls),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    return call


def clinic_order(html: str) -> list[str]:
    return re.findall(r'<h3 class="location-card__title">\s*<a href="[^"]+">([^<]+)</a>', html)


def distances(html: str) -> list[float]:
    found = re.findall(r"([0-9.]+ miles|Less than a mile) away", html)
    return [0.0 if text == "Less than a mile" else float(text.split()[0]) for text in found]
