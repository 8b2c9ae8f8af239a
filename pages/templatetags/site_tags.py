"""Header, navigation and footer: the pieces every page template includes."""

from django import template
from wagtail.models import Site

from pages.models import StandardPage
from pages.models.listings import optional_page_model

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


def _site(context) -> Site | None:
    request = context.get("request")
    return Site.find_for_request(request) if request else None


@register.inclusion_tag("components/footer_locations.html", takes_context=True)
def footer_locations(context):
    """The clinic locations, once the locations app defines its page type."""
    site = _site(context)
    location_model = optional_page_model("locations", "LocationPage")
    if site is None or location_model is None:
        return {"locations": []}
    locations = (
        location_model.objects.in_site(site).live().public().order_by("path").defer_streamfields()
    )
    return {"locations": list(locations), "request": context.get("request")}


@register.inclusion_tag("components/footer_legal_links.html", takes_context=True)
def footer_legal_links(context):
    """Standard pages marked "show in footer": the privacy policy, disclaimer and the like."""
    site = _site(context)
    if site is None:
        return {"pages": []}
    pages = (
        StandardPage.objects.in_site(site)
        .live()
        .public()
        .filter(show_in_footer=True)
        .order_by("path")
        .defer_streamfields()
    )
    return {"pages": list(pages), "request": context.get("request")}
