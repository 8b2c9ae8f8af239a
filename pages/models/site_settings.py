"""Clinic-wide details that editors change in one place and every page shows."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from clinic_site.phone import tel_href

DEFAULT_CRISIS_NOTICE = (
    "If you are in crisis, call or text 988 (Suicide & Crisis Lifeline). In an emergency, call 911."
)


@register_setting(icon="site")
class ClinicSettings(BaseSiteSetting):
    """The clinic's name, contact details and the crisis notice shown on every page."""

    clinic_name = models.CharField(max_length=80, default="Balance Ketamine")
    tagline = models.CharField(
        max_length=120, blank=True, default="Relief That Works. Science That Heals."
    )
    phone = models.CharField(
        max_length=30,
        default="(312) 555-1234",
        help_text="The main number, as visitors should read it. Shown in the header on every page.",
    )
    email = models.EmailField(blank=True, help_text="The public contact address.")
    booking_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text='Where every "Book a consultation" button leads.',
    )
    default_social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Shown when a page without its own listing image is shared on social media or in "
            "a message. Landscape, at least 1200 × 630 px, with no small text."
        ),
    )
    facebook_url = models.URLField(blank=True)
    instagram_url = models.URLField(blank=True)
    linkedin_url = models.URLField(blank=True)
    crisis_notice = models.CharField(
        max_length=250,
        default=DEFAULT_CRISIS_NOTICE,
        help_text=(
            "Shown at the top of every page. Keep the 988 and 911 numbers: some readers "
            "arrive in crisis."
        ),
    )
    footer_disclaimer = models.TextField(
        blank=True,
        default=(
            "This website is for information only and is not medical advice. Talk with a "
            "qualified clinician about your own care."
        ),
        help_text="A short line at the bottom of every page.",
    )

    panels = [
        MultiFieldPanel([FieldPanel("clinic_name"), FieldPanel("tagline")], heading="Name"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("booking_page")],
            heading="Contact",
        ),
        MultiFieldPanel(
            [FieldPanel("crisis_notice"), FieldPanel("footer_disclaimer")],
            heading="Notices",
        ),
        MultiFieldPanel([FieldPanel("default_social_image")], heading="Sharing"),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("linkedin_url"),
            ],
            heading="Social media",
        ),
    ]

    # Every page's header links the booking page and its meta tags show the default image:
    # read with the settings, not after them.
    select_related = ["booking_page", "default_social_image"]

    class Meta:
        verbose_name = "clinic settings"

    @property
    def phone_href(self) -> str:
        """The main number as a tap-to-call link target."""
        return tel_href(self.phone)
