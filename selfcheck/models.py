"""The self-check pages: the PHQ-9 (depression) and the GAD-7 (anxiety), scored in the visitor's
browser, or by the server without JavaScript, and never stored."""

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from pages.blocks import PARAGRAPH_FEATURES, CallToActionBlock
from pages.models import BasePage, MedicalReviewMixin, RelatedArticleBase
from pages.models.article import RelatedArticlesMixin
from pages.seo import structured_data

from .forms import SelfCheckForm
from .instruments import ATTRIBUTION, INSTRUMENTS, Instrument, Result

DEFAULT_RESULT_TEXT = (
    "<p>Whatever your score, talk to your doctor or another clinician about how you have been "
    "feeling. Take this result with you if it helps.</p>"
)


class SelfCheckPage(RelatedArticlesMixin, MedicalReviewMixin, BasePage):
    """A private self-check (PHQ-9 or GAD-7): editors write the text around the questions."""

    class InstrumentChoices(models.TextChoices):
        PHQ9 = "phq9", "PHQ-9 (depression, nine questions)"
        GAD7 = "gad7", "GAD-7 (anxiety, seven questions)"

    instrument = models.CharField(
        max_length=10,
        choices=InstrumentChoices.choices,
        help_text=(
            "Which questionnaire this page asks. Its questions and scoring are fixed: they are "
            "validated and cannot be edited."
        ),
    )
    intro = RichTextField(
        blank=True,
        features=PARAGRAPH_FEATURES,
        help_text=(
            "A few sentences above the questions: what the check is, that the answers stay on "
            "the visitor's device, and that it is not a diagnosis."
        ),
    )
    result_text = RichTextField(
        blank=True,
        features=PARAGRAPH_FEATURES,
        help_text=(
            "Shown under every result, after what the score means: what to do next. Left "
            "empty, the page suggests talking to a doctor."
        ),
    )
    call_to_action = StreamField(
        [("call_to_action", CallToActionBlock())],
        blank=True,
        max_num=1,
        help_text="Shown under the result. Left empty, the page offers a free consultation.",
    )

    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("instrument"),
            FieldPanel("intro"),
            FieldPanel("result_text"),
            FieldPanel("call_to_action"),
            InlinePanel(
                "related_article_links",
                heading="Learn more",
                label="Article",
                help_text="Learn articles listed under the result.",
            ),
        ]
        + MedicalReviewMixin.medical_review_panels
    )
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    # In the Learn section, whose Medical review workflow it goes through like an article.
    parent_page_types = ["pages.ArticleIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "self-check page"

    @property
    def instrument_spec(self) -> Instrument:
        return INSTRUMENTS[self.instrument]

    def get_form(self, data=None) -> SelfCheckForm:
        return SelfCheckForm(self.instrument_spec, data=data, auto_id=False)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["form"] = self.get_form()
        context["instrument"] = self.instrument_spec
        context["attribution"] = ATTRIBUTION
        context["related_articles"] = self.get_related_articles(request)
        context["reviewer_url"] = self.get_reviewer_url(request)
        return context

    def serve_result(self, request: HttpRequest) -> TemplateResponse:
        """The result of answers posted without JavaScript: read, scored and forgotten.

        Nothing is saved or logged, and the response may be kept by no cache."""
        form = self.get_form(request.POST)
        result: Result | None = form.result() if form.is_valid() else None
        context = self.get_context(request)
        context["form"] = form
        context["result"] = result
        # A result or a half-answered form is the visitor's own: never a search result.
        context["meta_noindex"] = True
        response = TemplateResponse(request, self.get_template(request), context)
        add_never_cache_headers(response)
        return response

    def get_json_ld_about(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        return [structured_data.medical_condition_node(self.instrument_spec.about.capitalize())]


class SelfCheckRelatedArticle(RelatedArticleBase):
    page = ParentalKey(
        SelfCheckPage, on_delete=models.CASCADE, related_name="related_article_links"
    )
