"""The page cache: whole pages for anonymous visitors, in the cache every process shares.

Stored: GET responses, status 200, to a visitor with no session or messages cookie and no
query string, from a page Wagtail served after its view-restriction check (or a view marked
with `cacheable`), setting no cookie and not marked private, no-cache or no-store. A page type
opts out with `cache_page = False`.

Invalidation: one generation token, replaced after the commit of any change a page can show
(a page published, unpublished, moved or deleted; any snippet, site setting, image, document,
site or view restriction saved or deleted). Menus and footers mean one change can touch every
page, so every entry goes stale at once; an entry carries the token it was made under, and one
`get_many` fetches both. The same token versions the fragments of the site's chrome
(`{% fragment_version %}`). A token that could not be written (the cache was down) is sent
again with each request until it lands, so nothing stored before the change is served after.

Content that changes on its own at a known moment (a closure notice starting or ending,
locations.closures) calls `expire_at`: the entry is then kept no later than that moment, and
not served after it whatever the cache backend's clock says.

The middleware runs before sessions and authentication: a hit touches no database.
"""

import datetime
import hashlib
import logging
import math
import threading
from collections.abc import Callable
from functools import wraps
from uuid import uuid4

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from pages.purge import ban_everything_on_commit

GENERATION_KEY = "page-cache:generation"
ENTRY_PREFIX = "page-cache:page:"
# What a request carries: the token it read, and whether its response may be stored.
GENERATION_ATTR = "page_cache_generation"
CACHEABLE_ATTR = "page_cache_allowed"
EXPIRES_ATTR = "page_cache_expires"
UNCACHEABLE_DIRECTIVES = {"private", "no-store", "no-cache"}
# Headers that describe one response, not the page.
NOT_STORED_HEADERS = {"x-cache", "set-cookie"}

logger = logging.getLogger(__name__)
# Set while a new token has not reached the cache: this process sends one with each request.
token_unsent = threading.Event()


def mark_cacheable(request: HttpRequest, page: Page | None = None) -> None:
    """Let the page cache keep this response, unless the page's type opts out."""
    setattr(request, CACHEABLE_ATTR, getattr(page, "cache_page", True))


def cacheable(view: Callable) -> Callable:
    """A view outside the page tree whose response any anonymous visitor may be given."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        mark_cacheable(request)
        return view(request, *args, **kwargs)

    return wrapped


def expire_at(request: HttpRequest, moment: datetime.datetime | None) -> None:
    """Keep this response in the page cache no later than `moment` (None: no limit)."""
    if moment is None:
        return
    earliest = getattr(request, EXPIRES_ATTR, None)
    if earliest is None or moment < earliest:
        setattr(request, EXPIRES_ATTR, moment)


def entry_timeout(request: HttpRequest) -> int:
    """Seconds to keep this request's entry: the setting, or less to end by `expire_at`'s
    moment (0: do not store it)."""
    expires = getattr(request, EXPIRES_ATTR, None)
    if expires is None:
        return settings.PAGE_CACHE_SECONDS
    remaining = (expires - timezone.now()).total_seconds()
    return max(0, min(settings.PAGE_CACHE_SECONDS, math.ceil(remaining)))


def clear() -> None:
    """Make every cached page stale once the current transaction commits: a request that read
    the new token before the commit would store the old content under it."""
    transaction.on_commit(new_generation, robust=True)
    # The front cache too, after the new token: what it fetches again is the new page.
    ban_everything_on_commit()


def new_generation() -> None:
    token = uuid4().hex
    cache.set(GENERATION_KEY, token, timeout=None)
    # A cache that is down drops the write without a word; reading it back tells.
    if cache.get(GENERATION_KEY) == token:
        token_unsent.clear()
    elif not token_unsent.is_set():
        token_unsent.set()
        logger.warning("The page cache could not be cleared; trying again with each request.")


def current_generation(request: HttpRequest) -> str | None:
    """The token this request's entries go under, starting one if the cache holds none (safe:
    any change committed later replaces it). None while the cache is down."""
    if not hasattr(request, GENERATION_ATTR):
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            cache.add(GENERATION_KEY, uuid4().hex, timeout=None)
            generation = cache.get(GENERATION_KEY)
        setattr(request, GENERATION_ATTR, generation)
    return getattr(request, GENERATION_ATTR)


def entry_key(request: HttpRequest) -> str | None:
    """The cache key of this request's page, or None when it must not come from the cache."""
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return None
    cookies = request.COOKIES
    if (
        request.META.get("QUERY_STRING")
        or {settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name} & cookies.keys()
    ):
        return None
    try:
        address = f"{request.scheme}://{request.get_host()}{request.path}"
    except DisallowedHost:
        return None  # Django answers it with a 400 further in.
    return ENTRY_PREFIX + hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()


def is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    if not getattr(request, CACHEABLE_ATTR, False) or request.method != "GET":
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    directives = {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    user = getattr(request, "user", None)
    return not directives & UNCACHEABLE_DIRECTIVES and not (user and user.is_authenticated)


class PageCacheMiddleware:
    """Serve anonymous visitors a stored copy of a page when its generation is current."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if token_unsent.is_set():
            new_generation()
        key = entry_key(request)
        if key is None:
            return self.get_response(request)

        found = cache.get_many([GENERATION_KEY, key])
        generation, entry = found.get(GENERATION_KEY), found.get(key)
        if generation is not None and entry is not None and entry[0] == generation:
            # Entries stored before `expire_at` existed have no moment.
            _generation, status, headers, content, *expires = entry
            if not expires or expires[0] is None or timezone.now() < expires[0]:
                # The front cache may keep the copy no longer than this entry's moment.
                expire_at(request, expires[0] if expires else None)
                response = HttpResponse(content, status=status, headers=headers)
                response["X-Cache"] = "hit"
                return response

        if generation is not None:
            setattr(request, GENERATION_ATTR, generation)
        generation = current_generation(request)
        response = self.get_response(request)
        timeout = entry_timeout(request)
        if generation is not None and timeout > 0 and is_cacheable(request, response):
            headers = {k: v for k, v in response.items() if k.lower() not in NOT_STORED_HEADERS}
            expires = getattr(request, EXPIRES_ATTR, None)
            entry = (generation, response.status_code, headers, response.content, expires)
            cache.set(key, entry, timeout=timeout)
        response["X-Cache"] = "miss"
        return response


def watched_models() -> set[type]:
    """Non-page models whose changes can show on pages: every snippet and site setting (as
    registered, so new ones count without a change here), images, documents, sites and view
    restrictions."""
    return {
        *get_snippet_models(),
        *settings_registry,
        get_image_model(),
        get_document_model(),
        Site,
        PageViewRestriction,
    }


def _clear_on_change(sender, signal, **kwargs) -> None:
    # Saving a page only stores a draft (publishing has its own signal); deleting one takes it
    # off menus and listings.
    if issubclass(sender, Page) and signal is not post_delete:
        return
    if issubclass(sender, Page) or sender in watched_models():
        clear()


def _clear_on_publish(**kwargs) -> None:
    clear()


def connect_signals() -> None:
    page_published.connect(_clear_on_publish, dispatch_uid="page_cache_published")
    page_unpublished.connect(_clear_on_publish, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_clear_on_publish, dispatch_uid="page_cache_moved")
    post_save.connect(_clear_on_change, dispatch_uid="page_cache_post_save")
    post_delete.connect(_clear_on_change, dispatch_uid="page_cache_post_delete")
