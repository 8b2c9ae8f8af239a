"""The home page."""

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.urls import reverse
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from pages.blocks import PARAGRAPH_FEATURES, FAQBlock, StatisticBlock, StepsBlock
from pages.listings import optional_page_model, public_pages
from pages.seo import meta as seo
from pages.seo import structured_data

from .base import BasePage
from .condition import ConditionPage
from .site_settings import ClinicSettings
from .snippets import Testimonial

SECTION_HEADING_HELP = "Leave empty to hide this section."
LATEST_POSTS = 3


class HomePage(BasePage):
    """The front door: the clinic's promise, what it treats, how, and the way to book."""

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
    hero_button_text = models.CharField(
        max_length=60,
        default="Book a free consultation",
        help_text=(
            "The button leads to the clinic's booking page, which an administrator chooses "
            "under Settings → Clinic settings."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A calm, wide image beside the headline. Give it alt text in the image library.",
    )

    conditions_heading = models.CharField(
        max_length=120,
        blank=True,
        default="Conditions we treat",
        help_text="Lists the published condition pages. " + SECTION_HEADING_HELP,
    )
    conditions_intro = models.TextField(
        blank=True, max_length=400, help_text="An optional sentence under the heading."
    )
    how_it_works = StreamField(
        [("steps", StepsBlock())],
        blank=True,
        max_num=1,
        help_text="The steps of treatment, from first call to aftercare. Empty hides it.",
    )
    why_ketamine_heading = models.CharField(
        max_length=120,
        blank=True,
        default="Why ketamine",
        help_text=SECTION_HEADING_HELP,
    )
    why_ketamine = StreamField(
        [
            (
                "paragraph",
                blocks.RichTextBlock(
                    features=PARAGRAPH_FEATURES,
                    template="blocks/paragraph_block.html",
                    icon="pilcrow",
                ),
            ),
            ("statistic", StatisticBlock()),
        ],
        blank=True,
        help_text="Why ketamine may help where other treatments have not. Cite every figure.",
    )
    testimonials_heading = models.CharField(
        max_length=120,
        blank=True,
        default="In our patients' words",
        help_text="Shows the testimonials chosen below. " + SECTION_HEADING_HELP,
    )
    locations_heading = models.CharField(
        max_length=120,
        blank=True,
        default="Our clinics",
        help_text="Lists the published clinic locations. " + SECTION_HEADING_HELP,
    )
    blog_heading = models.CharField(
        max_length=120,
        blank=True,
        default="From our blog",
        help_text=f"Lists the {LATEST_POSTS} newest blog posts. " + SECTION_HEADING_HELP,
    )
    faq = StreamField(
        [("faq", FAQBlock())],
        blank=True,
        max_num=1,
        help_text="A few short questions and answers. Empty hides it.",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_button_text"),
                FieldPanel("hero_image"),
            ],
            heading="Hero",
        ),
        MultiFieldPanel(
            [FieldPanel("conditions_heading"), FieldPanel("conditions_intro")],
            heading="Conditions we treat",
        ),
        FieldPanel("how_it_works", heading="How treatment works"),
        MultiFieldPanel(
            [FieldPanel("why_ketamine_heading"), FieldPanel("why_ketamine")],
            heading="Why ketamine",
        ),
        MultiFieldPanel(
            [
                FieldPanel("testimonials_heading"),
                InlinePanel("featured_testimonials", label="Testimonial"),
            ],
            heading="Testimonials",
        ),
        FieldPanel("locations_heading"),
        FieldPanel("blog_heading"),
        FieldPanel("faq", heading="Questions and answers"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # Each app's section page joins this list as the app is added (the blog index next).
    subpage_types = [
        "pages.ArticleIndexPage",
        "pages.ConditionIndexPage",
        "consultations.ConsultationPage",
        "referrals.ReferralPage",
        "pages.StandardPage",
        "pages.TeamPage",
        "locations.LocationIndexPage",
        "blog.BlogIndexPage",
    ]
    max_count = 1

    def get_conditions(self, request: HttpRequest | None = None) -> list[Page]:
        if not self.conditions_heading:
            return []
        pages = public_pages(ConditionPage.objects.descendant_of(self).live(), request)
        return list(pages.order_by("path").defer_streamfields())

    def get_testimonials(self) -> list[Testimonial]:
        if not self.testimonials_heading:
            return []
        # Read the rows through the cluster, so previews show unsaved choices too.
        ids = [row.testimonial_id for row in self.featured_testimonials.all()]
        if not ids:
            return []
        shown = Testimonial.objects.on_display().in_bulk(ids)
        return [shown[pk] for pk in dict.fromkeys(ids) if pk in shown]

    def get_locations(self, request: HttpRequest | None = None) -> list[Page]:
        location_model = optional_page_model("locations", "LocationPage")
        if location_model is None or not self.locations_heading:
            return []
        pages = public_pages(location_model.objects.descendant_of(self).live(), request)
        return list(pages.order_by("path").defer_streamfields())

    def get_latest_posts(self, request: HttpRequest | None = None) -> list[Page]:
        post_model = optional_page_model("blog", "BlogPage")
        if post_model is None or not self.blog_heading:
            return []
        pages = public_pages(post_model.objects.descendant_of(self).live(), request)
        return list(
            pages.order_by("-first_published_at", "-pk").defer_streamfields()[:LATEST_POSTS]
        )

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context.update(
            conditions=self.get_conditions(request),
            testimonials=self.get_testimonials(),
            locations=self.get_locations(request),
            latest_posts=self.get_latest_posts(request),
        )
        return context

    def get_faq_stream(self) -> StreamValue:
        return self.faq

    def get_json_ld_nodes(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        """The clinic as an organization, and the site with its search box."""
        nodes = super().get_json_ld_nodes(request)
        if self.get_breadcrumb_pages(request):
            # Only the front page of the site describes the clinic and the site itself.
            return nodes
        clinic = (
            ClinicSettings.for_request(request)
            if request is not None
            else ClinicSettings.for_site(self.get_site())
        )
        root_url = seo.site_root_url(request)
        return [
            *nodes,
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


class HomePageTestimonial(Orderable):
    """A testimonial chosen for the home page, in the order editors set."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_testimonials")
    testimonial = models.ForeignKey(
        Testimonial,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Only published testimonials with consent recorded are shown.",
    )

    panels = [FieldPanel("testimonial")]
