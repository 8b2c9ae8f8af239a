"""Site search: /search/?q=… finds the site's live, public pages, ten to a page.

Search is never cached (results follow the query, which may be personal), so each address may
search SEARCH_RATE_LIMIT_REQUESTS times a window; a script looping on it would otherwise be
the cheapest way to load the database.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import F, Q, TextField, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Page, get_page_models

from clinic_site.ratelimit import allow
from pages.listings import public_pages
from pages.models import BasePage
from pages.seo import meta as seo

RESULTS_PER_PAGE = 10
SEARCH_DESCRIPTION = (
    "Search our articles on ketamine therapy, the conditions we treat, our clinics and our blog."
)
# Longer queries are cut here: nobody types more, and long ones only cost the database time.
MAX_QUERY_LENGTH = 200
# What the search backend is given: words only. Quotes, brackets and operators mean
# something to some full-text engines (SQLite's FTS5 among them) and nothing to visitors.
_NOT_A_WORD = re.compile(r"[^\w\s'’-]+")
_APOSTROPHES_AND_DASHES = re.compile(r"(?<!\w)['’-]+|['’-]+(?!\w)")
_WHITESPACE = re.compile(r"\s+")


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as the visitor will see it repeated back, and whether it was shortened."""
    # Control characters (a NUL byte among them) are refused by PostgreSQL; drop them.
    text = "".join(ch for ch in raw if unicodedata.category(ch)[0] != "C" or ch in "\t\n")
    text = _WHITESPACE.sub(" ", text).strip()
    truncated = len(text) > MAX_QUERY_LENGTH
    if truncated:
        text = text[:MAX_QUERY_LENGTH].rstrip()
    return text, truncated


def search_terms(query: str) -> str:
    """The words of a query for the search backend: punctuation and operators removed."""
    words = _NOT_A_WORD.sub(" ", query)
    words = _APOSTROPHES_AND_DASHES.sub(" ", words)
    return _WHITESPACE.sub(" ", words).strip()


def _site_page_models() -> list[type[BasePage]]:
    """The page types with this site's listing and search fields. Each is a direct child of
    Page, so one query can reach all of their tables, each a one-to-one join."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, BasePage) and not model._meta.abstract
    ]


def hidden_page_ids() -> list[int]:
    """Pages whose editors chose "hide from search engines": site search leaves them out too.
    One query for every page type."""
    condition = Q()
    for model in _site_page_models():
        condition |= Q(**{f"{model._meta.model_name}__hide_from_search_engines": True})
    if not condition:
        return []
    return list(Page.objects.filter(condition).values_list("pk", flat=True))


@dataclass(frozen=True)
class SearchResult:
    title: str
    url: str
    type_label: str
    summary: str


def search_results(pages: list[Page], request: HttpRequest) -> list[SearchResult]:
    """What a result shows: its title and address, its kind of page, and its search
    description or else its summary. The summaries of every page type come in one query,
    where fetching the results as their own types would cost one query a type."""
    models = _site_page_models()
    summaries: dict[int, str] = {}
    if pages and models:
        columns = [F(f"{model._meta.model_name}__summary") for model in models]
        summaries = dict(
            Page.objects.filter(pk__in=[page.pk for page in pages])
            .annotate(listing_summary=Coalesce(*columns, Value(""), output_field=TextField()))
            .values_list("pk", "listing_summary")
        )
    return [
        SearchResult(
            title=page.title,
            url=page.get_url(request),
            # The page type's name as the admin shows it: "Blog post", "Standard page".
            type_label=page.specific_class.get_verbose_name() if page.specific_class else "",
            summary=page.search_description or summaries.get(page.pk, ""),
        )
        for page in pages
    ]


def searchable_pages(request: HttpRequest):
    """Live, public pages of this request's site that editors have not hidden."""
    site = seo.site_for_request(request)
    pages = public_pages(Page.objects.live(), request)
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    hidden = hidden_page_ids()
    if hidden:
        pages = pages.exclude(id__in=hidden)
    return pages


@require_safe
@never_cache  # Results follow the query, which may be personal: no shared cache keeps them.
def search(request: HttpRequest) -> HttpResponse:
    """/search/?q=…&page=…: pages of the site matching the visitor's words, ten at a time."""
    query, truncated = clean_query(request.GET.get("q", ""))
    terms = search_terms(query)
    results: PaginatorPage | None = None
    any_word = False
    too_many = bool(terms) and not allow(
        request, "search", settings.SEARCH_RATE_LIMIT_REQUESTS, settings.SEARCH_RATE_LIMIT_SECONDS
    )
    if terms and not too_many:
        pages = searchable_pages(request)
        paginator = Paginator(pages.search(terms, operator="and"), RESULTS_PER_PAGE)
        if not paginator.count and " " in terms:
            # No page has every word: pages with some of them beat an empty answer.
            any_word = True
            paginator = Paginator(pages.search(terms, operator="or"), RESULTS_PER_PAGE)
        # get_page answers "abc", 0, -1 and 99999 with the nearest real page.
        results = paginator.get_page(request.GET.get("page"))
        results.object_list = search_results(list(results.object_list), request)
    response = render(
        request,
        "search/search.html",
        {
            "query": query,
            "query_truncated": truncated,
            "max_query_length": MAX_QUERY_LENGTH,
            "has_terms": bool(terms),
            "any_word": any_word,
            "results": results,
            "meta_title": f"Search results for “{query}”" if query else "Search",
            # Shared links and browsers show it; search engines are still told not to index.
            "meta_description": SEARCH_DESCRIPTION,
            "meta_noindex": True,
            "too_many": too_many,
        },
        status=429 if too_many else 200,
    )
    response["X-Robots-Tag"] = "noindex"
    if too_many:
        response["Retry-After"] = str(settings.SEARCH_RATE_LIMIT_SECONDS)
    return response
