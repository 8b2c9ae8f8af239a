"""Counting page views, referrers, form use and searches, without knowing who made them.

What is counted, per day: each page view (a page-cache hit or a page Wagtail rendered), the
host name of another site that sent the visitor, a form page's views and submissions per
clinic, and search terms. What is read and dropped: the user agent (to leave known bots out)
and the session cookie (staff have one; visitors never do). Nothing else about a request is
kept: no address, no cookie, no user agent, no visitor identifier, no full referring address.

Counting costs a request a dictionary update. Each process adds its counts up in memory and,
every VISIT_PUSH_SECONDS, hands them to the shared cache as one numbered batch; the flusher
(`visits/flush.py`) writes the batches to the database. A cache outage keeps the counts in
memory (up to MAX_PENDING_KEYS) until the cache answers; a process that ends pushes what it
holds on the way out. Nothing here ever raises into a visitor's request.

Form pages plug in by being Wagtail form pages (`FormMixin`): a GET whose response carries a
form is a view, and each stored submission (any `AbstractFormSubmission` subclass) is a
submission, for the clinic its `visits_clinic` attribute names, or else its `location`.
"""

from __future__ import annotations

import atexit
import logging
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_save
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from wagtail.contrib.forms.models import AbstractFormSubmission, FormMixin

logger = logging.getLogger(__name__)

# What a key in a batch starts with.
PAGE, REFERRER, FORM_VIEW, FORM_SUBMISSION, SEARCH = "page", "ref", "form", "sent", "search"
SEQUENCE_KEY = "visits:sequence"
BATCH_PREFIX = "visits:batch:"
# A batch waits this long in the cache for the flusher (which may be down for a while).
BATCH_SECONDS = 24 * 60 * 60
# While the cache is down, a process keeps at most this many distinct counts in memory.
MAX_PENDING_KEYS = 20_000
# The page Wagtail is serving, as the `on_serve_page` hook saw it (visits/wagtail_hooks.py).
PAGE_ATTR = "visits_page"

# Known bots, crawlers, link previewers, monitors and scripts, by words in their user agent
# (lower case). A request with no user agent at all is a script too. Plain substring tests:
# a regular expression of these alternatives cost a page-cache hit a tenth of its time.
BOT_WORDS = (
    "bot",
    "crawl",
    "spider",
    "slurp",
    "scrape",
    "archiver",
    "fetch",
    "preview",
    "monitor",
    "uptime",
    "pingdom",
    "lighthouse",
    "pagespeed",
    "headless",
    "phantom",
    "selenium",
    "puppeteer",
    "playwright",
    "python",
    "curl",
    "wget",
    "httpie",
    "go-http",
    "java/",
    "okhttp",
    "libwww",
    "axios",
    "facebookexternalhit",
    "embedly",
    "whatsapp",
    "telegram",
    "discord",
    "slack",
    "skype",
    "yandex",
    "baidu",
    "petal",
    "semrush",
    "ahrefs",
    "mj12",
    "ccbot",
    "bytespider",
    "feed",
    "rss",
    "wrk",
)
_HOST = re.compile(r"^[a-z0-9.-]{1,253}$")
_SLUG = re.compile(r"^[a-z0-9-]{1,60}$")
_SPACES = re.compile(r"\s+")
MAX_TERM_LENGTH = 100


def is_bot(user_agent: str) -> bool:
    agent = user_agent.lower()
    return not agent.strip() or any(word in agent for word in BOT_WORDS)


class _Today:
    """Today's date on the clinic's clock, worked out once a minute rather than per request
    (converting the time to Chicago's took a page-cache hit 20 µs)."""

    def __init__(self) -> None:
        self.value, self.until = "", 0.0

    def __call__(self) -> str:
        now = time.time()
        if now >= self.until:
            self.value = timezone.localdate().isoformat()
            self.until = now - now % 60 + 60
        return self.value


today = _Today()


