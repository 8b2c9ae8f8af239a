"""The addresses of the Spanish demo pages and the English pages they translate.

The copy links to Spanish pages by their public addresses (``/es/aprender/costo-y-seguro/``);
these functions map such an address to the English page's address and back, so that a loader
can find the English page and then its Spanish translation.
"""

from functools import cache

from . import (
    articles,
    blog,
    blog_posts,
    conditions,
    forms,
    home,
    locations,
    self_checks,
    standard_pages,
)


@cache
def _addresses() -> dict[str, str]:
    """Spanish addresses by English address, for every page in the Spanish copy."""
    addresses = {"/": "/es/"}

    def add(english_parent: str, english_slug: str, spanish_slug: str) -> None:
        spanish_parent = addresses[english_parent]
        addresses[f"{english_parent}{english_slug}/"] = f"{spanish_parent}{spanish_slug}/"

    for key, section in home.SECTIONS.items():
        add("/", key, section["slug"])
    for pages, parent in (
        (articles.ARTICLES, "/learn/"),
        (self_checks.SELF_CHECKS, "/learn/"),
        (conditions.CONDITIONS, "/conditions/"),
        (standard_pages.STANDARD_PAGES, "/"),
    ):
        for slug, page in pages.items():
            add(parent, slug, page["slug"])
    add("/", "locations", locations.INDEX["slug"])
    for slug, page in locations.LOCATIONS.items():
        add("/locations/", slug, page["slug"])
    add("/", "book-a-consultation", forms.PAGE["slug"])
    add("/", "blog", blog.INDEX["slug"])
    for slug, page in blog_posts.POSTS.items():
        add("/blog/", slug, page["slug"])
    return addresses


def spanish_path(english_path: str) -> str | None:
    """The Spanish address of the page at `english_path`, or None if the copy has none."""
    return _addresses().get(english_path)


def english_path(spanish_path: str) -> str | None:
    """The English address of the page the Spanish page at `spanish_path` translates."""
    by_spanish = {spanish: english for english, spanish in _addresses().items()}
    return by_spanish.get(spanish_path)
