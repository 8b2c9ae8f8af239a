"""Telling the HTTP cache in front (Varnish, or a CDN with an HTTP purge API) that content
changed. FRONTEND_CACHE_URLS names the caches; without it nothing is sent.

- A published or unpublished page's own addresses: Wagtail's frontend_cache, through
  TimedHTTPBackend (WAGTAILFRONTENDCACHE in the settings).
- Every page: a BAN, sent once the change commits, by every change that replaces the page
  cache's generation token (pages/cache.py: `clear`), since a menu, footer or setting shows
  on every page.

Each call waits at most FRONTEND_CACHE_TIMEOUT seconds: a cache that is down slows an
editor's save by that much, never more, and is logged.
"""

import logging
from http.client import HTTPConnection, HTTPSConnection
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger(__name__)
USER_AGENT = f"Wagtail-frontendcache/{wagtail_version}"


class PurgeRequest(Request):
    def get_method(self) -> str:
        return "PURGE"


class TimedHTTPBackend(HTTPBackend):
    """Wagtail's HTTP purge backend (Varnish, nginx, Squid) with a timeout on each call;
    Wagtail's own waits as long as the cache takes to answer."""

    def __init__(self, params: dict):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", 2.0))
        super().__init__(params)

    def purge(self, url: str) -> None:
        parts = urlsplit(url)
        request = PurgeRequest(
            url=urlunsplit((self.cache_scheme, self.cache_netloc, parts.path, parts.query, "")),
            headers={"Host": parts.netloc, "User-Agent": USER_AGENT},
        )
        try:
            urlopen(request, timeout=self.timeout).close()  # noqa: S310 - a configured cache
        except OSError as error:
            logger.warning("Could not purge %s from the front cache: %s", url, error)


def ban_everything() -> None:
    """Ask every front cache to drop every page it keeps (static files and uploads stay:
    their names change with their content)."""
    for location in settings.FRONTEND_CACHE_URLS:
        parts = urlsplit(location)
        connection_class = HTTPSConnection if parts.scheme == "https" else HTTPConnection
        http = connection_class(parts.netloc, timeout=settings.FRONTEND_CACHE_TIMEOUT)
        try:
            http.request("BAN", "/", headers={"User-Agent": USER_AGENT})
            status = http.getresponse().status
            if status != 200:
                logger.warning("The front cache at %s refused a ban: %s", location, status)
        except OSError as error:
            logger.warning("Could not ban pages from the front cache at %s: %s", location, error)
        finally:
            http.close()


class PendingBan:
    """A ban waiting for its transaction to commit."""

    def __init__(self) -> None:
        self.sent = False

    def __call__(self) -> None:
        self.sent = True
        ban_everything()


def ban_everything_on_commit() -> None:
    """One ban once the current transaction commits, however many changes it holds (loading
    a whole site is hundreds); nothing if it rolls back."""
    if not settings.FRONTEND_CACHE_URLS:
        return
    connection = transaction.get_connection()
    # A ban still waiting in this transaction covers this change too: a block rolled back
    # takes its callbacks with it, so one still listed sits in a block that encloses this
    # change (and is rolled back only with it) or in one already merged into it.
    if connection.in_atomic_block and any(
        isinstance(callback, PendingBan) and not callback.sent
        for _savepoints, callback, _robust in connection.run_on_commit
    ):
        return
    transaction.on_commit(PendingBan(), robust=True)
