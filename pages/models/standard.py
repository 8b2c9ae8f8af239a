"""Plain pages: about, privacy policy, medical disclaimer, accessibility statement."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import BodyBlock

from .article import SOURCES_HELP_TEXT, ReferenceBase
from .base import BasePage


class StandardPage(BasePage):
    """A page of text and blocks, such as About us or the privacy policy."""

    body = StreamField(BodyBlock())
    show_in_footer = models.BooleanField(
        default=False,
        help_text=(
            "List this page in the footer of every page, beside the privacy policy and the "
            "medical disclaimer. Meant for legal and policy pages."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("body"),
        InlinePanel("references", heading="Sources", label="Source", help_text=SOURCES_HELP_TEXT),
    ]
    promote_panels = BasePage.promote_panels + [FieldPanel("show_in_footer")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = "standard page"


class StandardPageReference(ReferenceBase):
    page = ParentalKey(StandardPage, on_delete=models.CASCADE, related_name="references")
