"""Every page type the browser checks visit: one entry per template a visitor can reach.

Add an entry when a page type lands. The checks in test_page_types.py run over this list.
"""

from typing import NamedTuple


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

PUBLIC_PAGE_TYPES = [page_type for page_type in PAGE_TYPES if page_type.public]
