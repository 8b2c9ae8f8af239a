"""The consultation form as visitors see it: built from the fields staff arrange in the admin.

Wagtail's form builder is extended with the input types, `autocomplete` tokens (WCAG 1.3.5),
bounded lengths and kind error messages a clinic's form needs, a list of the live locations,
a required consent checkbox and a honeypot.
"""

from collections.abc import Iterable
from dataclasses import dataclass

import django.forms
from django.core.exceptions import ValidationError
from wagtail.contrib.forms.forms import BaseForm, FormBuilder, WagtailAdminFormPageForm
from wagtail.contrib.forms.utils import get_field_clean_name

# Bots fill in every field they find; people never see this one. A plausible name keeps it
# attractive to them. No editor's field may take the same name (checked in the admin).
HONEYPOT_FIELD = "website"
NO_PREFERENCE = "no-preference"
NO_PREFERENCE_LABEL = "No preference"
# The crisis question's answers are fixed here, not typed by editors: "yes" is what marks a
# request urgent and shows the crisis panel.
CRISIS_YES = "yes"
CRISIS_CHOICES = [
    (CRISIS_YES, "Yes"),
    ("no", "No"),
    ("prefer-not-to-say", "Prefer not to say"),
]

# Bounds on what a visitor can send: a request needs no more.
SINGLELINE_MAX_LENGTH = 150
MULTILINE_MAX_LENGTH = 1000
EMAIL_MAX_LENGTH = 254
TEL_MAX_LENGTH = 30
TEL_MIN_DIGITS = 10
TEL_MAX_DIGITS = 15
TEL_ALLOWED = set("0123456789 +-().")
PHONE_MESSAGE = "Please enter a phone number with its area code, like (312) 555-1234."


@dataclass(frozen=True)
class LocationChoice:
    """A live clinic location as the form offers it."""

    slug: str
    name: str
    phone: str = ""


@dataclass(frozen=True)
class ErrorLink:
    """One line of the error summary: the message and the field it points to."""

    href: str
    text: str


class TelInput(django.forms.TextInput):
    input_type = "tel"


def validate_phone(value: str) -> None:
    digits = sum(ch.isdigit() for ch in value)
    if not set(value) <= TEL_ALLOWED or not TEL_MIN_DIGITS <= digits <= TEL_MAX_DIGITS:
        raise ValidationError(PHONE_MESSAGE, code="invalid")


