"""Site search in each page's own language.

On PostgreSQL a page's words are indexed with its language's text search configuration
(English or Spanish stemming: "infusiones" and "infusión" share a stem in Spanish, not in
English), and a search in a language reads the index with that language's configuration.
Elsewhere (SQLite in development) Wagtail's database backend is used as it is.

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends", ...}}.
"""

import copy

from django.db import connection
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database import SearchBackend as database_backend

# PostgreSQL's text search configuration of each of the site's languages.
TEXT_SEARCH_CONFIGS = {"en": "english", "es": "spanish"}


class LanguageIndex(PostgresIndex):
    """Indexes each object with the configuration of its locale's language."""

    def add_items(self, model, objs):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups: dict[str, list] = {}
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            config = TEXT_SEARCH_CONFIGS.get(language, self.backend.config)
            groups.setdefault(config, []).append(obj)
        for config, group in groups.items():
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    if connection.vendor == "postgresql":
        return LanguageSearchBackend(params)
    return database_backend(params)


def search_backend(language: str):
    """The search backend reading the index in `language`."""
    return get_search_backend("default", SEARCH_CONFIG=TEXT_SEARCH_CONFIGS.get(language))
