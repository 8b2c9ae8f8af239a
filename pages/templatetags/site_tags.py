"""Header, navigation and footer: the pieces every page template includes."""

from django import template
from wagtail.models import Site

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
