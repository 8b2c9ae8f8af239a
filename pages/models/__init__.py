from .forms import ConsultationFormField, ConsultationPage, ConsultationSubmission
from .home import HomePage
from .mixins import BasePage, ListingMixin, SearchEngineMixin
from .site_settings import ClinicSettings
from .snippets import Provider, Testimonial

__all__ = [
    "BasePage",
    "ClinicSettings",
    "ConsultationFormField",
    "ConsultationPage",
    "ConsultationSubmission",
    "HomePage",
    "ListingMixin",
    "Provider",
    "SearchEngineMixin",
    "Testimonial",
]
