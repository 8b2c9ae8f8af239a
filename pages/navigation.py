"""The site's navigation: the main menu and the footer's links."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import HttpRequest
from wagtail.models import Page, Site

from pages.listings import optional_page_model, public_pages
from pages.models import StandardPage


@dataclass(frozen=True)
class Link:
    """A page as the menu or the footer shows it."""

    title: str
    url: str
    url_path: str


def link(page: Page, request: HttpRequest | None) -> Link:
    return Link(title=page.title, url=page.get_url(request), url_path=page.url_path)


def main_menu(site: Site, request: HttpRequest | None) -> list[Link]:
    """The top-level pages marked "show in menus", live and public, in tree order."""
    pages = public_pages(site.root_page.get_children().live().in_menu(), request)
    return [link(page, request) for page in pages]


def footer_links(site: Site, request: HttpRequest | None) -> tuple[list[Link], list[Link]]:
    """The clinic locations, then the legal pages (standard pages marked "show in footer"),
    live and public, in tree order: both in one query."""
    legal_type = ContentType.objects.get_for_model(StandardPage)
    wanted = Q(content_type=legal_type, standardpage__show_in_footer=True)
    location_model = optional_page_model("locations", "LocationPage")
    location_type = None
    if location_model is not None:
        location_type = ContentType.objects.get_for_model(location_model)
        wanted |= Q(content_type=location_type)
    # Titles and addresses are all a link needs, so the plain page rows suffice.
    pages = public_pages(Page.objects.in_site(site).live(), request).filter(wanted)
    locations, legal = [], []
    for page in pages.order_by("path"):
        is_location = location_type is not None and page.content_type_id == location_type.pk
        (locations if is_location else legal).append(link(page, request))
    return locations, legal
