"""Every page type the browser checks visit: one entry per template a visitor can reach.

Add an entry when a page type lands. The checks in test_page_types.py run over this list.
"""

from typing import NamedTuple

from demo.es.paths import spanish_path


class PageType(NamedTuple):
    name: str
    path: str
    # The status the page answers with; the friendly 404 page is a page type too.
    status: int = 200
    # Public pages are held to the privacy rules (no cookie, no off-site request) and to axe.
    # The admin is Wagtail's own: we only check that it loads without console errors.
    public: bool = True
    # Pages with a form get Django's CSRF cookie, the one cookie an anonymous visitor may hold.
    sets_csrf_cookie: bool = False

    @property
    def language(self) -> str:
        """The language its address says: Spanish under /es/."""
        return "es" if self.path.startswith("/es/") else "en"


PAGE_TYPES = [
    PageType("home", "/"),
    PageType("not-found", "/no-such-page/", status=404),
    PageType("learn", "/learn/"),
    PageType("article", "/learn/ketamine-infusion-process/"),
    PageType("conditions", "/conditions/"),
    PageType("condition", "/conditions/depression/"),
    # Shown before anything else: how to get help now, for readers who may be in crisis.
    PageType("condition-crisis-first", "/conditions/suicidal-thoughts/"),
    PageType("team", "/team/"),
    PageType("about", "/about/"),
    PageType("privacy-policy", "/privacy-policy/"),
    PageType("medical-disclaimer", "/medical-disclaimer/"),
    PageType("accessibility-statement", "/accessibility/"),
    PageType("blog", "/blog/"),
    PageType("blog-tag", "/blog/tag/ptsd/"),
    PageType("blog-post", "/blog/ketamine-and-ptsd/"),
    PageType("consultation-form", "/book-a-consultation/", sets_csrf_cookie=True),
    PageType("consultation-thank-you", "/book-a-consultation/thank-you/"),
    PageType("referral-form", "/for-clinicians/", sets_csrf_cookie=True),
    PageType("referral-thank-you", "/for-clinicians/thank-you/"),
    PageType("referral-sheet", "/for-clinicians/referral-sheet/"),
    PageType("locations", "/locations/"),
    PageType("locations-nearest-to-zip", "/locations/?zip=60540"),
    PageType("locations-unknown-zip", "/locations/?zip=abc"),
    PageType("location", "/locations/wicker-park/"),
    PageType("depression-self-check", "/learn/depression-self-check/"),
    PageType("anxiety-self-check", "/learn/anxiety-self-check/"),
    PageType("search", "/search/"),
    PageType("search-results", "/search/?q=ketamine"),
    PageType("search-no-results", "/search/?q=xylophone"),
    PageType("admin-login", "/admin/login/", public=False),
]


def spanish_address(english: str) -> str | None:
    """The Spanish page type's address: the Spanish translation of the page that answers
    `english`, with the same route and query after it (/blog/tag/ptsd/ gives
    /es/blog/tag/ptsd/); None when the demo has no translation."""
    page_part, query = english.split("?")[0], english.partition("?")[2]
    steps = [part for part in page_part.split("/") if part]
    if not steps:
        return spanish_path("/")
    # The home page's translation owns no other address: a page without its own is untranslated.
    for keep in range(len(steps), 0, -1):
        owner = "/" + "".join(f"{step}/" for step in steps[:keep])
        if (translated := spanish_path(owner)) is not None:
            route = "".join(f"{step}/" for step in steps[keep:])
            return translated + route + (f"?{query}" if query else "")
    return None


# Every page type again in Spanish where the demo translates it, plus the note shown when a
# page has no translation yet, and Spanish search.
PAGE_TYPES += [
    page_type._replace(name=f"spanish-{page_type.name}", path=address)
    for page_type in PAGE_TYPES
    if page_type.public
    and page_type.status == 200
    and not page_type.path.startswith("/search/")
    and (address := spanish_address(page_type.path)) is not None
] + [
    PageType("spanish-home-no-translation", "/es/#no-translation"),
    PageType("spanish-search-for-ketamina", "/es/search/?q=ketamina"),
]

PUBLIC_PAGE_TYPES = [page_type for page_type in PAGE_TYPES if page_type.public]

# The Spanish pages share the English pages' templates: the keyboard and no-JavaScript checks
# walk each template once, in English, and in Spanish where its text changes what they check
# (the home page's header and banner, the consultation form, search).
ONCE_PER_TEMPLATE = [
    page_type
    for page_type in PUBLIC_PAGE_TYPES
    if page_type.language == "en"
    or page_type.name
    in {"spanish-home", "spanish-consultation-form", "spanish-search-for-ketamina"}
]
