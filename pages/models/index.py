"""The front page of a section (Learn, Conditions, Locations, the blog): an introduction above
the list of the section's pages."""

from django.http import HttpRequest
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.query import PageQuerySet
from wagtail.search import index

from pages.blocks import PARAGRAPH_FEATURES
from pages.listings import card_pages

from .base import BasePage


class IndexPage(BasePage):
    """A section's front page, listing the section's pages."""

    intro = RichTextField(
        blank=True,
        features=PARAGRAPH_FEATURES,
        help_text="A sentence or two at the top of the section, above the list of its pages.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    # Each section has one front page.
    max_count = 1

    class Meta:
        abstract = True

    def listed_pages(self) -> PageQuerySet:
        """The pages this section lists; each section says which."""
        raise NotImplementedError

    def get_listing(self, request: HttpRequest | None = None) -> PageQuerySet:
        """The section's live, public pages, in the order editors gave them in the tree, with
        what a card shows fetched up front."""
        return card_pages(self.listed_pages(), request)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = self.get_listing(request)
        return context
