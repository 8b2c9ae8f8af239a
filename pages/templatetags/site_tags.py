"""Header, navigation and footer: the pieces every page template includes, the version their
kept fragments are stored under, and `{% site_picture %}`."""

from functools import cached_property

from django import template
from wagtail.images.models import Filter
from wagtail.images.templatetags import wagtailimages_tags
from wagtail.models import Site

from pages import cache as page_cache
from pages import navigation
from pages.seo import meta as seo
from pages.seo.meta import PageMeta

register = template.Library()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The top-level pages marked "show in menus", in tree order, the current section marked."""
    request = context.get("request")
    site = _site(request)
    current_path = getattr(context.get("page"), "url_path", "")
    items = [
        {"link": link, "is_current": current_path.startswith(link.url_path)}
        for link in (navigation.main_menu(site, request) if site else [])
    ]
    return {"items": items}


class PictureNode(wagtailimages_tags.PictureNode):
    """Wagtail's `{% picture %}`, its filter specs parsed once per template. Wagtail's own tag
    parses them again on every render: a card's six renditions cost more than a millisecond
    of parsing, on every card of every listing."""

    @cached_property
    def filters(self) -> list[Filter]:
        return super().get_filters()

    def get_filters(self) -> list[Filter]:
        return self.filters


@register.tag
def site_picture(parser, token) -> PictureNode:
    """`{% site_picture image format-{avif,webp,jpeg} width-{480,800} sizes="..." %}`, exactly
    as Wagtail's `{% picture %}` (which parses the arguments), parsed once."""
    # Wagtail's parser picks its node by the tag's name: give it the name it knows.
    name, _, arguments = token.contents.partition(" ")
    token.contents = f"picture {arguments}"
    node = wagtailimages_tags.image(parser, token)
    return PictureNode(
        node.image_expr, node.filter_specs, attrs=node.attrs, output_var_name=node.output_var_name
    )


@register.filter
def menu_section(page) -> str:
    """The top-level section a page belongs to (its address below the site's root), which is
    all the main menu varies with: "/home/learn/" for "/home/learn/what-is-ketamine/"."""
    parts = getattr(page, "url_path", "").strip("/").split("/")
    return "/" + "/".join(parts[:2]) + "/" if parts != [""] else ""


@register.simple_tag(takes_context=True)
def fragment_version(context) -> str:
    """What a fragment of the site's chrome is kept under: this site, and the page cache's
    generation, which every publish and every saved snippet or setting replaces. Use with
    Wagtail's tag: `{% fragment_version as version %}{% wagtailcache 3600 "footer" version %}`.
    """
    request = context.get("request")
    if request is None:
        return ""
    site = Site.find_for_request(request)
    return f"{site.pk if site else ''}:{page_cache.current_generation(request)}"


@register.simple_tag(takes_context=True)
def page_meta(context) -> PageMeta:
    """The title, description, canonical URL, preview image and JSON-LD of what is shown.

    A Wagtail page supplies them itself; a plain view sets `meta_title`, `meta_description`
    and `meta_noindex` in its context.
    """
    return seo.page_meta(
        context.get("page"),
        context.get("request"),
        title=context.get("meta_title", ""),
        description=context.get("meta_description", ""),
        noindex=bool(context.get("meta_noindex", False)),
    )


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from the home page to this page; nothing on the home page itself."""
    page = context.get("page")
    request = context.get("request")
    if not hasattr(page, "get_breadcrumb_pages"):
        return {"crumbs": []}
    trail = page.get_breadcrumb_pages(request)
    crumbs = [
        {"title": crumb.title, "url": crumb.get_url(request), "is_current": crumb is trail[-1]}
        for crumb in trail
    ]
    return {"crumbs": crumbs}


def _site(request) -> Site | None:
    return Site.find_for_request(request) if request is not None else None


@register.inclusion_tag("components/footer_links.html", takes_context=True)
def footer_links(context):
    """The clinic locations, and the standard pages marked "show in footer": the privacy
    policy, the disclaimer and the like."""
    request = context.get("request")
    site = _site(request)
    locations, legal = navigation.footer_links(site, request) if site else ([], [])
    return {"locations": locations, "legal_pages": legal}
