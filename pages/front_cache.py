"""The HTTP cache in front of the app servers (Varnish, or a CDN): what it may keep, and
telling it when content changes.

Headers (FrontCacheHeadersMiddleware, outside the page cache so its hits get them too):
- a response the page cache stores or serves (pages/cache.py decides) is
  `public, max-age=BROWSER_CACHE_SECONDS, s-maxage=<the page cache's lifetime>`: the front
  cache keeps it as long as the page cache would, browsers for a short while at most;
- anything for the admin (previews included), any method but GET and HEAD, any response
  setting a cookie and any request carrying a session, messages or CSRF cookie is
  `private, no-store` unless its view already made it private: it may hold a form answer or
  a staff page;
- anything else keeps what its view set, or gets `private, no-cache`: no shared cache keeps
  a response nobody marked public.
Static files (whitenoise) and uploaded images (clinic_site/urls.py, or the bucket's own
headers) carry a year's max-age: their names change when their content does.

Purges and bans on publish: pages/purge.py.
"""

from collections.abc import Callable

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers, cc_delim_re, patch_cache_control

from pages.cache import entry_key, entry_timeout, is_cacheable

# Cookies that make a response one person's: a staff or visitor session, flash messages, and
# the CSRF token a form page hands out (its pages carry the matching token).
PERSONAL_COOKIES = {
    settings.SESSION_COOKIE_NAME,
    settings.CSRF_COOKIE_NAME,
    CookieStorage.cookie_name,
}


def directives(response: HttpResponse) -> set[str]:
    return {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
        if part.strip()
    }


def is_personal(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether this response must never be kept by a shared cache (nor by the browser)."""
    return (
        request.path_info.startswith("/admin/")
        or request.method not in ("GET", "HEAD")
        or bool(response.cookies)
        or bool(PERSONAL_COOKIES & request.COOKIES.keys())
    )


def set_cache_headers(request: HttpRequest, response: HttpResponse) -> None:
    if is_personal(request, response):
        # A view that already made its response private keeps its own choice (a form page
        # lets the back button keep what a visitor typed); anything else is stored nowhere.
        if not directives(response) & {"private", "no-store"}:
            add_never_cache_headers(response)
        return
    # The page cache stored this response (a miss it kept) or served it (a hit).
    stored = is_cacheable(request, response) and entry_key(request) is not None
    if response.get("X-Cache") == "hit" or stored:
        seconds = entry_timeout(request)
        if seconds > 0:
            response.headers.pop("Cache-Control", None)
            patch_cache_control(
                response, public=True, max_age=settings.BROWSER_CACHE_SECONDS, s_maxage=seconds
            )
            return
    if not directives(response):
        patch_cache_control(response, private=True, no_cache=True)


class FrontCacheHeadersMiddleware:
    """Cache-Control for the front cache and browsers, on every response the app makes."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        set_cache_headers(request, response)
        return response
