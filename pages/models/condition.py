"""The Conditions section: one medically reviewed page per condition the clinic treats."""

from typing import Any

from django.db import models
from django.http import HttpRequest
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from pages.blocks import PARAGRAPH_FEATURES, BodyBlock, CallToActionBlock
from pages.review.models import MedicalReviewMixin
from pages.seo import structured_data

from .article import SOURCES_HELP_TEXT, ReferenceBase, RelatedArticleBase, RelatedArticlesMixin
from .base import BasePage
from .index import IndexPage


class ConditionIndexPage(IndexPage):
    """The Conditions section's front page, listing the conditions the clinic treats."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ConditionPage"]

    class Meta:
        verbose_name = "condition index page"

    def listed_pages(self):
        return ConditionPage.objects.child_of(self)


class ConditionPage(RelatedArticlesMixin, MedicalReviewMixin, BasePage):
    """What a condition is, how ketamine may help, and what the research shows."""

    crisis_help_first = models.BooleanField(
        default=False,
        help_text=(
            "Show how to get crisis help (988, 911) above everything else on the page. "
            "Use it on pages about suicide or self-harm."
        ),
    )
    symptoms = models.TextField(
        help_text="One sign or symptom per line, in plain words. Shown as a bulleted list.",
    )
    how_it_may_help = RichTextField(
        features=PARAGRAPH_FEATURES,
        help_text="How ketamine may help with this condition. Cite each claim, e.g. [1].",
    )
    evidence = RichTextField(
        features=PARAGRAPH_FEATURES,
        help_text="What the research says, including its limits. Cite each study, e.g. [2].",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="Anything more: questions and answers, numbered steps, callouts.",
    )
    call_to_action = StreamField(
        [("call_to_action", CallToActionBlock())],
        blank=True,
        max_num=1,
        help_text="Where a reader goes next. Left empty, the page offers a free consultation.",
    )

    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("crisis_help_first"),
            MultiFieldPanel(
                [FieldPanel("symptoms"), FieldPanel("how_it_may_help"), FieldPanel("evidence")],
                heading="About the condition",
            ),
            FieldPanel("body"),
            FieldPanel("call_to_action"),
            InlinePanel(
                "references",
                heading="Sources",
                label="Source",
                help_text=SOURCES_HELP_TEXT,
            ),
            InlinePanel("related_article_links", heading="Related reading", label="Article"),
        ]
        + MedicalReviewMixin.medical_review_panels
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("symptoms"),
        index.SearchField("how_it_may_help"),
        index.SearchField("evidence"),
        index.SearchField("body"),
    ]

    parent_page_types = ["pages.ConditionIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "condition page"

    @property
    def symptom_list(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.symptoms.splitlines() if line.strip(" -•\t")]

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = self.get_related_articles(request)
        context["reviewer_url"] = self.get_reviewer_url(request)
        return context

    def get_json_ld_about(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        # The page's title is the condition's name ("Depression", "PTSD").
        return [
            structured_data.medical_condition_node(self.title, url=self.get_canonical_url(request))
        ]


class ConditionReference(ReferenceBase):
    page = ParentalKey(ConditionPage, on_delete=models.CASCADE, related_name="references")


class ConditionRelatedArticle(RelatedArticleBase):
    page = ParentalKey(
        ConditionPage, on_delete=models.CASCADE, related_name="related_article_links"
    )
