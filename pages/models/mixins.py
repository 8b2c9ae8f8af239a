"""Editor fields that many page types share, each with its own panels."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page


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

    # Anonymous visitors get this page from the page cache (pages/page_cache.py). A page type
    # whose content differs between visitors or by the minute sets this to False.
    cache_page = True

    class Meta:
        abstract = True

    @property
    def meta_description(self) -> str:
        return self.search_description or self.summary
