"""Header, navigation and footer: the pieces every page template includes, `{% keep %}` for
the fragments kept until the next publish (pages/site_cache.py), and `{% picture %}`."""

from functools import cached_property

from django import template
from django.core.cache.utils import make_template_fragment_key
from wagtail.images.models import Filter
from wagtail.images.templatetags import wagtailimages_tags
from wagtail.models import Site

from pages import seo, site_cache
from pages.seo import PageMeta

register = template.Library()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The top-level pages marked "show in menus", in tree order, the current section marked."""
    request = context.get("request")
    current_path = getattr(context.get("page"), "url_path", "")
    items = [
        {"link": link, "is_current": current_path.startswith(link.url_path)}
        for link in _site_links(request)["menu"]
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
def picture(parser, token) -> PictureNode:
    """`{% picture image format-{avif,webp,jpeg} width-{480,800} sizes="..." %}`, exactly as
    Wagtail's tag of that name (which parses the arguments), parsed once."""
    node = wagtailimages_tags.image(parser, token)
    return PictureNode(
        node.image_expr, node.filter_specs, attrs=node.attrs, output_var_name=node.output_var_name
    )


class KeepNode(template.Node):
    """Django's `{% cache %}`, told how by a site_cache.FragmentCache. A fragment that may not
    be kept (a preview, the cache down or off) is rendered with no cache call at all, where
    `{% cache 0 %}` would still read and write the cache for it."""

    def __init__(self, nodelist, fragment, name: str, vary_on: list):
        self.nodelist = nodelist
        self.fragment = fragment
        self.name = name
        self.vary_on = vary_on

    def render(self, context) -> str:
        fragment: site_cache.FragmentCache = self.fragment.resolve(context)
        if not fragment.seconds:
            return self.nodelist.render(context)
        name = make_template_fragment_key(self.name, [v.resolve(context) for v in self.vary_on])
        return fragment.get_or_compute(name, lambda: self.nodelist.render(context))


@register.tag
def keep(parser, token) -> KeepNode:
    """`{% keep fragment "name" var ... %}…{% endkeep %}`: the content, kept as `fragment` (a
    site_cache.FragmentCache, such as `card_cache` gives) allows, varying on the variables."""
    nodelist = parser.parse(("endkeep",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment and a name.")
    return KeepNode(
        nodelist,
        parser.compile_filter(bits[1]),
        bits[2].strip("\"'"),
        [parser.compile_filter(bit) for bit in bits[3:]],
    )


@register.simple_tag(takes_context=True)
def card_cache(context) -> site_cache.FragmentCache:
    """How a card may be kept: `{% card_cache as fragment %}` then
    `{% keep fragment "name" card_page.pk ... %}`."""
    return site_cache.fragment_cache(context.get("request"))


@register.simple_tag(takes_context=True)
def content_cache(context) -> site_cache.FragmentCache:
    """How the page's main content may be kept: `{% content_cache as fragment %}` then
    `{% keep fragment "content" %}` (see site_cache.content_fragment)."""
    template = context.template.name if context.template is not None else ""
    return site_cache.content_fragment(context.get("request"), context.get("page"), template)


@register.simple_tag(takes_context=True)
def form_cache(context, form) -> site_cache.FragmentCache:
    """How a blank form's fields may be kept: `{% form_cache form as fragment %}` then
    `{% keep fragment "form" %}` (see site_cache.form_fragment)."""
    template = context.template.name if context.template is not None else ""
    return site_cache.form_fragment(context.get("request"), context.get("page"), template, form)


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


def _site_links(request) -> dict[str, list[site_cache.Link]]:
    """The menu's and the footer's links: from the site data cache, or read once per request."""
    data = site_cache.for_request(request)
    if data is not None:
        return {"menu": data.menu, "locations": data.footer_locations, "legal": data.footer_legal}
    found = getattr(request, "_site_links", None)
    if found is None:
        site = Site.find_for_request(request) if request else None
        menu, locations, legal = site_cache.links(site, request) if site else ([], [], [])
        found = {"menu": menu, "locations": locations, "legal": legal}
        if request is not None:
            request._site_links = found
    return found


@register.inclusion_tag("components/footer_locations.html", takes_context=True)
def footer_locations(context):
    """The clinic locations, once the locations app defines its page type."""
    return {"locations": _site_links(context.get("request"))["locations"]}


@register.inclusion_tag("components/footer_legal_links.html", takes_context=True)
def footer_legal_links(context):
    """Standard pages marked "show in footer": the privacy policy, disclaimer and the like."""
    return {"pages": _site_links(context.get("request"))["legal"]}
