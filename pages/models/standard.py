"""Plain pages: about, privacy policy, medical disclaimer, accessibility statement."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import BodyBlock

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

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    promote_panels = BasePage.promote_panels + [FieldPanel("show_in_footer")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = "standard page"