class Tally:
    """One process's counts not yet handed to the shared cache."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: Counter = Counter()
        self.pushed_at = time.monotonic()

    def add(self, key: tuple) -> None:
        with self.lock:
            self.counts[key] += 1
            due = time.monotonic() - self.pushed_at >= settings.VISIT_PUSH_SECONDS
            if due:
                self.pushed_at = time.monotonic()
        if due:
            self.push()

    def push(self) -> bool:
        """Hand the counts to the cache as one numbered batch. True when they went (or there
        were none); on a cache outage they stay here for the next push."""
        with self.lock:
            counts, self.counts = self.counts, Counter()
        if not counts:
            return True
        try:
            number = next_batch_number()
            if number is not None:
                cache.set(f"{BATCH_PREFIX}{number}", dict(counts), timeout=BATCH_SECONDS)
                return True
        except Exception:
            logger.warning("Visit counts could not reach the cache; keeping them for now.")
        with self.lock:
            if len(self.counts) + len(counts) <= MAX_PENDING_KEYS:
                self.counts.update(counts)
        return False


def next_batch_number() -> int | None:
    """A number no other process gets, from the shared cache; None while it is down."""
    try:
        return cache.incr(SEQUENCE_KEY)
    except ValueError:  # The first batch ever, or the cache was emptied.
        cache.add(SEQUENCE_KEY, 0, timeout=None)
        try:
            return cache.incr(SEQUENCE_KEY)
        except ValueError:
            return None


tally = Tally()
atexit.register(tally.push)


def referrer_host(request: HttpRequest) -> str:
    """The other site's host name, lower case, or "" when there is none or it is this site."""
    referrer = request.META.get("HTTP_REFERER", "")
    if not referrer:
        return ""
    try:
        host = (urlsplit(referrer).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    if host.startswith("www."):
        host = host[4:]
    own = request.get_host().split(":")[0].lower()
    if not _HOST.match(host) or host in {own, own.removeprefix("www.")}:
        return ""
    return host


def search_term(raw: str) -> str:
    return _SPACES.sub(" ", raw).strip().casefold()[:MAX_TERM_LENGTH].strip()


def clinic_of_view(request: HttpRequest) -> str:
    """The clinic a link preselected on a form (`?location=<slug>`), if it looks like one."""
    slug = request.GET.get("location", "").strip().lower()
    return slug if _SLUG.match(slug) else ""


def should_count(request: HttpRequest, response: HttpResponse) -> bool:
    if not settings.VISIT_COUNTING or request.method != "GET" or response.status_code != 200:
        return False
    # Staff have a session; visitors never do (README, "Staff accounts").
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return not is_bot(request.META.get("HTTP_USER_AGENT", ""))


def count(request: HttpRequest, response: HttpResponse) -> None:
    """Add this response to the tally, if it is a visitor's page view or search."""
    if not should_count(request, response):
        return
    day = today()
    page = getattr(request, PAGE_ATTR, None)
    if response.get("X-Cache") == "hit" or page is not None:
        if not response.get("Content-Type", "").startswith("text/html"):
            return
        tally.add((PAGE, day, request.path[:255]))
        if host := referrer_host(request):
            tally.add((REFERRER, day, host))
        context = getattr(response, "context_data", None) or {}
        if isinstance(page, FormMixin) and "form" in context:
            tally.add((FORM_VIEW, day, page.pk, clinic_of_view(request)))
        return
    match = request.resolver_match
    is_search = match is not None and match.url_name == "search"
    # Each search once: its second and later pages are the same search.
    if (
        is_search
        and request.GET.get("page", "1") == "1"
        and (term := search_term(request.GET.get("q", "")))
    ):
        tally.add((SEARCH, day, term))


class VisitCountingMiddleware:
    """Outside the page cache, so a cached page is counted as a rendered one is."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        try:
            count(request, response)
        except Exception:
            # A count is never worth a visitor's page.
            logger.exception("A page view could not be counted.")
        return response


def submission_clinic(submission: AbstractFormSubmission) -> str:
    clinic = getattr(submission, "visits_clinic", None)
    if clinic is None:
        clinic = getattr(submission, "location", "")
    return str(clinic or "")[:255]


def _count_submission(sender, instance, created, raw=False, **kwargs) -> None:
    if not created or raw or not settings.VISIT_COUNTING:
        return
    if not issubclass(sender, AbstractFormSubmission):
        return
    try:
        day = timezone.localdate().isoformat()
        tally.add((FORM_SUBMISSION, day, instance.page_id, submission_clinic(instance)))
    except Exception:
        logger.exception("A form submission could not be counted.")


def connect_signals() -> None:
    post_save.connect(_count_submission, dispatch_uid="visits_count_submission")
