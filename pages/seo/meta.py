"""What a page tells search engines and link previews: title, description, canonical URL,
social image, robots directive and its JSON-LD graph.

`page_meta()` gathers it once per request for `components/meta_tags.html`; the page types
supply the parts through BasePage's methods (`get_meta_title`, `get_canonical_url`,
`get_social_image`, `get_json_ld_nodes`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.http import HttpRequest
from django.templatetags.static import static
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Site

from . import structured_data

if TYPE_CHECKING:
    from wagtail.images.models import AbstractImage

# Large enough for every network's large preview card, in the 1.91:1 shape they crop to.
# JPEG because not every link-preview crawler reads WebP or AVIF; a white background
# because a transparent PNG would otherwise turn black.
SOCIAL_IMAGE_FILTER = "fill-1200x630|format-jpeg|bgcolor-ffffff"
# The logo search engines show beside the clinic's name (the square app icon).
LOGO_STATIC_PATH = "img/icon-512.png"


def site_for_request(request: HttpRequest | None) -> Site | None:
    """The Wagtail site a request is for (cached on the request), else the default site."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site


def site_root_url(request: HttpRequest | None) -> str:
    """The site's public address without a trailing slash, e.g. "https://clinic.example"."""
    site = site_for_request(request)
    if site is not None:
        return site.root_url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(url: str, request: HttpRequest | None) -> str:
    """A root-relative URL made absolute with the site's address; absolute ones unchanged."""
    if not url or url.startswith(("http://", "https://")):
        return url
    if url.startswith("//"):
        return "https:" + url
    return site_root_url(request) + "/" + url.lstrip("/")


@dataclass(frozen=True)
class SocialImage:
    url: str
    width: int
    height: int
    alt: str


def social_image(image: AbstractImage | None, request: HttpRequest | None) -> SocialImage | None:
    """The preview-card rendition of an image, with an absolute URL."""
    if image is None:
        return None
    rendition = image.get_rendition(SOCIAL_IMAGE_FILTER)
    return SocialImage(
        url=absolute_url(rendition.url, request),
        width=rendition.width,
        height=rendition.height,
        alt=image.default_alt_text or "",
    )


@dataclass(frozen=True)
class PageMeta:
    """Everything `components/meta_tags.html` prints."""

    title: str
    site_name: str = ""
    description: str = ""
    canonical_url: str = ""
    og_type: str = "website"
    image: SocialImage | None = None
    noindex: bool = False
    json_ld: SafeString = mark_safe("")

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.image else "summary"


def page_meta(
    page: Any | None,
    request: HttpRequest | None,
    *,
    title: str = "",
    description: str = "",
    noindex: bool = False,
) -> PageMeta:
    """The metadata of a Wagtail page, or of a plain view from the keyword arguments."""
    from pages.models.site_settings import ClinicSettings

    site = site_for_request(request)
    clinic = (
        ClinicSettings.for_request(request)
        if request is not None
        else (ClinicSettings.for_site(site) if site else None)
    )
    site_name = clinic.clinic_name if clinic else ""
    default_image = clinic.default_social_image if clinic else None

    if page is None or not hasattr(page, "get_meta_title"):
        # A plain view (search, an error page) or a page type outside BasePage.
        return PageMeta(
            title=title or getattr(page, "title", ""),
            site_name=site_name,
            description=description,
            noindex=noindex,
            image=social_image(default_image, request),
        )

    return PageMeta(
        title=title or page.get_meta_title(),
        site_name=site_name,
        description=description or page.meta_description,
        canonical_url=page.get_canonical_url(request),
        og_type=page.og_type,
        image=social_image(page.get_social_image() or default_image, request),
        noindex=noindex or page.hide_from_search_engines,
        json_ld=structured_data.script_tag(page.get_json_ld(request)),
    )


def logo_url(request: HttpRequest | None) -> str:
    return absolute_url(static(LOGO_STATIC_PATH), request)
