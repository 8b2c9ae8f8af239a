"""The consultation request form: the page, its editable fields and the stored requests."""

import logging
from dataclasses import dataclass
from http import HTTPMethod

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
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
from pages.listings import public_pages
from pages.models import BasePage, ClinicSettings

from .form_page import VisitorFormPageMixin
from .forms import (
    ConsultationFormBuilder,
    ConsultationPageAdminForm,
    LocationChoice,
)
from .panels import RequestsCountPanel
from .status import RequestStatus

logger = logging.getLogger(__name__)


INTRO_FEATURES = ["bold", "italic", "link", "ol", "ul"]
# Used until an editor chooses the privacy policy page (it lives at this address in the demo).
DEFAULT_PRIVACY_POLICY_URL = "/privacy-policy/"
DEFAULT_REPLY_TIMES = "We read requests during office hours and reply as soon as we can."


@dataclass(frozen=True)
class ContactPhone:
    """A number a visitor can call instead of filling in the form."""

    name: str
    phone: str

    @property
    def href(self) -> str:
        return tel_href(self.phone)


def live_location_choices(request) -> list[LocationChoice]:
    """The live clinic locations a visitor may see, by name, for a form's location list."""
    try:
        location_model = apps.get_model("locations", "LocationPage")
    except LookupError:
        # The locations app has no page type yet: the form offers "No preference" only.
        return []
    # Reuse the view restrictions the menu and footer read for this request.
    pages = public_pages(location_model.objects.live(), request)
    return [
        LocationChoice(slug=page.slug, name=page.title, phone=page.phone)
        for page in pages.order_by("title")
    ]


class DeskRequest(models.Model):
    """What the front desk tracks on any kind of request: its status, whether it is urgent,
    and (in RequestStatusChange) who changed the status and when.

    A request model inherits it and names the field holding when the request arrived in
    `received_field`; consultations/desk.py orders, counts and changes them.
    """

    Status = RequestStatus

    received_field = "submit_time"
    # The admin page where the front desk changes this kind of request's status.
    status_url_name = "consultation_request_status"

    status = models.CharField(
        max_length=16,
        choices=Status.choices,
        default=Status.NEW,
        help_text=(
            "Where this request stands at the front desk: New until someone contacts the "
            "person, then Contacted, Booked or Closed."
        ),
    )
    urgent = models.BooleanField(
        default=False,
        help_text="The person said they may be in danger: answer it today.",
    )
    status_changed_at = models.DateTimeField(
        null=True, blank=True, help_text="When the status was last changed."
    )
    # Deleting a request deletes its history with it.
    status_history = GenericRelation("consultations.RequestStatusChange")

    class Meta:
        abstract = True


class RequestStatusChange(models.Model):
    """One change of a request's status at the front desk: from what, to what, who, when."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    request = GenericForeignKey("content_type", "object_id")
    from_status = models.CharField(max_length=16, choices=DeskRequest.Status.choices)
    to_status = models.CharField(max_length=16, choices=DeskRequest.Status.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept as written at the time, so the history still says who after an account is removed.
    changed_by_name = models.CharField(max_length=150, blank=True)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        # Never the request's answers: only what happened to it.
        return (
            f"{self.get_from_status_display()} to {self.get_to_status_display()} "
            f"by {self.changed_by_name or 'someone'}"
        )


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
        CRISIS = (
            "crisis",
            "Crisis question (optional; Yes / No / Prefer not to say; “Yes” shows crisis "
            "help and marks the request urgent)",
        )

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


class NotifiedSubmission(AbstractFormSubmission):
    """A stored visitor request whose emails go out later (consultations/notifications.py)."""

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
        abstract = True

    @property
    def staff_recipients(self) -> list[str]:
        """The form page's staff addresses (its comma-separated `to_address`)."""
        to_address = self.page.specific.to_address
        return [address.strip() for address in to_address.split(",") if address.strip()]


class ConsultationSubmission(DeskRequest, NotifiedSubmission):
    """A consultation request as a visitor sent it, whether staff have been told, and where
    it stands at the front desk."""

    location = models.CharField(
        max_length=255,
        blank=True,
        help_text="The location the visitor chose, as named when they asked.",
    )

    class Meta:
        verbose_name = "consultation request"
        verbose_name_plural = "consultation requests"
        indexes = [models.Index(fields=["submit_time"])]

    def __str__(self) -> str:
        # Never the visitor's answers: this string may land in logs and admin messages.
        return f"Consultation request {self.pk}"


class ConsultationPage(VisitorFormPageMixin, RoutablePageMixin, FormMixin, BasePage):
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
    reply_times = models.CharField(
        max_length=255,
        blank=True,
        default=DEFAULT_REPLY_TIMES,
        help_text=(
            "When the clinic reads requests and replies, shown beside the form and on the "
            "thank-you page, for example “We read requests Monday to Friday, 9am to 5pm, and "
            "reply within one business day.”"
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
        FieldPanel("reply_times"),
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

    # --- What the page lists --------------------------------------------------------------

    @cached_property
    def live_locations(self) -> list[LocationChoice]:
        """The live clinic locations, by name, read once per request."""
        return live_location_choices(self.serving_request)

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
    def reply_times_text(self) -> str:
        return self.reply_times or DEFAULT_REPLY_TIMES

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
        """Store the answers. Staff are emailed by another process (notifications.py):
        the visitor never waits on mail."""
        return self.get_submission_class().objects.create(
            form_data=form.stored_data(),
            location=form.chosen_location_name(),
            urgent=form.is_urgent(),
            page=self,
        )

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

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        form = self.get_form(page=self, user=request.user)
        return self.render_form(request, form)
