"""The Learn section: evergreen, medically reviewed articles and their index."""

from typing import Any

from django.db import models
from django.http import HttpRequest
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.listings import public_pages
from pages.review.models import MedicalReviewMixin
from pages.seo import structured_data

from .base import BasePage
from .index import IndexPage

# Every page's one Sources list says this; the body's help text says how to cite from it.
SOURCES_HELP_TEXT = (
    "Numbered in this order: the first is [1], linked as #ref-1. In the text, select the claim "
    'and choose "Cite" in the toolbar to link it to one of these.'
)
CITE_HELP_TEXT = (
    'Cite each clinical claim: select it, choose "Cite" in the toolbar and pick its source. '
    'That adds "[1]" linking to "#ref-1", where 1 is the source\'s place in the Sources list '
    "below."
)


class ReferenceBase(Orderable):
    """One numbered source that the page's text cites as [N]."""

    title = models.CharField(max_length=300, help_text="The study, article or page title.")
    publisher = models.CharField(
        max_length=200, blank=True, help_text="The journal or organisation that published it."
    )
    year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The year it was published, if known."
    )
    url = models.URLField(
        max_length=500, blank=True, help_text="Where a reader can check it, e.g. PubMed or DOI."
    )

    panels = [FieldPanel("title"), FieldPanel("publisher"), FieldPanel("year"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self) -> str:
        return self.title


class RelatedArticleBase(Orderable):
    """A link to another article, listed under "Related reading"."""

    article = models.ForeignKey(
        "pages.ArticlePage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="An article a reader of this page may want next.",
    )

    panels = [PageChooserPanel("article", "pages.ArticlePage")]

    class Meta(Orderable.Meta):
        abstract = True


class RelatedArticlesMixin:
    """Finds the live related articles of a page whose rows are `related_article_links`."""

    def get_related_articles(self, request: HttpRequest | None = None) -> list["ArticlePage"]:
        # Read the rows through the cluster, so previews show unsaved choices too.
        ids = [link.article_id for link in self.related_article_links.all() if link.article_id]
        if not ids:
            return []
        pages = public_pages(ArticlePage.objects.live(), request)
        pages = pages.filter(pk__in=ids).exclude(pk=self.pk)
        by_id = {page.pk: page for page in pages}
        return [by_id[pk] for pk in dict.fromkeys(ids) if pk in by_id]


class ArticleIndexPage(IndexPage):
    """The Learn section's front page, listing its articles."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ArticlePage", "selfcheck.SelfCheckPage"]

    class Meta:
        verbose_name = "article index page"

    def listed_pages(self):
        return ArticlePage.objects.child_of(self)


class ArticlePage(RelatedArticlesMixin, MedicalReviewMixin, BasePage):
    """An evergreen article that a clinician has checked, with its sources."""

    body = StreamField(
        BodyBlock(),
        help_text=CITE_HELP_TEXT,
    )

    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("body"),
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
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["pages.ArticleIndexPage"]
    subpage_types: list[str] = []

    # What search engines are told every Learn article is about. The section's scope is
    # ketamine therapy in all its forms, so naming the therapy (and nothing it does) is true of
    # each article without an editor choosing a subject for it.
    subject = "Ketamine therapy"

    class Meta:
        verbose_name = "article"

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = self.get_related_articles(request)
        context["reviewer_url"] = self.get_reviewer_url(request)
        return context

    def get_json_ld_about(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        return [structured_data.medical_therapy_node(self.subject)]


class ArticleReference(ReferenceBase):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="references")


class ArticleRelatedArticle(RelatedArticleBase):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_article_links")
