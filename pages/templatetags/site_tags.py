"""Header, navigation and footer: the pieces every page template includes."""

from django import template
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, Site

from pages import seo
from pages.models import StandardPage
from pages.models.listings import optional_page_model, public_pages
from pages.seo import PageMeta

register = template.Library()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The top-level pages marked "show in menus", in tree order, the current section marked."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"items": []}
    pages = public_pages(site.root_page.get_children().live().in_menu(), request)
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


def _footer_pages(context) -> dict[str, list[Page]]:
    """The footer's locations and legal pages, fetched together once per request."""
    request = context.get("request")
    cached = getattr(request, "_footer_pages", None)
    if cached is not None:
        return cached
    found: dict[str, list[Page]] = {"locations": [], "legal": []}
    site = Site.find_for_request(request) if request else None
    if site is None:
        return found
    legal_type = ContentType.objects.get_for_model(StandardPage)
    wanted = Q(content_type=legal_type, standardpage__show_in_footer=True)
    location_model = optional_page_model("locations", "LocationPage")
    location_type = None
    if location_model is not None:
        location_type = ContentType.objects.get_for_model(location_model)
        wanted |= Q(content_type=location_type)
    # Titles and addresses are all a footer link needs, so the plain page rows suffice.
    pages = public_pages(Page.objects.in_site(site).live(), request).filter(wanted)
    for page in pages.order_by("path"):
        if location_type is not None and page.content_type_id == location_type.pk:
            found["locations"].append(page)
        else:
            found["legal"].append(page)
    request._footer_pages = found
    return found


@register.inclusion_tag("components/footer_locations.html", takes_context=True)
def footer_locations(context):
    """The clinic locations, once the locations app defines its page type."""
    return {"locations": _footer_pages(context)["locations"], "request": context.get("request")}


@register.inclusion_tag("components/footer_legal_links.html", takes_context=True)
def footer_legal_links(context):
    """Standard pages marked "show in footer": the privacy policy, disclaimer and the like."""
    return {"pages": _footer_pages(context)["legal"], "request": context.get("request")}
