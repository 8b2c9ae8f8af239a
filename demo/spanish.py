"""The Spanish side of the demo site: the Spanish locale and the pages' Spanish translations.

Each Spanish page is a Wagtail translation of its English page (the same translation key, so
the language switcher and hreflang find it), made with Wagtail's `copy_for_translation` and
then given its Spanish fields. What exists is left as editors made it. Every page made here is
a demo translation: its history says so, and its editor shows a notice until someone saves it
once a qualified medical translator has checked it (pages.translation_check).
"""

import importlib
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from wagtail.fields import RichTextField, StreamField
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


def spanish_copy(module: str):
    """A module of the Spanish copy (demo/es/), or None while the copy has not landed."""
    try:
        return importlib.import_module(f"demo.es.{module}")
    except ImportError:
        return None


# Keys of the copy that are not fields to fill in: the copied English relations (sources,
# related pages) stay as Wagtail copied them, and the values that are not words are English.
NOT_FIELDS = {"references", "related", "published", "author", "tags", "date"}


def page_fields(page_type: type[Page], data: dict[str, Any], site: Site) -> dict[str, Any]:
    """The Spanish copy's values for the fields of `page_type` that hold words, in the shape
    the English loader gives them (demo/loader.py)."""
    from .loader import seo_title, stream_data

    fields: dict[str, Any] = {}
    for name, value in data.items():
        if name in NOT_FIELDS:
            continue
        try:
            field = page_type._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, StreamField):
            fields[name] = stream_data(field.stream_block, value, site)
        elif isinstance(field, RichTextField | models.TextField | models.CharField):
            fields[name] = "\n".join(value) if isinstance(value, list) else value
        elif isinstance(field, models.BooleanField):
            fields[name] = value
    if "seo_title" in fields:
        fields["seo_title"] = seo_title(data)
    return fields


def translate_at(site: Site, path: str, locale: Locale, data: dict[str, Any]) -> Page | None:
    """The Spanish translation of the English page at `path`, from its Spanish copy."""
    from .loader import page_at

    page = page_at(site, path)
    if page is None:
        return None
    page = page.specific
    fields = page_fields(type(page), data, site)
    if hasattr(page, "call_to_action") and fields.get("body"):
        # As in English: a closing call to action has its own place on condition pages.
        body = fields["body"]
        if body and body[-1]["type"] == "call_to_action":
            fields["call_to_action"] = [body.pop()]
    return ensure_translation(page, locale, fields)


def spanish_pages() -> list[tuple[str, dict[str, Any]]]:
    """(English address, Spanish copy) of every page in the copy, parents first."""
    home = spanish_copy("home")
    if home is None:
        return []
    pages = [("/", {**home.HOME, **home.HOME_SECTIONS})]
    pages += [(f"/{key}/", data) for key, data in home.SECTIONS.items()]
    listed = [
        ("articles", "ARTICLES", "/learn/"),
        ("self_checks", "SELF_CHECKS", "/learn/"),
        ("conditions", "CONDITIONS", "/conditions/"),
        ("standard_pages", "STANDARD_PAGES", "/"),
    ]
    for module, name, parent in listed:
        copy = spanish_copy(module)
        for slug, data in getattr(copy, name, {}).items():
            pages.append((f"{parent}{slug}/", data))
    locations = spanish_copy("locations")
    if locations is not None:
        pages.append(("/locations/", locations.INDEX))
        common = getattr(locations, "COMMON", {})
        pages += [
            (f"/locations/{slug}/", {**common, **data})
            for slug, data in locations.LOCATIONS.items()
        ]
    forms = spanish_copy("forms")
    if forms is not None:
        pages.append(("/book-a-consultation/", forms.PAGE))
    blog = spanish_copy("blog")
    if blog is not None:
        pages.append(("/blog/", blog.INDEX))
        posts = spanish_copy("blog_posts")
        pages += [(f"/blog/{slug}/", data) for slug, data in getattr(posts, "POSTS", {}).items()]
    return pages


def relink_to_translations(page: Page, locale: Locale) -> None:
    """Point a translation's related articles at their Spanish translations, where they
    exist (Wagtail's copy keeps the English ones)."""
    links = getattr(page, "related_article_links", None)
    if links is None:
        return
    changed = False
    for link in links.all():
        translated = translation_of(link.article, locale)
        if translated is not None and link.article_id != translated.pk:
            link.article_id = translated.pk
            link.save(update_fields=["article"])
            changed = True
    if changed:
        page.save_revision().publish()


def translate_form_fields(form_page: Page, locale: Locale) -> None:
    """The Spanish form's questions, matched to the English ones by their clean_name."""
    forms = spanish_copy("forms")
    translated = translation_of(form_page, locale) if form_page is not None else None
    if forms is None or translated is None:
        return
    by_name = {field["clean_name"]: field for field in forms.FIELDS}
    for field in translated.form_fields.all():
        data = by_name.get(field.clean_name)
        if data is None or field.label == data["label"]:
            continue
        for name in ("label", "help_text", "choices", "default_value"):
            if name in data:
                setattr(field, name, data[name])
        field.save()


def load(home: Page, site: Site) -> None:
    """The Spanish locale, the Spanish home page and, once the Spanish copy is in demo/es/,
    every page it translates."""
    from .loader import page_at

    locale = ensure_locale("es")
    pages = spanish_pages()
    if not pages:
        ensure_translation(home, locale, HOME)
        return
    translated = [translate_at(site, path, locale, data) for path, data in pages]
    for page in translated:
        if page is not None:
            relink_to_translations(page, locale)
    translate_form_fields(page_at(site, "/book-a-consultation/"), locale)
