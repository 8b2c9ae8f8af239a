"""The team page: every provider, each with an anchor that bylines link to."""

from django.db.models import QuerySet
from django.http import HttpRequest
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from pages.blocks import PARAGRAPH_FEATURES
from pages.listings import public_pages, with_images

from .base import BasePage
from .snippets import Provider

# The renditions templates/pages/team_page.html asks for, fetched with the providers.
TEAM_PHOTO_SPEC = "fill-{240x240,480x480} format-{avif,webp,jpeg}"


class TeamPage(BasePage):
    """Lists the clinic's providers; edit the providers themselves under Providers."""

    intro = RichTextField(
        blank=True,
        features=PARAGRAPH_FEATURES,
        help_text="A short introduction above the list of providers.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["pages.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = "team page"

    def get_providers(self) -> QuerySet:
        return with_images(
            Provider.objects.order_by("sort_order", "name"), TEAM_PHOTO_SPEC, "photo"
        )

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["providers"] = self.get_providers()
        return context

    @classmethod
    def live_url(cls, request: HttpRequest | None = None) -> str:
        """The address of the live, public team page, or "" without one."""
        team_page = public_pages(cls.objects.live(), request).order_by("path").first()
        return team_page.get_url(request) if team_page else ""

    @classmethod
    def provider_url(cls, provider: Provider, request: HttpRequest | None = None) -> str:
        """The address of a provider's entry on the live team page, or "" without one."""
        team_url = cls.live_url(request)
        return f"{team_url}#{provider.slug}" if team_url else ""
