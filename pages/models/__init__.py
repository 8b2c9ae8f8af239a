from .article import (
    ArticleIndexPage,
    ArticlePage,
    ArticleReference,
    ArticleRelatedArticle,
    ReferenceBase,
    RelatedArticleBase,
)
from .condition import (
    ConditionIndexPage,
    ConditionPage,
    ConditionReference,
    ConditionRelatedArticle,
)
from .documents import ClinicDocument
from .forms import ConsultationFormField, ConsultationPage, ConsultationSubmission
from .home import HomePage, HomePageTestimonial
from .mixins import (
    BasePage,
    ListingMixin,
    MedicalReviewMixin,
    SearchEngineMixin,
    next_review_date,
)
from .site_settings import ClinicSettings
from .snippets import Provider, Testimonial
from .standard import StandardPage
from .team import TeamPage
from .workflow import (
    MedicalReviewTask,
    medical_review_workflow,
    put_under_medical_review,
)

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
    "ConsultationFormField",
    "ConsultationPage",
    "ConsultationSubmission",
    "HomePage",
    "HomePageTestimonial",
    "ListingMixin",
    "MedicalReviewMixin",
    "MedicalReviewTask",
    "Provider",
    "ReferenceBase",
    "RelatedArticleBase",
    "SearchEngineMixin",
    "StandardPage",
    "TeamPage",
    "Testimonial",
    "medical_review_workflow",
    "next_review_date",
    "put_under_medical_review",
]
