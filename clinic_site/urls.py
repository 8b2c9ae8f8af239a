from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from pages.health import healthz

# A database outage gets a friendly 503 page with the clinic's number instead of a 500.
handler500 = "pages.errors.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
]

if settings.SERVE_MEDIA:
    # Single-server installs serve uploads themselves; larger ones use the web server or S3.
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += [
    # Wagtail serves every other path from the page tree; keep this last.
    path("", include(wagtail_urls)),
]
