"""/sitemap.xml: Wagtail's sitemap of the site's live, public pages in every language, each
with its hreflang alternates (Django's sitemap template writes them as xhtml:link)."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.http import HttpRequest
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from clinic_site.language import language_tag
from pages.listings import public_pages
from pages.translations import Alternate, hreflang_links

GROUPS_ATTR = "sitemap_translation_groups"


class SiteSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        homes = site.root_page.get_translations(inclusive=True)
        pages = reduce(or_, (Page.objects.descendant_of(home, inclusive=True) for home in homes))
        return (
            public_pages(pages.live(), self.request)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


def sitemap_alternates(page: Page, request: HttpRequest | None) -> list[dict[str, str]]:
    """The hreflang alternates of a page's sitemap entry: its live, public versions in each
    language, read for the whole sitemap in one query and kept on the request."""
    groups = getattr(request, GROUPS_ATTR, None) if request is not None else None
    if groups is None:
        groups = translation_groups(request)
        if request is not None:
            setattr(request, GROUPS_ATTR, groups)
    alternates = groups.get(page.translation_key, [])
    return [{"lang_code": tag, "location": url} for tag, url in hreflang_links(alternates)]


def translation_groups(request: HttpRequest | None) -> dict[str, list[Alternate]]:
    """Every live, public page's versions by translation key, in the order of LANGUAGES."""
    order = [code for code, _name in settings.LANGUAGES]
    names = dict(settings.LANGUAGES)
    groups: dict = {}
    pages = public_pages(Page.objects.live(), request).select_related("locale")
    for page in pages.only("id", "url_path", "translation_key", "locale__language_code"):
        code = page.locale.language_code
        if code in names:
            groups.setdefault(page.translation_key, []).append(
                Alternate(code, language_tag(code), names[code], page.get_full_url(request))
            )
    for alternates in groups.values():
        alternates.sort(key=lambda alternate: order.index(alternate.language))
    return groups
