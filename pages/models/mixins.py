"""Editor fields that many page types share, each with its own panels."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
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

    class Meta:
        abstract = True

    @property
    def meta_description(self) -> str:
        return self.search_description or self.summary


class MedicalReviewMixin(models.Model):
    """Who checked a clinical page's facts, when, and when they must be checked again."""

    # Required to publish, not to save a draft: a clinical page never goes live without a
    # named reviewer and a review date, which the public byline shows.
    medical_reviewer = models.ForeignKey(
        "pages.Provider",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The clinician who checked this page's medical facts. Shown in the byline.",
    )
    last_reviewed = models.DateField(
        null=True,
        blank=False,
        help_text="The date the medical reviewer last checked this page. Shown in the byline.",
    )
    next_review_due = models.DateField(
        null=True,
        blank=True,
        help_text="When the facts must be checked again; usually a year after the last review.",
    )

    medical_review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("medical_reviewer"),
                FieldPanel("last_reviewed"),
                FieldPanel("next_review_due"),
            ],
            heading="Medical review",
        ),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            raise ValidationError(
                {"next_review_due": "The next review must come after the last review."}
            )

    @property
    def review_overdue(self) -> bool:
        """True once the next review date has passed (in the clinic's time zone)."""
        return self.next_review_due is not None and self.next_review_due < timezone.localdate()

    def get_reviewer_url(self, request: HttpRequest | None = None) -> str:
        """Where the byline links: the reviewer's entry on the team page, if there is one."""
        if self.medical_reviewer is None:
            return ""
        from .team import TeamPage

        return TeamPage.provider_url(self.medical_reviewer, request)
