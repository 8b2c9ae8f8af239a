"""The Spanish side of the demo site: the Spanish locale and the pages' Spanish translations.

Each Spanish page is a Wagtail translation of its English page (the same translation key, so
the language switcher and hreflang find it), made with Wagtail's `copy_for_translation` and
then given its Spanish fields. What exists is left as editors made it. Every page made here is
a demo translation: its history says so, and its editor shows a notice until someone saves it
once a qualified medical translator has checked it (pages.translation_check).
"""

from typing import Any

from wagtail.models import Locale, Page, Site

from pages import translation_check

# Until the Spanish copy of every page lands (demo/es/), the home page alone, so that /es/
# answers and the language switcher has somewhere to go.
HOME = {
    "title": "Inicio",
    "seo_title": "Terapia de infusión de ketamina en Chicago",
    "hero_title": "Alivio de la depresión, en días y no en meses",
    "hero_text": (
        "Infusiones de ketamina en dosis bajas, administradas y vigiladas por profesionales "
        "de salud con licencia en cuatro clínicas del área de Chicago. Su primera consulta es "
        "gratis."
    ),
    "hero_button_text": "Pida una consulta gratis",
    "conditions_heading": "Afecciones que tratamos",
    "testimonials_heading": "Lo que dicen nuestros pacientes",
    "locations_heading": "Nuestras clínicas",
    "blog_heading": "Del blog",
    "summary": (
        "Terapia de infusión de ketamina para la depresión, la ansiedad y el TEPT en cuatro "
        "clínicas del área de Chicago: Wicker Park, Orland Park, Naperville y Palos Hills."
    ),
}


def ensure_locale(language_code: str) -> Locale:
    locale, _created = Locale.objects.get_or_create(language_code=language_code)
    return locale


def translation_of(page: Page, locale: Locale) -> Page | None:
    found = page.get_translations().filter(locale=locale).first()
    return found.specific if found is not None else None


def ensure_translation(page: Page, locale: Locale, fields: dict[str, Any]) -> Page:
    """The page's translation in `locale`, created (with its parents) and published with
    `fields` if missing; left as it is otherwise."""
    translated = translation_of(page, locale)
    if translated is not None:
        return translated
    translated = page.specific.copy_for_translation(locale, copy_parents=True).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    translated.save_revision().publish()
    translation_check.mark_for_check(translated)
    return translated


def load(home: Page, site: Site) -> None:
    """The Spanish locale and the Spanish home page."""
    locale = ensure_locale("es")
    ensure_translation(home, locale, HOME)
