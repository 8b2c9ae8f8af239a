"""Header, navigation and footer: the pieces every page template includes."""

from django import template
from wagtail.models import Site

from pages import seo
from pages.seo import PageMeta

register = template.Library()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The top-level pages marked "show in menus", in tree order, the current section marked."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"items": []}
    pages = site.root_page.get_children().live().public().in_menu()
    current = context.get("page")
    current_path = getattr(current, "url_path", "")
    items = [{"page": item, "is_current": current_path.startswith(item.url_path)} for item in pages]
    return {"items": items, "request": request}


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
