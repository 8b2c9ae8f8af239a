"""Clinic-wide details that editors change in one place and every page shows."""

from django.db import models
from django.utils.translation import gettext, gettext_noop
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from clinic_site.phone import tel_href

# The notice every page shows unless the settings give one of their own; its Spanish (the
# catalogue in locale/) says what the 988 Lifeline asks of Spanish speakers: call and press 2,
# or text AYUDA.
DEFAULT_CRISIS_NOTICE = gettext_noop(
    "If you are in crisis, call or text 988 (Suicide & Crisis Lifeline). In an emergency, call 911."
)

DEFAULT_FOOTER_DISCLAIMER = gettext_noop(
    "This website is for information only and is not medical advice. Talk with a "
    "qualified clinician about your own care."
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
    crisis_notice_es = models.CharField(
        "crisis notice in Spanish",
        max_length=250,
        blank=True,
        help_text=(
            "The same notice on Spanish pages. Leave empty for the standard one: call 988 and "
            "press 2, or text AYUDA to 988; in an emergency, 911. Keep those numbers."
        ),
    )
    footer_disclaimer = models.TextField(
        blank=True,
        default=DEFAULT_FOOTER_DISCLAIMER,
        help_text="A short line at the bottom of every page.",
    )
    footer_disclaimer_es = models.TextField(
        "footer disclaimer in Spanish",
        blank=True,
        help_text="The same line on Spanish pages. Leave empty for the standard one.",
    )

    panels = [
        MultiFieldPanel([FieldPanel("clinic_name"), FieldPanel("tagline")], heading="Name"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("booking_page")],
            heading="Contact",
        ),
        MultiFieldPanel(
            [
                FieldPanel("crisis_notice"),
                FieldPanel("crisis_notice_es"),
                FieldPanel("footer_disclaimer"),
                FieldPanel("footer_disclaimer_es"),
            ],
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

    def crisis_notice_for(self, language: str) -> str:
        """The crisis notice editors wrote for a language; empty when they wrote none."""
        if language == "es":
            return self.crisis_notice_es
        return self.crisis_notice

    def footer_disclaimer_for(self, language: str) -> str:
        """The footer's disclaimer in a language: Spanish editors' own, else the standard one
        in Spanish while the English one is the standard one."""
        if language != "es":
            return self.footer_disclaimer
        if self.footer_disclaimer_es:
            return self.footer_disclaimer_es
        if self.footer_disclaimer == DEFAULT_FOOTER_DISCLAIMER:
            return gettext(DEFAULT_FOOTER_DISCLAIMER)
        return ""

    @property
    def phone_href(self) -> str:
        """The main number as a tap-to-call link target."""
        return tel_href(self.phone)
