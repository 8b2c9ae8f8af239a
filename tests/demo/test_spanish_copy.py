"""The Spanish demo copy (demo/es/) against the English copy it translates.

A translator may reword freely, but a Spanish page must keep what a patient relies on: the
same pages and blocks, every figure, every source and citation, placeholders that still read
as placeholders, and links that lead to the Spanish pages.
"""

import re
from html.parser import HTMLParser

import pytest
from wagtail.contrib.forms.utils import get_field_clean_name

from demo import (
    articles,
    blog,
    blog_posts,
    conditions,
    forms,
    loader,
    locations,
    people,
    self_checks,
    standard_pages,
)
from demo.es import articles as es_articles
from demo.es import blog as es_blog
from demo.es import blog_posts as es_blog_posts
from demo.es import conditions as es_conditions
from demo.es import forms as es_forms
from demo.es import home as es_home
from demo.es import locations as es_locations
from demo.es import people as es_people
from demo.es import self_checks as es_self_checks
from demo.es import standard_pages as es_standard_pages
from demo.es.paths import english_path, spanish_path

# Values that are not words: a translation keeps them as they are.
SAME_VALUE = {
    "kind",
    "level",
    "source_title",
    "source_url",
    "references",
    "related",
    "published",
    "scheduled",
    "author",
    "tags",
    "instrument",
    "field_type",
    "autocomplete",
    "required",
    "clean_name",
    "key",
    "name",
    "credentials",
    "locations",
    "location",
    "consent_recorded",
    "city",
    "state",
    "postal_code",
    "latitude",
    "longitude",
    "phone",
    "price_range",
    "to_address",
    "show_in_menus",
}
# Words of any English sentence that no Spanish one has: a text with them was left untranslated.
ENGLISH_WORDS = re.compile(r"\b(?:the|and|you|your|with|are|this|that|of)\b", re.IGNORECASE)
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# "[Placeholder: ...]", not a citation's "[3]".
PLACEHOLDER = re.compile(r"\[(?!\d+\])[^\]]+\]")

ENGLISH_SINGLE_PAGES = {
    "home": (loader.HOME, es_home.HOME),
    "locations index": (locations.INDEX, es_locations.INDEX),
    "consultation form": (forms.PAGE, es_forms.PAGE),
    "blog index": (blog.INDEX, es_blog.INDEX),
}


def by_slug(pages: list[dict]) -> dict[str, dict]:
    return {page["slug"]: page for page in pages}


# (name, English pages by slug, Spanish pages by English slug, every English page translated)
PAGE_LISTS = [
    ("sections", loader.SECTIONS, es_home.SECTIONS, True),
    ("articles", by_slug(articles.ARTICLES), es_articles.ARTICLES, True),
    ("self-checks", by_slug(self_checks.SELF_CHECKS), es_self_checks.SELF_CHECKS, True),
    ("conditions", by_slug(conditions.CONDITIONS), es_conditions.CONDITIONS, True),
    ("locations", by_slug(locations.LOCATIONS), es_locations.LOCATIONS, True),
    (
        "standard pages",
        by_slug(standard_pages.STANDARD_PAGES),
        es_standard_pages.STANDARD_PAGES,
        True,
    ),
    ("blog posts", by_slug(blog_posts.POSTS), es_blog_posts.POSTS, False),
]


