"""Whole-page cache for anonymous visitors, on Django's cache (local memory or Redis).

Which requests: GET and HEAD with no query string, from a browser that sends no session or
messages cookie (so no signed-in editor and no visitor with a pending message).
Which responses: only pages served by Wagtail after its view-restriction checks passed
(see `mark_cacheable`, called from an `on_serve_page` hook), status 200, setting no
cookie (so no page with a form, whose CSRF cookie would be shared), and not marked
private or no-store. A page type opts out with `cache_page = False`.

Invalidation: one generation token for the whole cache, replaced whenever published content
changes (a page published, unpublished, moved or deleted; any snippet, site setting, image,
document, site or view restriction saved or deleted). Every page shows the menu, the footer
and the clinic settings, so one publish can change every page; a single token makes that
correct without tracking which page shows what. Entries carry the token they were made
under, and one cache round trip fetches both, so a hit costs one `get_many`. A change made
while the cache is down cannot replace the token: the process that made it tries again with
each request, so what was stored before the change is never served once the cache is back.

The middleware sits before the session and authentication middleware: a hit touches no
database, so cached pages stay up while the database is down. When the cache itself is down
(Redis with IGNORE_EXCEPTIONS), every lookup is a miss and the site renders as usual.
"""

import hashlib
import logging
import threading
from collections.abc import Callable
from uuid import uuid4

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils.cache import cc_delim_re
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "page-cache:generation"
# The token this request read, kept on it so one request reads it once.
GENERATION_ATTR = "_page_cache_generation"
ENTRY_PREFIX = "page-cache:page:"
# Set on the request by the on_serve_page hook once Wagtail has decided to serve a page.
CACHEABLE_ATTR = "_page_cache_allowed"
UNCACHEABLE_DIRECTIVES = {"private", "no-store", "no-cache"}
# Headers that describe one response, not the page.
NOT_STORED_HEADERS = {"x-cache", "set-cookie"}

Entry = tuple[str, int, list[tuple[str, str]], bytes]

logger = logging.getLogger(__name__)
# Set while a change's new token has not reached the cache (it was down): until one does, this
# process sends a new token with each request, so that once the cache is back it never serves
# what was stored before the change.
_token_unsent = threading.Event()


def mark_cacheable(request: HttpRequest, page: Page) -> None:
    """Let the page cache keep this page's response, unless its type opts out."""
    setattr(request, CACHEABLE_ATTR, getattr(page, "cache_page", True))


def clear() -> None:
    """Make every cached page stale, once the current transaction (if any) commits.

    After the commit, because a request that read the new token while the change was still
    uncommitted would otherwise store the old content under it.
    """
    transaction.on_commit(_new_generation, robust=True)


def _new_generation() -> None:
    token = uuid4().hex
    cache.set(GENERATION_KEY, token, timeout=None)
    # A cache that is down ignores the write without a word; reading it back is how to know.
    if cache.get(GENERATION_KEY) == token:
        _token_unsent.clear()
    elif not _token_unsent.is_set():
        _token_unsent.set()
        logger.warning("The page cache could not be cleared; trying again with each request.")


def current_generation(request: HttpRequest) -> str | None:
    """The token entries are stored under, starting one when the cache holds none (a cold start
    or an eviction: safe, since any change committed after this replaces it again). None when
    the cache is down."""
    if hasattr(request, GENERATION_ATTR):
        return getattr(request, GENERATION_ATTR)
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    setattr(request, GENERATION_ATTR, generation)
    return generation


def entry_key(request: HttpRequest) -> str | None:
    """The cache key for this request, or None when it must not be served from the cache."""
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return None
    if request.META.get("QUERY_STRING"):
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        # Left for Django to answer with a 400 further in.
        return None
    address = f"{request.scheme}://{host}{request.path}"
    return ENTRY_PREFIX + hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()


def is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    if not getattr(request, CACHEABLE_ATTR, False):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = cc_delim_re.split(response.get("Cache-Control", ""))
    directives = {d.split("=", 1)[0].strip().lower() for d in cache_control}
    if directives & UNCACHEABLE_DIRECTIVES:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _from_entry(entry: Entry) -> HttpResponse:
    _generation, status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response["X-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """Serve anonymous visitors a stored copy of a page when its generation is current."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _token_unsent.is_set():
            _new_generation()
        key = entry_key(request)
        if key is None:
            return self.get_response(request)

        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY)
        entry = found.get(key)
        if generation is not None and entry is not None and entry[0] == generation:
            return _from_entry(entry)

        if generation is not None:
            setattr(request, GENERATION_ATTR, generation)
        generation = current_generation(request)
        response = self.get_response(request)
        if generation is not None and request.method == "GET" and is_cacheable(request, response):
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in NOT_STORED_HEADERS
            ]
            entry = (generation, response.status_code, headers, response.content)
            cache.set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)
        response["X-Cache"] = "miss"
        return response


def _clear_on_change(sender, **kwargs) -> None:
    if issubclass(sender, Page):
        # Saving a page only stores a draft; publishing has its own signal. Deleting a live
        # page takes it off menus and listings.
        if kwargs.get("signal") is post_delete:
            clear()
    elif sender in watched_models():
        clear()


def watched_models() -> set[type]:
    """Non-page models whose changes can show on pages: every snippet and site setting
    (as registered, so new ones count without a change here), images, documents, sites and
    page view restrictions."""
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.snippets.models import get_snippet_models

    return {
        *get_snippet_models(),
        *settings_registry,
        get_image_model(),
        get_document_model(),
        Site,
        PageViewRestriction,
    }


def _clear_on_publish(**kwargs) -> None:
    clear()


def connect_signals() -> None:
    page_published.connect(_clear_on_publish, dispatch_uid="page_cache_published")
    page_unpublished.connect(_clear_on_publish, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_clear_on_publish, dispatch_uid="page_cache_moved")
    post_save.connect(_clear_on_change, dispatch_uid="page_cache_post_save")
    post_delete.connect(_clear_on_change, dispatch_uid="page_cache_post_delete")
