"""The referral form a clinician fills in: who refers, whom, to which clinic, and the
patient's agreement to be contacted.

Its questions are fixed (the clinic needs every one of them to act on a referral), so it is a
plain Django form; the honeypot, the kind error messages and the error summary are the
consultation form's own (consultations/forms.py).
"""

from collections.abc import Iterable

import django.forms
from django.core.exceptions import ValidationError

from consultations.forms import (
    EMAIL_MAX_LENGTH,
    HONEYPOT_FIELD,
    NO_PREFERENCE,
    NO_PREFERENCE_LABEL,
    PHONE_MESSAGE,
    SINGLELINE_MAX_LENGTH,
    TEL_MAX_LENGTH,
    LocationChoice,
    TelInput,
    VisitorFormMixin,
    honeypot_field,
    kind_error_messages,
    validate_phone,
)

NPI_LENGTH = 10
NPI_MESSAGE = (
    "Please check the NPI: it should be the 10-digit National Provider Identifier, and the "
    "number entered does not pass the NPI check-digit test (a digit may be mistyped)."
)
# An NPI's check digit is the Luhn digit of the number prefixed with 80840, the health
# industry's card issuer prefix; the prefix always adds 24 to the Luhn sum.
NPI_PREFIX_SUM = 24
REASON_MAX_LENGTH = 500


def npi_check_digit(first_nine: str) -> int:
    """The tenth digit of an NPI whose first nine digits are `first_nine`."""
    total = NPI_PREFIX_SUM
    # Luhn: from the right of the nine digits, every other digit doubled, starting with
    # the rightmost (the check digit would sit to its right).
    for position, char in enumerate(reversed(first_nine)):
        digit = int(char)
        if position % 2 == 0:
            digit *= 2
            digit = digit - 9 if digit > 9 else digit
        total += digit
    return (10 - total % 10) % 10


def is_valid_npi(value: str) -> bool:
    return (
        len(value) == NPI_LENGTH
        and value.isascii()
        and value.isdigit()
        and npi_check_digit(value[:9]) == int(value[9])
    )


def validate_npi(value: str) -> None:
    if not is_valid_npi(value):
        raise ValidationError(NPI_MESSAGE, code="invalid")


class NPIField(django.forms.CharField):
    """Ten digits; spaces and dashes a referrer types between them are dropped."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace(" ", "").replace("-", "")


def text_field(label: str, autocomplete: str, **options) -> django.forms.CharField:
    return django.forms.CharField(
        label=label,
        max_length=options.pop("max_length", SINGLELINE_MAX_LENGTH),
        error_messages=kind_error_messages(label),
        widget=django.forms.TextInput(attrs={"autocomplete": autocomplete}),
        **options,
    )


def phone_field(label: str, autocomplete: str, **options) -> django.forms.CharField:
    messages = {**kind_error_messages(label), "invalid": PHONE_MESSAGE}
    return django.forms.CharField(
        label=label,
        max_length=TEL_MAX_LENGTH,
        validators=[validate_phone],
        error_messages=messages,
        widget=TelInput(attrs={"autocomplete": autocomplete}),
        **options,
    )


REFERRER_FIELDS = [
    "referrer_name",
    "credentials",
    "practice",
    "npi",
    "referrer_phone",
    "referrer_fax",
    "referrer_email",
]


class ReferralForm(VisitorFormMixin, django.forms.Form):
    """A clinician's referral. The patient is named by first name and last initial only."""

    form_id = "referral-form"

    # The referrer: their browser may fill these in from their own work details.
    referrer_name = text_field("Your name", "name")
    credentials = text_field(
        "Your credentials",
        "honorific-suffix",
        max_length=60,
        help_text="For example MD, DO, NP, PA, LCSW or PhD.",
    )
    practice = text_field("Practice or organization", "organization")
    npi = NPIField(
        label="Your NPI number",
        max_length=14,
        validators=[validate_npi],
        error_messages={**kind_error_messages("Your NPI number"), "invalid": NPI_MESSAGE},
        help_text="Your 10-digit National Provider Identifier.",
        widget=django.forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    referrer_phone = phone_field("Your phone", "work tel")
    referrer_fax = phone_field("Your fax", "fax tel", required=False)
    referrer_email = django.forms.EmailField(
        label="Your email",
        required=False,
        max_length=EMAIL_MAX_LENGTH,
        error_messages={
            **kind_error_messages("Your email"),
            "invalid": "Please enter an email address in the form name@example.com.",
        },
        help_text="We confirm the referral here. The email never names your patient.",
        widget=django.forms.EmailInput(attrs={"autocomplete": "work email"}),
    )
    # The patient: never filled in from the referrer's own browser details.
    patient_first_name = text_field("Patient's first name", "off")
    patient_last_initial = text_field(
        "Patient's last initial",
        "off",
        max_length=1,
        help_text="One letter: we need no more than this to match your referral.",
    )
    patient_phone = phone_field(
        "Patient's phone",
        "off",
        help_text="Including the area code. We call the patient to arrange a consultation.",
    )
    preferred_location = django.forms.ChoiceField(
        label="Preferred clinic",
        error_messages=kind_error_messages("Preferred clinic"),
    )
    reason = django.forms.CharField(
        label="Reason for referral",
        required=False,
        max_length=REASON_MAX_LENGTH,
        error_messages=kind_error_messages("Reason for referral"),
        help_text=(
            "A sentence or two. Please send records only after we contact you, not through "
            "this form."
        ),
        widget=django.forms.Textarea(attrs={"rows": 3}),
    )
    patient_consent = django.forms.BooleanField(
        label="The patient agreed that the clinic may contact them about this referral.",
        error_messages={
            "required": (
                "Please tick the box to confirm the patient agreed to be contacted: we can "
                "only call a patient who expects us to."
            )
        },
    )
    website = honeypot_field()

    def __init__(self, *args, locations: Iterable[LocationChoice] = (), **kwargs):
        # Wagtail's FormMixin passes the page and user; this form needs neither.
        kwargs.pop("page", None)
        kwargs.pop("user", None)
        super().__init__(*args, **kwargs)
        self.fields["preferred_location"].choices = [(NO_PREFERENCE, NO_PREFERENCE_LABEL)] + [
            (location.slug, location.name) for location in locations
        ]
        self.fields["preferred_location"].initial = NO_PREFERENCE

    def referrer_fields(self) -> list[django.forms.BoundField]:
        return [self[name] for name in REFERRER_FIELDS]

    def patient_fields(self) -> list[django.forms.BoundField]:
        return [bound for bound in self.answer_fields() if bound.name not in REFERRER_FIELDS]

    def clean_patient_last_initial(self) -> str:
        initial = self.cleaned_data["patient_last_initial"].strip()
        if not initial.isalpha():
            raise ValidationError(
                "Please enter the first letter of the patient's last name.", code="invalid"
            )
        return initial.upper()

    def chosen_location_name(self) -> str:
        value = self.cleaned_data.get("preferred_location") or NO_PREFERENCE
        choices = dict(self.fields["preferred_location"].choices)
        return str(choices.get(value, NO_PREFERENCE_LABEL))

    def stored_data(self) -> dict:
        """The answers to store: the clinic by its name, the honeypot left out."""
        data = {k: v for k, v in self.cleaned_data.items() if k != HONEYPOT_FIELD}
        data["preferred_location"] = self.chosen_location_name()
        return data


# The stored answers in the order the form asks them, with their labels: the admin's list of
# referrals and its export show these columns.
DATA_FIELDS = [
    (name, str(field.label))
    for name, field in ReferralForm.base_fields.items()
    if name != HONEYPOT_FIELD
]
