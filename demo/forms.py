"""Builds the consultation form page at /book-a-consultation/ with its default questions.

Idempotent: an existing form page is left as staff made it.
"""

from wagtail.models import Page, Site

from consultations.models import ConsultationFormField, ConsultationPage
from pages.models import ClinicSettings, HomePage

from .self_checks import LINKS as SELF_CHECK_LINKS

FieldType = ConsultationFormField.FieldType
Autocomplete = ConsultationFormField.Autocomplete

PAGE = {
    "title": "Book a consultation",
    "slug": "book-a-consultation",
    "seo_title": "Book a free ketamine therapy consultation",
    "summary": (
        "Ask for a free, no-obligation consultation at one of our four Chicago-area clinics. "
        "We will call you back to talk it through."
    ),
    "intro": (
        "<p>Tell us how to reach you and a member of our care team will call you back, "
        "usually within one business day, to answer your questions and arrange a free "
        "consultation. Asking commits you to nothing.</p>"
        # Before asking, some visitors want to know how they are doing, privately.
        f"{SELF_CHECK_LINKS}"
    ),
    "thank_you_text": (
        "<p>We have your request. A member of our care team will contact you, usually within "
        "one business day, in the way you asked.</p>"
    ),
    "reply_times": (
        "We read requests during office hours ([staff: add the days and times here]) and "
        "usually reply within one business day."
    ),
    "contact_heading": "Would you rather call?",
    # A reserved example domain: staff put their real addresses here in the admin.
    "to_address": "frontdesk@clinic.example",
}

FIELDS = [
    {
        "label": "First name",
        "field_type": FieldType.SINGLELINE,
        "autocomplete": Autocomplete.GIVEN_NAME,
    },
    {
        "label": "Last name",
        "field_type": FieldType.SINGLELINE,
        "autocomplete": Autocomplete.FAMILY_NAME,
    },
    {
        "label": "Phone",
        "field_type": FieldType.TEL,
        "autocomplete": Autocomplete.TEL,
        "help_text": "Including the area code, so we can call you back.",
    },
    {
        "label": "Email",
        "field_type": FieldType.EMAIL,
        "autocomplete": Autocomplete.EMAIL,
        "required": False,
    },
    {
        "label": "Preferred location",
        "field_type": FieldType.LOCATION,
    },
    {
        "label": "Preferred contact method",
        "field_type": FieldType.RADIO,
        "choices": "Phone call\nText message\nEmail",
        "default_value": "Phone call",
    },
    {
        "label": "Best time to reach you",
        "field_type": FieldType.CHECKBOXES,
        "choices": "Morning (9am to noon)\nAfternoon (noon to 5pm)\nEvening (5pm to 7pm)",
        "required": False,
    },
    {
        "label": "How did you hear about us?",
        "field_type": FieldType.DROPDOWN,
        "choices": ("Search engine\nMy doctor or therapist\nFriend or family\nSocial media\nOther"),
        "required": False,
    },
    {
        "label": "Are you having thoughts of ending your life or harming yourself?",
        "field_type": FieldType.CRISIS,
        "required": False,
        "help_text": (
            "You don't have to answer. If you answer Yes, we show you where to get help "
            "straight away, and your request goes to the top of our list."
        ),
        "clean_name": "thoughts_of_self_harm",
    },
    {
        "label": "Message",
        "field_type": FieldType.MULTILINE,
        "required": False,
        "help_text": (
            "Anything you would like us to know before we call. "
            "Please don't include medical details here."
        ),
    },
    {
        "label": (
            "I agree that the clinic may keep these details and contact me about my "
            "consultation, as the privacy policy describes."
        ),
        "field_type": FieldType.CONSENT,
        # A short stored name; the label would make a very long one.
        "clean_name": "consent",
    },
]


def load(home: HomePage, site: Site) -> None:
    page = ConsultationPage.objects.first()
    if page is None:
        page = ConsultationPage(**PAGE)
        page.privacy_policy_page = Page.objects.filter(
            url_path=f"{home.url_path}privacy-policy/"
        ).first()
        for order, field in enumerate(FIELDS):
            page.form_fields.add(ConsultationFormField(sort_order=order, **field))
        home.add_child(instance=page)
        page.save_revision().publish()
    clinic_settings = ClinicSettings.for_site(site)
    if clinic_settings.booking_page_id is None:
        clinic_settings.booking_page = page
        clinic_settings.save()
