"""The language of a request comes from its address alone: `/es/...` is Spanish, everything
else English.

Django's LocaleMiddleware would do the same with `prefix_default_language=False`, but it adds
`Vary: Accept-Language` to every English page, which tells shared caches that the same address
may differ by the browser's language. It never does here: every page stays one cacheable copy.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation


def language_of(path: str) -> str:
    """The language an address is in: its prefix when it has a known one, otherwise English."""
    return translation.get_language_from_path(path) or settings.LANGUAGE_CODE


class LanguageFromAddressMiddleware:
    """Activates the address's language for the request, and names it in Content-Language."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = language_of(request.path_info)
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


# How each language is named to browsers (<html lang>, hreflang) and to link previews.
LANGUAGE_TAGS = {"en": "en-US", "es": "es"}
OG_LOCALES = {"en": "en_US", "es": "es_US"}


def language_tag(language: str | None = None) -> str:
    """The BCP 47 tag of a language (default: the active one), as `<html lang>` says it."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    return LANGUAGE_TAGS.get(language, language)


def og_locale(language: str | None = None) -> str:
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    return OG_LOCALES.get(language, OG_LOCALES[settings.LANGUAGE_CODE])
