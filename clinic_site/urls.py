from django.conf import settings
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from clinic_site.health import healthz
from pages import views as pages_views
from pages.cache import cacheable
from pages.seo.sitemap import SiteSitemap
from search import views as search_views

# A database outage gets a friendly 503 page with the clinic's number instead of a 500.
handler500 = "clinic_site.errors.server_error"

urlpatterns = [
    # The second sign-in step; before the admin's own URLs, which would otherwise claim it.
    path("admin/two-factor/", include("staff.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    path("search/", search_views.search, name="search"),
    # Self-check answers posted without JavaScript (no CSRF cookie: see selfcheck/views.py).
    path("self-check/", include("selfcheck.urls")),
    # Listing every page reads every page type's table: kept in the page cache, as pages are.
    path("sitemap.xml", cacheable(sitemap), {"sitemaps": {"pages": SiteSitemap}}, name="sitemap"),
    path("robots.txt", pages_views.robots_txt, name="robots_txt"),
    path("manifest.webmanifest", pages_views.web_app_manifest, name="web_app_manifest"),
    path("favicon.ico", pages_views.favicon_ico, name="favicon_ico"),
]

if settings.SERVE_MEDIA:
    # Single-server installs serve uploads themselves; larger ones use the web server or S3.
    # An upload's name changes when its content does (a replaced image is saved under a new
    # name, and so are its renditions), so browsers and the front cache keep them for a year.
    media_prefix = settings.MEDIA_URL.lstrip("/")
    serve_media = cache_control(public=True, max_age=60 * 60 * 24 * 365, immutable=True)(serve)
    urlpatterns += [
        re_path(
            rf"^{media_prefix}(?P<path>.*)$", serve_media, {"document_root": settings.MEDIA_ROOT}
        ),
    ]

urlpatterns += [
    # Wagtail serves every other path from the page tree; keep this last.
    path("", include(wagtail_urls)),
]