def honeypot_field() -> django.forms.CharField:
    """The field only bots fill in; every visitor form of the site carries one."""
    return django.forms.CharField(
        label="Leave this field empty",
        required=False,
        max_length=200,
        widget=django.forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


def kind_error_messages(label: str) -> dict[str, str]:
    """Error messages that name the question and never repeat a wrong answer back."""
    return {
        "required": f"Please answer “{label}”.",
        "invalid": f"Please check “{label}”: it doesn't look right.",
        # Never repeat the unknown value back to the visitor.
        "invalid_choice": f"Please choose one of the answers listed for “{label}”.",
        "max_length": f"Please keep “{label}” to %(limit_value)d characters or fewer.",
    }


class VisitorFormMixin:
    """What a visitor form's page asks of it: the honeypot, the answers, the error summary.

    Shared by the consultation form and the referral form (referrals/forms.py).
    """

    # The id of the <form> element, where problems with no field of their own point.
    form_id = "consultation-form"

    def is_spam(self) -> bool:
        return bool(str(self.data.get(HONEYPOT_FIELD, "")).strip())

    def is_urgent(self) -> bool:
        """Whether the request needs an answer today (a form with a crisis question says)."""
        return False

    def answer_fields(self) -> list[django.forms.BoundField]:
        return [bound for bound in self if bound.name != HONEYPOT_FIELD]

    def honeypot(self) -> django.forms.BoundField:
        return self[HONEYPOT_FIELD]

    def error_summary(self) -> list[ErrorLink]:
        links = [ErrorLink(href=f"#{self.form_id}", text=str(e)) for e in self.non_field_errors()]
        for bound in self.answer_fields():
            # A group of radios or checkboxes has no single id: point at its first option.
            target = f"{bound.auto_id}_0" if bound.field.widget.use_fieldset else bound.auto_id
            links += [ErrorLink(href=f"#{target}", text=str(error)) for error in bound.errors]
        return links


class ConsultationForm(VisitorFormMixin, BaseForm):
    """The built form, with what the page template and the page's view need to ask of it."""

    def __init__(self, *args, privacy_policy_url: str = "", preselect_location: str = "", **kw):
        super().__init__(*args, **kw)
        self.privacy_policy_url = privacy_policy_url
        name = self.location_field_name
        # Only a location on the list: a made-up value in the address is never shown.
        if name and preselect_location in dict(self.fields[name].choices):
            self.initial[name] = preselect_location

    @property
    def location_field_name(self) -> str:
        for name, field in self.fields.items():
            if getattr(field, "is_location", False):
                return name
        return ""

    @property
    def crisis_field_name(self) -> str:
        for name, field in self.fields.items():
            if getattr(field, "is_crisis", False):
                return name
        return ""

    def crisis_answered_yes(self) -> bool:
        """Whether the visitor answered "Yes" to the crisis question, valid form or not: the
        crisis panel is shown again whenever the form comes back to them."""
        name = self.crisis_field_name
        return bool(name and self.is_bound and self.data.get(self.add_prefix(name)) == CRISIS_YES)

    def is_urgent(self) -> bool:
        name = self.crisis_field_name
        return bool(name and self.cleaned_data.get(name) == CRISIS_YES)

    def chosen_location_name(self) -> str:
        name = self.location_field_name
        if not name:
            return ""
        value = self.cleaned_data.get(name) or NO_PREFERENCE
        return str(dict(self.fields[name].choices).get(value, NO_PREFERENCE_LABEL))

    def stored_data(self) -> dict:
        """The answers to store: the location by its name, the honeypot left out."""
        data = {k: v for k, v in self.cleaned_data.items() if k != HONEYPOT_FIELD}
        if name := self.location_field_name:
            data[name] = self.chosen_location_name()
        if name := self.crisis_field_name:
            # Stored as the words the visitor chose, as staff read it in the admin.
            data[name] = dict(CRISIS_CHOICES).get(data.get(name), "")
        return data


class ConsultationFormBuilder(FormBuilder):
    """Wagtail's builder, with input types, autocomplete tokens, bounds and kind messages."""

    def __init__(self, fields, locations: Iterable[LocationChoice] = ()):
        super().__init__(fields)
        self.locations = list(locations)

    def get_field_options(self, field):
        options = super().get_field_options(field)
        options["error_messages"] = kind_error_messages(field.label)
        return options

    def create_singleline_field(self, field, options):
        options["max_length"] = SINGLELINE_MAX_LENGTH
        return django.forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTILINE_MAX_LENGTH
        options["widget"] = django.forms.Textarea(attrs={"rows": 5})
        return django.forms.CharField(**options)

    def create_email_field(self, field, options):
        options["max_length"] = EMAIL_MAX_LENGTH
        options["error_messages"]["invalid"] = (
            "Please enter an email address in the form name@example.com."
        )
        return django.forms.EmailField(**options)

    def create_tel_field(self, field, options):
        options["max_length"] = TEL_MAX_LENGTH
        options["widget"] = TelInput
        options["validators"] = [validate_phone]
        options["error_messages"]["invalid"] = PHONE_MESSAGE
        return django.forms.CharField(**options)

    def create_date_field(self, field, options):
        options["widget"] = django.forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        return django.forms.DateField(**options)

    def create_datetime_field(self, field, options):
        options["widget"] = django.forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
        )
        return django.forms.DateTimeField(**options)

    def create_dropdown_field(self, field, options):
        # A blank first option, so nobody answers by leaving the first choice selected.
        options["choices"] = [("", "Choose one")] + self.get_formatted_field_choices(field)
        return django.forms.ChoiceField(**options)

    def create_location_field(self, field, options):
        options["choices"] = [(NO_PREFERENCE, NO_PREFERENCE_LABEL)] + [
            (location.slug, location.name) for location in self.locations
        ]
        options["initial"] = NO_PREFERENCE
        form_field = django.forms.ChoiceField(**options)
        form_field.is_location = True
        return form_field

    def create_consent_field(self, field, options):
        # Consent is never optional, whatever the "required" box says.
        options["required"] = True
        options["error_messages"]["required"] = (
            "Please tick the box to agree, so the clinic can store your details and contact you."
        )
        form_field = django.forms.BooleanField(**options)
        form_field.is_consent = True
        return form_field

    def create_crisis_field(self, field, options):
        # Always optional, whatever the "required" box says: nobody has to answer it.
        options["required"] = False
        options["choices"] = CRISIS_CHOICES
        options["initial"] = None
        options["widget"] = django.forms.RadioSelect(attrs={"data-crisis-question": ""})
        form_field = django.forms.ChoiceField(**options)
        form_field.is_crisis = True
        return form_field

    @property
    def formfields(self):
        formfields = super().formfields
        for field in self.fields:
            token = getattr(field, "autocomplete", "")
            name = field.clean_name or field.get_field_clean_name()
            if token and name in formfields:
                formfields[name].widget.attrs["autocomplete"] = token
        formfields[HONEYPOT_FIELD] = honeypot_field()
        return formfields

    def get_form_class(self):
        return type("ConsultationPageForm", (ConsultationForm,), self.formfields)


class ConsultationPageAdminForm(WagtailAdminFormPageForm):
    """Keeps the form whole: one consent checkbox, at most one location list."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("form_fields")
        if formset is None:
            return cleaned_data
        kept = [
            form
            for form in formset.forms
            if hasattr(form, "cleaned_data") and not form.cleaned_data.get("DELETE", False)
        ]
        types = [form.cleaned_data.get("field_type") for form in kept]
        if types.count("consent") != 1:
            self.add_error(
                None,
                "The form needs exactly one consent checkbox, so every request comes with "
                "the visitor's agreement to the privacy policy.",
            )
        if types.count("location") > 1:
            self.add_error(None, "The form can have only one preferred location question.")
        if types.count("crisis") > 1:
            self.add_error(None, "The form can have only one crisis question.")
        for form in kept:
            label = form.cleaned_data.get("label") or ""
            clean_name = form.instance.clean_name or get_field_clean_name(label)
            if clean_name == HONEYPOT_FIELD:
                form.add_error(
                    "label",
                    f"“{label}” is reserved by the spam filter. Please word it differently, "
                    "for example “Your website address”.",
                )
        return cleaned_data