class Markup(HTMLParser):
    """The tags of a piece of rich text, in order, and the addresses its links lead to."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [value for name, value in attrs if name == "href"]

    def handle_endtag(self, tag):
        self.tags.append(f"/{tag}")


def translated_link(href: str) -> str:
    """Where the Spanish copy should link for an English link: the same citation, outside
    address or phone number, or the Spanish page that translates the English one."""
    if href.startswith("/"):
        return spanish_path(href) or f"(no Spanish page for {href})"
    return href


def differences(english, spanish, where: str) -> list[str]:
    """What the Spanish value loses or changes of the English one's structure and facts."""
    if isinstance(english, tuple) and isinstance(spanish, tuple):
        if len(english) != len(spanish) or english[0] != spanish[0]:
            return [f"{where}: block {spanish[0]!r} in place of {english[0]!r}"]
        return differences(english[1], spanish[1], f"{where}/{english[0]}")
    if isinstance(english, list) and isinstance(spanish, list):
        if len(english) != len(spanish):
            return [f"{where}: {len(spanish)} items in place of {len(english)}"]
        found = []
        for position, (en, es) in enumerate(zip(english, spanish, strict=True)):
            found += differences(en, es, f"{where}[{position}]")
        return found
    if isinstance(english, dict) and isinstance(spanish, dict):
        # A Spanish page adds its Spanish slug where the English data has none.
        if set(english) - {"slug"} != set(spanish) - {"slug"}:
            return [f"{where}: keys {sorted(spanish)} in place of {sorted(english)}"]
        found = []
        for key, en in english.items():
            es = spanish[key]
            if key == "slug":
                continue
            if key in SAME_VALUE:
                if es != en:
                    found.append(f"{where}/{key}: {es!r} in place of {en!r}")
            elif key in ("page", "link_url") and isinstance(en, str):
                if es != translated_link(en) and not (en == "" and es == ""):
                    found.append(f"{where}/{key}: {es!r} in place of {translated_link(en)!r}")
            else:
                found += differences(en, es, f"{where}/{key}")
        return found
    if isinstance(english, str) and isinstance(spanish, str):
        return text_differences(english, spanish, where)
    if type(english) is not type(spanish) or english != spanish:
        return [f"{where}: {spanish!r} in place of {english!r}"]
    return []


def figures(text: str) -> list[str]:
    """The numbers in a text. In Spanish, the 988 Lifeline is reached by calling 988 and
    pressing 2 or by texting AYUDA to 988: those numbers may be added wherever 988 appears."""
    numbers = re.findall(r"\d+", re.sub(r"marquen? 2\b", "", text))
    return sorted(set(numbers) if "988" in numbers else numbers)


def text_differences(english: str, spanish: str, where: str) -> list[str]:
    found = []
    if bool(english.strip()) != bool(spanish.strip()):
        found.append(
            f"{where}: {'empty' if not spanish.strip() else 'text'} in place of {english!r}"
        )
    words = ENGLISH_WORDS.findall(re.sub(r"<[^>]+>", " ", spanish))
    if words:
        found.append(f"{where}: English words {words} in {spanish!r}")
    if figures(english) != figures(spanish):
        found.append(f"{where}: figures {figures(spanish)} in place of {figures(english)}")
    if len(PLACEHOLDER.findall(english)) != len(PLACEHOLDER.findall(spanish)):
        found.append(f"{where}: placeholders {PLACEHOLDER.findall(spanish)}")
    if "<" in english:
        en, es = Markup(english), Markup(spanish)
        if en.tags != es.tags:
            found.append(f"{where}: tags {es.tags} in place of {en.tags}")
        if [translated_link(href) for href in en.hrefs] != es.hrefs:
            found.append(f"{where}: links {es.hrefs} in place of {en.hrefs}")
    return found


@pytest.mark.parametrize(("name", "english", "spanish", "complete"), PAGE_LISTS)
def test_spanish_copy_has_the_english_pages_in_the_english_order(name, english, spanish, complete):
    translated = [slug for slug in english if slug in spanish]
    assert list(spanish) == translated
    if complete:
        assert list(spanish) == list(english)


def test_at_least_two_blog_posts_are_in_spanish():
    assert len(es_blog_posts.POSTS) >= 2


@pytest.mark.parametrize(("name", "english", "spanish", "complete"), PAGE_LISTS)
def test_spanish_pages_keep_the_english_blocks_figures_sources_and_links(
    name, english, spanish, complete
):
    found = []
    for slug, page in spanish.items():
        found += differences(english[slug], page, f"{name}/{slug}")
    assert found == []


@pytest.mark.parametrize("name", ENGLISH_SINGLE_PAGES)
def test_spanish_single_pages_keep_the_english_structure(name):
    english, spanish = ENGLISH_SINGLE_PAGES[name]
    assert differences(english, spanish, name) == []


