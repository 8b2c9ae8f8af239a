"""The Spanish catalogue (locale/es/LC_MESSAGES): every interface string translated, and the
compiled django.mo in the repository the same as django.po, so that no machine needs gettext
to serve Spanish pages."""

from pathlib import Path

import polib
from django.conf import settings
from django.utils import translation

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES"


def translations(entries) -> dict:
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr or tuple(sorted(entry.msgstr_plural.items()))
        for entry in entries
        if entry.msgid
    }


def test_every_spanish_interface_string_is_translated():
    catalogue = polib.pofile(str(CATALOGUE / "django.po"))

    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []


def test_the_compiled_catalogue_is_the_current_one():
    source = polib.pofile(str(CATALOGUE / "django.po"))
    compiled = polib.mofile(str(CATALOGUE / "django.mo"))

    assert translations(compiled) == translations(source), (
        "django.mo is out of date: run `msgfmt -o django.mo django.po` in locale/es/LC_MESSAGES"
    )


def test_django_reads_the_catalogue():
    with translation.override("es"):
        assert translation.gettext("Skip to main content") == "Ir al contenido principal"
        assert translation.gettext("F j, Y") == r"j \d\e F \d\e Y"
