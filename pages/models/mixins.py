"""Editor fields that many page types share, each with its own panels."""

from __future__ import annotations

import datetime
from http import HTTPMethod
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from pages import structured_data
from pages.seo import absolute_url, site_for_request, site_root_url, social_image

if TYPE_CHECKING:
    from wagtail.blocks import StreamValue
    from wagtail.images.models import AbstractImage

from pages.review import ClinicalPagePermissionTester

from .site_settings import ClinicSettings


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

    # Anonymous visitors get this page from the page cache (pages/page_cache.py). A page type
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
        # Clinical pages reach the public only through medical review (pages/review.py).
        return ClinicalPagePermissionTester(user, self)


def next_review_date(reviewed: datetime.date) -> datetime.date:
    """When a page reviewed on `reviewed` must be reviewed again."""
    return reviewed + datetime.timedelta(days=settings.MEDICAL_REVIEW_INTERVAL_DAYS)


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
        help_text=(
            "When the facts must be checked again. Left empty, it is set a year after the last "
            "review."
        ),
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
        if self.last_reviewed and not self.next_review_due:
            # A page with no due date would never come up for review again.
            self.next_review_due = next_review_date(self.last_reviewed)
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
        """Where the byline links: the reviewer's entry on the team page, if there is one.

        Kept on the instance: the byline and the JSON-LD both use it.
        """
        cached = getattr(self, "_reviewer_url", None)
        if cached is not None:
            return cached
        if self.medical_reviewer is None:
            return ""
        from .team import TeamPage

        self._reviewer_url = TeamPage.provider_url(self.medical_reviewer, request)
        return self._reviewer_url

    def get_json_ld_about(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        """What the page is about, as schema.org nodes; each page type says what fits it."""
        return []

    def get_json_ld_nodes(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        return [*super().get_json_ld_nodes(request), self.medical_web_page_node(request)]

    def medical_web_page_node(self, request: HttpRequest | None = None) -> dict[str, Any]:
        """This page as a MedicalWebPage: who checked it, when, and what it is about."""
        clinic = (
            ClinicSettings.for_request(request)
            if request is not None
            else ClinicSettings.for_site(self.get_site())
        )
        reviewer = self.medical_reviewer
        image = social_image(self.get_social_image(), request)
        return structured_data.medical_web_page_node(
            url=self.get_canonical_url(request),
            name=self.title,
            root_url=site_root_url(request),
            publisher_name=clinic.clinic_name,
            description=self.meta_description,
            reviewed_by=(
                structured_data.provider_person_node(
                    reviewer, url=absolute_url(self.get_reviewer_url(request), request)
                )
                if reviewer is not None
                else None
            ),
            last_reviewed=self.last_reviewed,
            about=self.get_json_ld_about(request),
            date_published=self.first_published_at,
            date_modified=self.last_published_at,
            image_url=image.url if image else "",
            has_breadcrumb=bool(self.get_breadcrumb_pages(request)),
        )