def test_home_sections_keep_the_english_blocks_figures_and_sources():
    assert differences(loader.HOME_SECTIONS, es_home.HOME_SECTIONS, "home sections") == []


def test_location_details_keep_the_english_facts():
    assert differences(locations.COMMON, es_locations.COMMON, "locations") == []
    english, spanish = locations._intro("Naperville"), es_locations.intro("Naperville")
    assert text_differences(english, spanish, "intro") == [] and "Naperville" in spanish


def test_consultation_fields_keep_their_types_choices_and_stored_names():
    # A field's answers are stored under its clean name: the Spanish field keeps the English one.
    english = [
        {**field, "clean_name": field.get("clean_name") or get_field_clean_name(field["label"])}
        for field in forms.FIELDS
    ]
    assert differences(english, es_forms.FIELDS, "fields") == []
    for field in es_forms.FIELDS:
        choices = field.get("choices", "").splitlines()
        assert not field.get("default_value") or field["default_value"] in choices


def test_team_keeps_the_providers_testimonials_and_their_facts():
    providers = {person["key"]: person for person in people.PROVIDERS}
    testimonials = {entry["attribution"]: entry for entry in people.TESTIMONIALS}
    assert list(es_people.PROVIDERS) == list(providers)
    assert list(es_people.TESTIMONIALS) == list(testimonials)
    assert differences(providers, es_people.PROVIDERS, "providers") == []
    assert differences(testimonials, es_people.TESTIMONIALS, "testimonials") == []


def test_every_spanish_slug_is_plain_ascii_and_unique_among_its_siblings():
    siblings = {
        "/es/": [
            *(section["slug"] for section in es_home.SECTIONS.values()),
            *(page["slug"] for page in es_standard_pages.STANDARD_PAGES.values()),
            es_locations.INDEX["slug"],
            es_forms.PAGE["slug"],
            es_blog.INDEX["slug"],
        ],
        "learn": [
            *(page["slug"] for page in es_articles.ARTICLES.values()),
            *(page["slug"] for page in es_self_checks.SELF_CHECKS.values()),
        ],
        "conditions": [page["slug"] for page in es_conditions.CONDITIONS.values()],
        "locations": [page["slug"] for page in es_locations.LOCATIONS.values()],
        "blog": [page["slug"] for page in es_blog_posts.POSTS.values()],
    }
    for parent, slugs in siblings.items():
        assert [slug for slug in slugs if not SLUG.fullmatch(slug)] == [], parent
        assert len(set(slugs)) == len(slugs), parent


def test_spanish_addresses_lead_back_to_the_english_pages():
    assert spanish_path("/learn/what-is-ketamine/") == "/es/aprender/que-es-la-ketamina/"
    assert spanish_path("/locations/naperville/") == "/es/ubicaciones/naperville/"
    assert english_path("/es/aprender/que-es-la-ketamina/") == "/learn/what-is-ketamine/"
    assert english_path("/es/ubicaciones/") == "/locations/"
    assert english_path("/es/no-such-page/") is None


def test_every_spanish_page_has_an_address_under_its_english_parents_translation():
    for english, spanish in ENGLISH_SINGLE_PAGES.values():
        if "slug" in english:
            assert spanish_path(f"/{english['slug']}/") == f"/es/{spanish['slug']}/"
    for article in articles.ARTICLES:
        assert spanish_path(f"/learn/{article['slug']}/").startswith("/es/aprender/")


def crisis_callouts(value) -> list[str]:
    """The text of every crisis callout anywhere in a piece of copy."""
    if isinstance(value, dict):
        own = [value["text"]] if value.get("kind") == "crisis" else []
        return own + [text for item in value.values() for text in crisis_callouts(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in crisis_callouts(item)]
    return []


def test_every_spanish_crisis_notice_gives_the_lifelines_spanish_line_and_911():
    texts = [
        text
        for _, _, spanish, _ in PAGE_LISTS
        for page in spanish.values()
        for text in crisis_callouts(page)
    ]
    assert texts
    for text in texts:
        assert all(words in text for words in ("988", "marque 2", "AYUDA", "911")), text
