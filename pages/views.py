"""Site-wide views outside the page tree: robots.txt, the web app manifest, the favicon."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .models import ClinicSettings
from .seo import meta as seo

# The primary colour of static/css/site.css, for the browser's own interface.
THEME_COLOR = "#1d5c63"


@require_safe
@cache_control(max_age=60 * 60)
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Keeps crawlers out of the admin and internal search results; names the sitemap."""
    return render(
        request,
        "robots.txt",
        {"sitemap_url": seo.absolute_url(reverse("sitemap"), request)},
        content_type="text/plain; charset=utf-8",
    )


@require_safe
@cache_control(max_age=60 * 60 * 24)
def web_app_manifest(request: HttpRequest) -> JsonResponse:
    """The web app manifest: the clinic's name from site settings, its icons, its colour."""
    clinic = ClinicSettings.for_request(request)
    icons = [
        {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
        {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
        {
            "src": static("img/icon-maskable-512.png"),
            "sizes": "512x512",
            "type": "image/png",
            "purpose": "maskable",
        },
        {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
    ]
    manifest = {
        "name": clinic.clinic_name,
        "short_name": clinic.clinic_name,
        "description": clinic.tagline,
        "start_url": "/",
        "scope": "/",
        "display": "browser",
        "lang": "en-US",
        "theme_color": THEME_COLOR,
        "background_color": "#ffffff",
        "icons": icons,
    }
    return JsonResponse(
        manifest,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )


@require_safe
def favicon_ico(request: HttpRequest) -> HttpResponseRedirect:
    """Browsers and crawlers ask for /favicon.ico whatever the page links; point them at it."""
    response = HttpResponseRedirect(static("img/favicon.ico"))
    response["Cache-Control"] = "public, max-age=86400"
    return response
