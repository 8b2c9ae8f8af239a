"""Editor fields that many page types share, each with its own panels."""

from __future__ import annotations

from http import HTTPMethod
from typing import TYPE_CHECKING, Any

from django.db import models
from django.http import HttpRequest
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from pages.seo import structured_data
from pages.seo.meta import site_for_request

if TYPE_CHECKING:
    from wagtail.blocks import StreamValue
    from wagtail.images.models import AbstractImage

from pages.review.permissions import ClinicalPagePermissionTester


class ListingMixin(models.Model):
    """How a page looks in listings, cards and search results."""

    summary = models.TextField(
        blank=True,
        max_length=300,
        help_text=(
            "One or two plain sentences shown on cards, in search results and, unless a "
            "search description is set, to search engines."
        ),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown on cards and when the page is shared. Landscape, at least 1200 px wide.",
    )

    listing_panels = [
        MultiFieldPanel([FieldPanel("summary"), FieldPanel("listing_image")], heading="Listing"),
    ]

    class Meta:
        abstract = True


class SearchEngineMixin(models.Model):
    """Whether search engines may list the page."""

    hide_from_search_engines = models.BooleanField(
        default=False,
        help_text=(
            "Ask search engines not to list this page, and leave it out of the sitemap. "
            "Visitors with the link can still open it."
        ),
    )

    search_engine_panels = [FieldPanel("hide_from_search_engines")]

    class Meta:
        abstract = True


class BasePage(ListingMixin, SearchEngineMixin, Page):
    """The base every page type of this site inherits once."""

    content_panels = Page.content_panels
    promote_panels = (
        Page.promote_panels + ListingMixin.listing_panels + SearchEngineMixin.search_engine_panels
    )
    # Page's own fields give the title extra weight. Subclasses extend this list
    # (`BasePage.search_fields + [...]`) with their text: intros, bodies.
    search_fields = Page.search_fields + [index.SearchField("summary")]

    # The Open Graph type of link previews; dated pieces (articles, posts) say "article".
    og_type = "website"

    # Visitors read pages; only a form page (which adds POST) takes anything from them.
    # Wagtail's default also lists PUT, PATCH and DELETE, which no page here answers.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    # Anonymous visitors get this page from the page cache (pages/cache.py). A page type
    # whose content differs between visitors or by the minute sets this to False.
    cache_page = True

    class Meta:
        abstract = True

    @property
    def meta_description(self) -> str:
        return self.search_description or self.summary

    def get_meta_title(self) -> str:
        """The title search engines and link previews show, without the clinic's name."""
        return self.seo_title or self.title

    def get_canonical_url(self, request: HttpRequest | None = None) -> str:
        """The one absolute address search engines should list this page under."""
        return self.get_full_url(request)

    def get_social_image(self) -> AbstractImage | None:
        """The image of link previews; the site's default image is used when this is None."""
        return self.listing_image

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        if self.hide_from_search_engines:
            return []
        return super().get_sitemap_urls(request)

    def get_breadcrumb_pages(self, request: HttpRequest | None = None) -> list[Page]:
        """The published pages from the site's home page down to this one, in one query.

        Kept on the instance: the visible breadcrumbs and the JSON-LD both use it.
        """
        cached = getattr(self, "_breadcrumb_pages", None)
        if cached is not None:
            return cached
        site = site_for_request(request)
        if site is not None and site.root_page_id == self.pk:
            # The home page has no trail: nothing above it belongs to the site.
            self._breadcrumb_pages = []
            return self._breadcrumb_pages
        # Unpublished ancestors are left out: a breadcrumb must not lead to a 404.
        ancestors = list(
            Page.objects.ancestor_of(self).filter(depth__gt=1).live().order_by("depth")
        )
        # The trail starts at this site's home page, whatever lies above it in the tree.
        root_ids = [crumb.pk for crumb in ancestors]
        if site is not None and site.root_page_id in root_ids:
            ancestors = ancestors[root_ids.index(site.root_page_id) :]
        self._breadcrumb_pages = [*ancestors, self] if ancestors else []
        return self._breadcrumb_pages

    def get_faq_stream(self) -> StreamValue | None:
        """The StreamField whose `faq` blocks become the page's FAQPage node, if any."""
        return getattr(self, "body", None)

    def get_json_ld_nodes(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        """This page's schema.org nodes. Page types add theirs: `super()...() + [node]`."""
        nodes = []
        trail = self.get_breadcrumb_pages(request)
        if trail:
            nodes.append(
                structured_data.breadcrumb_list_node(
                    [(crumb.title, crumb.get_full_url(request)) for crumb in trail],
                    page_url=self.get_canonical_url(request),
                )
            )
        # The questions are already in the page's own row: this costs no query.
        faq = structured_data.faq_json_ld(
            self.get_faq_stream(), page_url=self.get_canonical_url(request)
        )
        if faq:
            nodes.append(faq)
        return nodes

    def get_json_ld(self, request: HttpRequest | None = None) -> dict[str, Any] | None:
        """The page's one JSON-LD document, or None when it has nothing to say."""
        return structured_data.graph(self.get_json_ld_nodes(request))

    def permissions_for_user(self, user):
        # Clinical pages reach the public only through medical review (pages/review/permissions.py).
        return ClinicalPagePermissionTester(user, self)
