"""The "For clinicians" page: what the clinic asks of referring clinicians, the referral
form, its thank-you page and a printable referral sheet; and the stored referrals."""

from http import HTTPMethod

from django.db import models
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.forms.models import FormMixin, validate_to_address
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from clinic_site.phone import tel_href
from consultations.form_page import VisitorFormPageMixin
from consultations.forms import LocationChoice
from consultations.models import (
    INTRO_FEATURES,
    DeskRequest,
    NotifiedSubmission,
    live_location_choices,
)
from pages.models import BasePage, ClinicSettings

from .forms import DATA_FIELDS, ReferralForm

COPY_FEATURES = [*INTRO_FEATURES, "h3"]


class ReferralSubmission(DeskRequest, NotifiedSubmission):
    """A clinician's referral as they sent it, whether staff have been told, and where it
    stands at the front desk."""

    status_url_name = "referral_status"

    location = models.CharField(
        max_length=255,
        blank=True,
        help_text="The clinic the referrer chose, as named when they sent the referral.",
    )

    class Meta:
        verbose_name = "referral"
        verbose_name_plural = "referrals"
        indexes = [models.Index(fields=["submit_time"])]

    def __str__(self) -> str:
        # Never the patient's or the referrer's details: this may land in logs and messages.
        return f"Referral {self.pk}"

    @property
    def referrer_email(self) -> str:
        return str(self.get_data().get("referrer_email") or "")


class ReferralPage(VisitorFormPageMixin, RoutablePageMixin, FormMixin, BasePage):
    """The "For clinicians" page: staff edit what it says to referrers and who is told."""

    intro = RichTextField(
        blank=True,
        features=INTRO_FEATURES,
        help_text="A few words to referring clinicians at the top of the page.",
    )
    good_candidates = RichTextField(
        blank=True,
        features=COPY_FEATURES,
        help_text=(
            "Which patients may be good candidates for ketamine treatment, and which are not. "
            "Have a clinician check every clinical statement here."
        ),
    )
    what_we_need = RichTextField(
        blank=True,
        features=COPY_FEATURES,
        help_text="What the clinic needs from the referrer, before or after the first visit.",
    )
    reporting_back = RichTextField(
        blank=True,
        features=COPY_FEATURES,
        help_text="How and when the clinic keeps the referring clinician informed.",
    )
    thank_you_text = RichTextField(
        blank=True,
        features=INTRO_FEATURES,
        help_text="Shown after a referral is sent: what happens next and when.",
    )
    referral_phone = models.CharField(
        max_length=30,
        blank=True,
        help_text=(
            "The number referrers call about a referral. If empty, the clinic's main number "
            "(Settings → Clinic settings) is shown."
        ),
    )
    referral_fax = models.CharField(
        max_length=30,
        blank=True,
        help_text="The fax number for printed referral sheets. If empty, no fax is offered.",
    )
    to_address = models.CharField(
        max_length=255,
        validators=[validate_to_address],
        help_text=(
            "Staff email addresses told that a new referral arrived, separated by commas. The "
            "email says only that a referral arrived and links to it here in the admin: no "
            "patient or referrer details are ever emailed."
        ),
    )

    content_panels = BasePage.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("good_candidates"),
        FieldPanel("what_we_need"),
        FieldPanel("reporting_back"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldPanel("referral_phone"), FieldPanel("referral_fax")],
            heading="Phone and fax for referrals",
        ),
        FieldPanel("to_address"),
    ]

    allowed_http_methods = [*BasePage.allowed_http_methods, HTTPMethod.POST]
    parent_page_types = ["pages.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = "referral page (for clinicians)"

    # --- What the page shows ----------------------------------------------------------------

    @cached_property
    def live_locations(self) -> list[LocationChoice]:
        """The live clinic locations, by name, read once per request."""
        return live_location_choices(self.serving_request)

    def phone(self, clinic_settings: ClinicSettings) -> str:
        return self.referral_phone or clinic_settings.phone

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        clinic_settings = ClinicSettings.for_request(request)
        phone = self.phone(clinic_settings)
        context["referral_phone"] = phone
        context["referral_phone_href"] = tel_href(phone) if phone else ""
        context["referral_fax"] = self.referral_fax
        context["location_phones"] = [
            location for location in self.live_locations if location.phone
        ]
        return context

    # --- The form ---------------------------------------------------------------------------

    def get_form_fields(self):
        # The questions are fixed (referrals/forms.py); none are arranged in the admin.
        return []

    def get_data_fields(self):
        return [("submit_time", "Submission date"), *DATA_FIELDS]

    def get_form_class(self):
        return ReferralForm

    def get_form_parameters(self):
        return {"locations": self.live_locations}

    def get_submission_class(self):
        return ReferralSubmission

    def get_submissions_list_view_class(self):
        # Admin views import models, so the view is imported when it is needed.
        from consultations.views import FormulaSafeSubmissionsListView

        return FormulaSafeSubmissionsListView

    def process_form_submission(self, form):
        """Store the referral. Emails go out from another process (notifications.py)."""
        return ReferralSubmission.objects.create(
            form_data=form.stored_data(), location=form.chosen_location_name(), page=self
        )

    @path("")
    def form_view(self, request):
        if request.method == "POST":
            return self.handle_post(request)
        response = self.render_form(request, self.get_form(page=self, user=request.user))
        # The page carries a CSRF token tied to this visitor's cookie: no shared or page
        # cache may hand it to anyone else.
        patch_cache_control(response, private=True, no_cache=True, max_age=0)
        return response

    @path("referral-sheet/", name="referral_sheet")
    def referral_sheet(self, request):
        """The same questions on paper, for practices that fax."""
        context = self.get_context(request)
        context["form"] = self.get_form(page=self, user=request.user)
        return TemplateResponse(request, "referrals/referral_sheet.html", context)

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return self.render_form(request, self.get_form(page=self, user=request.user))
