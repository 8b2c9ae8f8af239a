"""Admin forms with rules the models alone cannot express."""

from wagtail.admin.forms import WagtailAdminModelForm

CONSENT_REQUIRED_MESSAGE = (
    "Enter the date the patient's written consent was recorded. A testimonial cannot be "
    "published without it; you can still save it as a draft."
)


class TestimonialForm(WagtailAdminModelForm):
    """Consent is needed to publish, not to save a draft.

    Wagtail relaxes required fields when an editor saves a draft, so marking the field
    required here blocks publishing (and only publishing) until consent is recorded.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        consent = self.fields.get("consent_recorded")
        if consent is not None:
            consent.required = True
            consent.error_messages["required"] = CONSENT_REQUIRED_MESSAGE
