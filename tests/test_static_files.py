"""Static files: hashed names cached for good, compressed, and small enough for a phone."""

import gzip
import re
from pathlib import Path

import brotli
import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.http import HttpResponse
from django.test import RequestFactory
from whitenoise.middleware import WhiteNoiseMiddleware

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
# What every public page may load, compressed (the budget for a weak connection).
CSS_BUDGET = 30 * 1024
JS_BUDGET = 10 * 1024


@pytest.fixture
def collected(settings, tmp_path):
    """Our own static files collected as production collects them (hashed, compressed)."""
    settings.STATIC_ROOT = tmp_path
    # Only the project's files: Wagtail's admin files would make this slow and prove nothing.
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", "--noinput", verbosity=0)
    return WhiteNoiseMiddleware(get_response=lambda request: HttpResponse(status=404))


def fetch(middleware, url, encoding="br, gzip"):
    return middleware(RequestFactory().get(url, HTTP_ACCEPT_ENCODING=encoding))


def test_hashed_stylesheet_is_cached_for_good(collected):
    url = staticfiles_storage.url("css/site.css")

    response = fetch(collected, url)

    assert re.search(r"/site\.[0-9a-f]{12}\.css$", url)
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    max_age = int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))
    assert max_age >= 365 * 24 * 60 * 60


@pytest.mark.parametrize(("accept", "encoding"), [("br, gzip", "br"), ("gzip", "gzip")])
def test_stylesheet_is_served_compressed(collected, accept, encoding):
    response = fetch(collected, staticfiles_storage.url("css/site.css"), accept)

    assert response["Content-Encoding"] == encoding
    assert "Accept-Encoding" in response["Vary"]


@pytest.mark.parametrize(
    ("pattern", "budget"), [("css/**/*.css", CSS_BUDGET), ("js/**/*.js", JS_BUDGET)]
)
# Browsers without brotli get gzip, which is larger: the budget holds for both.
@pytest.mark.parametrize(
    "compress",
    [brotli.compress, lambda data: gzip.compress(data, compresslevel=9)],
    ids=["brotli", "gzip"],
)
def test_css_and_javascript_stay_within_the_budget(pattern, budget, compress):
    total = sum(len(compress(path.read_bytes())) for path in STATIC_DIR.glob(pattern))

    assert total <= budget, f"{pattern}: {total} bytes compressed, budget {budget}"
