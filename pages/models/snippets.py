"""People and words that several pages show: providers and testimonials."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, PublishingPanel
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from pages.admin_forms import TestimonialForm


class Provider(index.Indexed, models.Model):
    """A clinician shown on the team page, on locations and as an article's medical reviewer."""

    name = models.CharField(max_length=120, help_text='Full name, e.g. "Dr. Maria Lopez".')
    slug = models.SlugField(
        max_length=120, unique=True, blank=True, help_text="Made from the name if left empty."
    )
    credentials = models.CharField(
        max_length=60, help_text='Letters after the name, e.g. "MD" or "CRNA, MSN".'
    )
    role = models.CharField(max_length=120, help_text='e.g. "Medical director".')
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A friendly head-and-shoulders photo, square.",
    )
    bio = models.TextField(blank=True, max_length=800, help_text="Two or three sentences.")
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers are listed first on the team page."
    )
    # The link that lets an approval in the Medical review workflow name its reviewer in the
    # byline (pages.review.models.MedicalReviewTask). Only members of the Medical reviewers
    # group are offered: nobody else approves clinical pages.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="provider",
        limit_choices_to={"groups__name": "Medical reviewers"},
        verbose_name="staff account",
        help_text=(
            "This clinician's own admin account, if they review clinical pages. When they "
            "approve a page, the page's byline then names them as its medical reviewer."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("credentials"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("sort_order"), FieldPanel("user")],
            heading="Advanced",
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return f"{self.name}, {self.credentials}"

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120]
        super().save(*args, **kwargs)


# Two capitalised words in a row ("Ann Miller") read as a full name, which the consent
# rules forbid; "Ann M." and "A. M." do not match.
FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\s+[A-Z][a-z]+")
CONSENT_RULES = (
    "A testimonial is shown only with the patient's written consent, recorded below with "
    'its date. Name the patient by first name and last initial ("Ann M.") or by initials '
    '("A. M."), never by full name, and use only the words they approved.'
)
FULL_NAME_MESSAGE = (
    "This looks like a full name. The consent rules at the top of this form allow only a "
    'first name and last initial ("Ann M.") or initials ("A. M."), so that no patient can '
    "be identified."
)


class TestimonialQuerySet(models.QuerySet):
    def on_display(self) -> "TestimonialQuerySet":
        """Testimonials visitors may see: published, with the patient's consent recorded."""
        return self.filter(live=True, consent_recorded__isnull=False)


class Testimonial(DraftStateMixin, RevisionMixin, PreviewableMixin, models.Model):
    """A patient's words, shown only with their recorded written consent."""

    quote = models.TextField(max_length=600, help_text="The patient's words, as approved by them.")
    attribution = models.CharField(
        max_length=40,
        help_text=(
            'First name and last initial ("Ann M.") or initials ("A. M."), never a full name.'
        ),
    )
    condition = models.CharField(
        max_length=80, blank=True, help_text='What they were treated for, e.g. "Depression".'
    )
    consent_recorded = models.DateField(
        null=True,
        blank=True,
        help_text=(
            "The date the patient's written consent to publish was recorded. Required to publish."
        ),
    )

    location = models.ForeignKey(
        "locations.LocationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="testimonials",
        help_text="The clinic this patient was treated at; the testimonial then shows on its page.",
    )

    panels = [
        HelpPanel(content=CONSENT_RULES, heading="Consent rules"),
        FieldPanel("quote"),
        FieldPanel("attribution"),
        FieldPanel("condition"),
        FieldPanel("consent_recorded"),
        FieldPanel("location"),
        PublishingPanel(),
    ]
    base_form_class = TestimonialForm

    objects = TestimonialQuerySet.as_manager()

    class Meta:
        ordering = ["-consent_recorded", "pk"]

    def __str__(self) -> str:
        return f"{self.attribution}: {self.quote[:60]}"

    def clean(self):
        super().clean()
        errors = {}
        if FULL_NAME.search(self.attribution or ""):
            errors["attribution"] = FULL_NAME_MESSAGE
        if self.consent_recorded and self.consent_recorded > timezone.localdate():
            errors["consent_recorded"] = "The consent date cannot be in the future."
        if errors:
            raise ValidationError(errors)

    @property
    def consent(self) -> str:
        """The consent, in words, for the admin's list."""
        if self.consent_recorded is None:
            return "No consent recorded"
        return f"Consent recorded {self.consent_recorded:%b %-d, %Y}"

    @property
    def shown_on_site(self) -> str:
        """Whether visitors see it, and if not why, in words, for the admin's list."""
        if self.can_be_shown:
            return "Shown on the site"
        if not self.live:
            return "Not shown: not published"
        return "Not shown: no consent recorded"

    @property
    def treated_for(self) -> str:
        """The condition as it reads mid-sentence: "depression", but still "PTSD"."""
        condition = self.condition.strip()
        if not condition or condition.split()[0].isupper():
            return condition
        return condition[0].lower() + condition[1:]

    @property
    def can_be_shown(self) -> bool:
        """The same rule as `on_display()`, for a testimonial already in hand."""
        return self.live and self.consent_recorded is not None

    def get_preview_template(self, request, mode_name):
        return "components/testimonial_preview.html"
