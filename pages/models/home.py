"""The home page."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .mixins import BasePage


class HomePage(BasePage):
    """The front door: the clinic's promise and the way to book."""

    hero_title = models.CharField(
        max_length=120,
        default="Relief from depression, in days rather than months",
        help_text="The first thing a visitor reads. Plain words, no jargon.",
    )
    hero_text = models.TextField(
        blank=True,
        max_length=400,
        help_text="One or two sentences under the headline.",
    )
    hero_button_text = models.CharField(max_length=60, default="Book a free consultation")

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_button_text")],
            heading="Hero",
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
