from pages.review.models import (
    MedicalReviewMixin,
    MedicalReviewTask,
    medical_review_workflow,
    next_review_date,
    put_under_medical_review,
)

from .article import (
    ArticleIndexPage,
    ArticlePage,
    ArticleReference,
    ArticleRelatedArticle,
    ReferenceBase,
    RelatedArticleBase,
)
from .base import BasePage, ListingMixin, SearchEngineMixin
from .condition import (
    ConditionIndexPage,
    ConditionPage,
    ConditionReference,
    ConditionRelatedArticle,
)
from .documents import ClinicDocument
from .home import HomePage, HomePageTestimonial
from .index import IndexPage
from .site_settings import ClinicSettings
from .snippets import Provider, Testimonial
from .standard import StandardPage, StandardPageReference
from .team import TeamPage

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ArticleReference",
    "ArticleRelatedArticle",
    "BasePage",
    "ClinicDocument",
    "ClinicSettings",
    "ConditionIndexPage",
    "ConditionPage",
    "ConditionReference",
    "ConditionRelatedArticle",
    "HomePage",
    "HomePageTestimonial",
    "IndexPage",
    "ListingMixin",
    "MedicalReviewMixin",
    "MedicalReviewTask",
    "Provider",
    "ReferenceBase",
    "RelatedArticleBase",
    "SearchEngineMixin",
    "StandardPage",
    "StandardPageReference",
    "TeamPage",
    "Testimonial",
    "medical_review_workflow",
    "next_review_date",
    "put_under_medical_review",
]
