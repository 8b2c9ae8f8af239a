"""The consultation request form: the page, its editable fields and the stored requests."""

import logging
from dataclasses import dataclass
from http import HTTPMethod

from django.apps import apps
from django.conf import settings
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.forms.models import (
    FORM_FIELD_CHOICES,
    AbstractFormField,
    AbstractFormSubmission,
    FormMixin,
    validate_to_address,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from clinic_site.phone import tel_href
from clinic_site.ratelimit import allow
from pages.listings import public_pages
from pages.models import BasePage, ClinicSettings

from .forms import (
    ConsultationFormBuilder,
    ConsultationPageAdminForm,
    LocationChoice,
)
from .panels import RequestsCountPanel

logger = logging.getLogger(__name__)


INTRO_FEATURES = ["bold", "italic", "link", "ol", "ul"]
# Used until an editor chooses the privacy policy page (it lives at this address in the demo).
DEFAULT_PRIVACY_POLICY_URL = "/privacy-policy/"


class SeeOther(HttpResponseRedirect):
    """A redirect that tells the browser to fetch the next page with GET."""

    status_code = 303


@dataclass(frozen=True)
class ContactPhone:
    """A number a visitor can call instead of filling in the form."""

    name: str
    phone: str

    @property
    def href(self) -> str:
        return tel_href(self.phone)


class ConsultationFormField(AbstractFormField):
    """One question on the consultation form, as staff arrange them."""

    class FieldType(models.TextChoices):
        # Wagtail's own types, plus the three this clinic's form needs.
        SINGLELINE = "singleline", FORM_FIELD_CHOICES[0][1]
        MULTILINE = "multiline", FORM_FIELD_CHOICES[1][1]
        EMAIL = "email", FORM_FIELD_CHOICES[2][1]
        TEL = "tel", "Phone number"
        NUMBER = "number", FORM_FIELD_CHOICES[3][1]
        URL = "url", FORM_FIELD_CHOICES[4][1]
        CHECKBOX = "checkbox", FORM_FIELD_CHOICES[5][1]
        CHECKBOXES = "checkboxes", FORM_FIELD_CHOICES[6][1]
        DROPDOWN = "dropdown", FORM_FIELD_CHOICES[7][1]
        MULTISELECT = "multiselect", FORM_FIELD_CHOICES[8][1]
        RADIO = "radio", FORM_FIELD_CHOICES[9][1]
        DATE = "date", FORM_FIELD_CHOICES[10][1]
        DATETIME = "datetime", FORM_FIELD_CHOICES[11][1]
        LOCATION = "location", "Preferred location (lists the live clinic locations)"
        CONSENT = "consent", "Consent checkbox (always required, links to the privacy policy)"

    class Autocomplete(models.TextChoices):
        # The WCAG 1.3.5 input purposes a clinic's forms can ask for.
        NONE = "", "None (not personal information)"
        NAME = "name", "Full name"
        GIVEN_NAME = "given-name", "First name"
        FAMILY_NAME = "family-name", "Last name"
        NICKNAME = "nickname", "Preferred name"
        EMAIL = "email", "Email address"
        TEL = "tel", "Phone number"
        STREET_ADDRESS = "street-address", "Street address"
        CITY = "address-level2", "City or town"
        STATE = "address-level1", "State"
        POSTAL_CODE = "postal-code", "ZIP code"
        BIRTHDAY = "bday", "Date of birth"
        ORGANIZATION = "organization", "Company or organization"
        OFF = "off", "Off (never fill in automatically)"

    page = ParentalKey(
        "consultations.ConsultationPage", on_delete=models.CASCADE, related_name="form_fields"
    )
    field_type = models.CharField(
        verbose_name="field type", max_length=16, choices=FieldType.choices
    )
    field_type.required_on_save = True
    autocomplete = models.CharField(
        max_length=20,
        choices=Autocomplete.choices,
        blank=True,
        help_text=(
            "What this field asks for, so browsers and assistive technology can fill it in "
            "for the visitor. Choose the matching kind for names, phone and email; leave "
            '"None" for anything else.'
        ),
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldPanel("required"),
        FieldPanel("field_type", classname="formbuilder-type", required_on_save=True),
        FieldPanel("autocomplete"),
        FieldPanel("choices", classname="formbuilder-choices"),
        FieldPanel("default_value", classname="formbuilder-default"),
    ]


class ConsultationSubmission(AbstractFormSubmission):
    """A consultation request as a visitor sent it, and whether staff have been told."""

    location = models.CharField(
        max_length=255,
        blank=True,
        help_text="The location the visitor chose, as named when they asked.",
    )
    notified_at = models.DateTimeField(
        null=True, blank=True, help_text="When staff were emailed about this request."
    )
    notification_attempts = models.PositiveSmallIntegerField(default=0)
    notification_error = models.CharField(
        max_length=255, blank=True, help_text="Why the last email could not be sent."
    )
    # Set while one process sends the email, so a retry running at the same moment waits.
    notification_claimed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "consultation request"
        verbose_name_plural = "consultation requests"
        indexes = [models.Index(fields=["submit_time"])]

    def __str__(self) -> str:
        # Never the visitor's answers: this string may land in logs and admin messages.
        return f"Consultation request {self.pk}"


class ConsultationPage(RoutablePageMixin, FormMixin, BasePage):
    """The "Book a consultation" form: staff edit its intro, questions and thank-you text."""

    intro = RichTextField(
        blank=True,
        features=INTRO_FEATURES,
        help_text="A few welcoming words above the form: what happens after someone sends it.",
    )
    thank_you_text = RichTextField(
        blank=True,
        features=INTRO_FEATURES,
        help_text="Shown after a request is sent: when and how the clinic will be in touch.",
    )
    to_address = models.CharField(
        max_length=255,
        validators=[validate_to_address],
        help_text=(
            "Staff email addresses told that a new request arrived, separated by commas. The "
            "email says only which location was chosen and links to the request here in the "
            "admin: no answers are ever emailed."
        ),
    )
    privacy_policy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            f"The privacy policy the consent checkbox links to. If empty, it links to "
            f"{DEFAULT_PRIVACY_POLICY_URL}."
        ),
    )
    contact_heading = models.CharField(
        max_length=120,
        default="Would you rather call?",
        help_text="Heading of the list of phone numbers under the form.",
    )

    content_panels = BasePage.content_panels + [
        RequestsCountPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Form fields", heading="Questions"),
        FieldPanel("thank_you_text"),
        FieldPanel("contact_heading"),
        MultiFieldPanel(
            [FieldPanel("to_address"), PageChooserPanel("privacy_policy_page")],
            heading="Notifications and privacy",
        ),
    ]

    base_form_class = ConsultationPageAdminForm
    form_builder = ConsultationFormBuilder
    allowed_http_methods = [*BasePage.allowed_http_methods, HTTPMethod.POST]
    parent_page_types = ["pages.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = "consultation form page"

    # Set by `serve()` to the request being answered; None for a preview.
    serving_request = None

    # --- What the page lists --------------------------------------------------------------

    @cached_property
    def live_locations(self) -> list[LocationChoice]:
        """The live clinic locations, by name, read once per request."""
        try:
            location_model = apps.get_model("locations", "LocationPage")
        except LookupError:
            # The locations app has no page type yet: the form offers "No preference" only.
            return []
        # Reuse the view restrictions the menu and footer read for this request.
        pages = public_pages(location_model.objects.live(), self.serving_request)
        return [
            LocationChoice(slug=page.slug, name=page.title, phone=page.phone)
            for page in pages.order_by("title")
        ]

    @property
    def location_phones(self) -> list[ContactPhone]:
        return [
            ContactPhone(name=location.name, phone=location.phone)
            for location in self.live_locations
            if location.phone
        ]

    def contact_phones(self, clinic_settings) -> list[ContactPhone]:
        """Each location's number; the clinic's main number when no location has one."""
        if phones := self.location_phones:
            return phones
        if clinic_settings.phone:
            return [ContactPhone(name=clinic_settings.clinic_name, phone=clinic_settings.phone)]
        return []

    @property
    def privacy_policy_url(self) -> str:
        page = self.privacy_policy_page
        if page is not None and page.live:
            return page.url or DEFAULT_PRIVACY_POLICY_URL
        return DEFAULT_PRIVACY_POLICY_URL

    # --- The form ---------------------------------------------------------------------------

    def get_form_class(self):
        builder = self.form_builder(self.get_form_fields(), locations=self.live_locations)
        return builder.get_form_class()

    def get_form_parameters(self):
        return {"privacy_policy_url": self.privacy_policy_url}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        clinic_settings = ClinicSettings.for_request(request)
        context["contact_phones"] = self.contact_phones(clinic_settings)
        context["location_phones"] = self.location_phones
        return context

    def get_submission_class(self):
        return ConsultationSubmission

    def get_submissions_list_view_class(self):
        # Admin views import models, so the view is imported when it is needed.
        from .views import FormulaSafeSubmissionsListView

        return FormulaSafeSubmissionsListView

    def process_form_submission(self, form):
        """Store the answers. Staff are emailed by another process (pages/notifications.py):
        the visitor never waits on mail."""
        return self.get_submission_class().objects.create(
            form_data=form.stored_data(),
            location=form.chosen_location_name(),
            page=self,
        )

    def serve(self, request, *args, **kwargs):
        # Wagtail fetches the page afresh for each request, so this never outlives it.
        self.serving_request = request
        return super().serve(request, *args, **kwargs)

    @path("")
    def form_view(self, request):
        if request.method == "POST":
            return self.handle_post(request)
        form = self.get_form(
            page=self, user=request.user, preselect_location=request.GET.get("location", "")
        )
        response = self.render_form(request, form)
        # The page carries a CSRF token tied to this visitor's cookie: browsers may keep it
        # for the back button, but no shared or page cache may hand it to anyone else.
        patch_cache_control(response, private=True, no_cache=True, max_age=0)
        return response

    def handle_post(self, request):
        form = self.get_form(request.POST, page=self, user=request.user)
        if form.is_spam():
            # Look like success, so a bot learns nothing; store and send nothing.
            logger.info("Consultation form: honeypot filled; request discarded.")
            return self._thank_you_redirect(request)
        if not form.is_valid():
            response = self.render_form(request, form)
            # This copy holds what the visitor typed: keep it out of every cache.
            add_never_cache_headers(response)
            return response
        # Only requests that would be stored count towards the limit, so a visitor correcting
        # their answers is never turned away.
        if not allow(
            request, "form", settings.FORM_RATE_LIMIT_REQUESTS, settings.FORM_RATE_LIMIT_SECONDS
        ):
            return self.render_rate_limited(request)
        self.process_form_submission(form)
        return self._thank_you_redirect(request)

    def render_form(self, request, form, status: int = 200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def render_rate_limited(self, request):
        context = self.get_context(request)
        response = TemplateResponse(
            request, "consultations/consultation_page_rate_limited.html", context, status=429
        )
        response["Retry-After"] = str(settings.FORM_RATE_LIMIT_SECONDS)
        add_never_cache_headers(response)
        return response

    def _thank_you_redirect(self, request):
        # Post/redirect/get: the address carries nothing the visitor typed, and reloading
        # the thank-you page cannot send the request twice.
        return SeeOther(self.get_url(request) + self.reverse_subpage("thank_you"))

    @path("thank-you/", name="thank_you")
    def thank_you(self, request):
        response = self.render_landing_page(request)
        # A thank-you note is nothing to find in a search engine.
        response.context_data["meta_noindex"] = True
        return response

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        form = self.get_form(page=self, user=request.user)
        return self.render_form(request, form)
