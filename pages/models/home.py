"""The home page."""

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.urls import reverse
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from pages import seo, structured_data

from .mixins import BasePage
from .site_settings import ClinicSettings


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

    def get_json_ld_nodes(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        """The clinic as an organization, and the site with its search box."""
        nodes = super().get_json_ld_nodes(request)
        if nodes:
            # Only the front page of the site describes the clinic and the site itself.
            return nodes
        clinic = (
            ClinicSettings.for_request(request)
            if request is not None
            else ClinicSettings.for_site(self.get_site())
        )
        root_url = seo.site_root_url(request)
        return [
            structured_data.organization_node(
                name=clinic.clinic_name,
                root_url=root_url,
                description=self.meta_description or clinic.tagline,
                telephone=clinic.phone,
                email=clinic.email,
                logo_url=seo.logo_url(request),
                same_as=[clinic.facebook_url, clinic.instagram_url, clinic.linkedin_url],
            ),
            structured_data.website_node(
                name=clinic.clinic_name,
                root_url=root_url,
                search_url=seo.absolute_url(reverse("search"), request),
            ),
        ]
