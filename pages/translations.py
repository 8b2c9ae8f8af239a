"""Pages in the visitor's language: the address says the language (clinic_site.language), and
these find what a request in that language should link to.

A served page tells its locale (remember_locale, from a before_serve_page hook); other views
look it up once per request. A page already in the active language costs nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

from clinic_site.language import language_tag

LOCALE_ATTR = "active_locale_id"


def active_locale_id(request: HttpRequest | None) -> int | None:
    """The id of the active language's Locale: the served page's own (remember_locale), or
    looked up once per request."""
    language = translation.get_language()
    cached = getattr(request, LOCALE_ATTR, None) if request is not None else None
    if cached is not None and cached[0] == language:
        return cached[1]
    locale_id = Locale.objects.filter(language_code=language).values_list("pk", flat=True).first()
    if request is not None:
        setattr(request, LOCALE_ATTR, (language, locale_id))
    return locale_id


def remember_locale(request: HttpRequest, page: Page) -> None:
    """Wagtail routes each address from the home page in its language, so the page it serves
    is in the active language (or in English, while that language has no home page)."""
    setattr(request, LOCALE_ATTR, (translation.get_language(), page.locale_id))


TRANSLATED_ATTR = "translated_pages"


def in_active_language(page: Page | None, request: HttpRequest | None) -> Page | None:
    """The page's live translation in the active language; the page itself when it has none
    (or is already in it). Looked up once per request and page: the menu, the footer and the
    header all ask for the home page's."""
    if page is None:
        return None
    locale_id = active_locale_id(request)
    if locale_id is None or page.locale_id == locale_id:
        return page
    found = getattr(request, TRANSLATED_ATTR, None) if request is not None else None
    if found is None:
        found = {}
        if request is not None:
            setattr(request, TRANSLATED_ATTR, found)
    key = (page.pk, locale_id)
    if key not in found:
        found[key] = page.get_translations().filter(locale_id=locale_id).live().specific().first()
    return found[key] or page


def home_page(site: Site, request: HttpRequest | None) -> Page:
    """The site's home page in the active language (English while it has no translation)."""
    return in_active_language(site.root_page, request)


def is_home_page(page: Page, site: Site | None) -> bool:
    """Whether a page is the site's home page, in any language."""
    return site is not None and page.translation_key == site.root_page.translation_key


@dataclass(frozen=True)
class Alternate:
    """One language version of a page: what hreflang and the language switcher show."""

    language: str
    # The BCP 47 tag of hreflang and lang attributes ("en-US", "es").
    tag: str
    # The language named in itself: "English", "Español".
    name: str
    # Absolute, for hreflang; `href` is what a link on this site uses.
    url: str
    href: str = ""


def language_name(language: str) -> str:
    return dict(settings.LANGUAGES).get(language, language)


def page_alternates(page: Page, request: HttpRequest | None) -> list[Alternate]:
    """The page's live versions in each language, itself included, in the order of
    settings.LANGUAGES, with absolute addresses. Read once per page and request."""
    cached = getattr(page, "language_alternates", None)
    if cached is not None:
        return cached
    versions = {
        version.locale.language_code: version
        for version in page.get_translations(inclusive=True).live().select_related("locale")
    }
    versions.setdefault(translation.get_language(), page)
    alternates = [
        Alternate(
            code,
            language_tag(code),
            name,
            versions[code].get_full_url(request),
            versions[code].get_url(request),
        )
        for code, name in settings.LANGUAGES
        if code in versions
    ]
    page.language_alternates = alternates
    return alternates


def hreflang_links(alternates: list[Alternate]) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) pairs for a page's head or sitemap entry: every language it
    exists in, and x-default (the English one) for every other reader. Nothing for a page in
    one language only: it has no alternates to name."""
    if len(alternates) < 2:
        return []
    links = [(alternate.tag, alternate.url) for alternate in alternates]
    default = next(
        (alternate for alternate in alternates if alternate.language == settings.LANGUAGE_CODE),
        None,
    )
    if default is not None:
        links.append(("x-default", default.url))
    return links


# The id of the note on each home page that says the page the visitor came from has no
# translation yet; the switcher links to it, and CSS shows it only when it is the target.
MISSING_TRANSLATION_ANCHOR = "no-translation"


@dataclass(frozen=True)
class SwitchLink:
    language: str
    tag: str
    name: str
    url: str
    # True when the page has no version in that language, so the link leads to that
    # language's home page and its note.
    to_home: bool = False


def language_home_url(site: Site | None, language: str, request: HttpRequest | None) -> str:
    """The address of the site's home page in a language, whether or not one is published:
    / or /es/."""
    with translation.override(language):
        return reverse("wagtail_serve", args=[""])


def switch_links(
    page: Page | None, request: HttpRequest | None, site: Site | None
) -> list[SwitchLink]:
    """Links to the same page in every other language: its translation, or else that
    language's home page with a note. A view outside the page tree (search) has the same
    address under the other prefix."""
    current = translation.get_language()
    alternates = {}
    if page is not None and isinstance(page, Page) and page.pk:
        alternates = {alternate.language: alternate for alternate in page_alternates(page, request)}
    links = []
    for code, name in settings.LANGUAGES:
        if code == current:
            continue
        if code in alternates:
            url = (alternates[code].href or alternates[code].url) + beyond_the_page(page, request)
            to_home = False
        elif page is None and request is not None and not is_page_address(request):
            url, to_home = translate_url(request.get_full_path(), code), False
        else:
            home = language_home_url(site, code, request)
            url, to_home = f"{home}#{MISSING_TRANSLATION_ANCHOR}", True
        links.append(SwitchLink(code, language_tag(code), name, url, to_home))
    return links


def beyond_the_page(page: Page, request: HttpRequest | None) -> str:
    """What the address asks of the page beyond the page itself (a route such as a blog tag's
    or the thank-you page, and the query string, the finder's ZIP code say), for its
    translation: the same view in the other language."""
    if request is None:
        return ""
    own = page.get_url(request=request) or ""
    route = request.path[len(own) :] if own and request.path.startswith(own) else ""
    query = request.META.get("QUERY_STRING", "")
    return route + (f"?{query}" if query else "")


def is_page_address(request: HttpRequest) -> bool:
    """Whether Wagtail serves this address from the page tree (or would, were it there)."""
    match = getattr(request, "resolver_match", None)
    return match is None or match.url_name == "wagtail_serve"
