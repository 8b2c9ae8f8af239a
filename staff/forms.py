"""The one form of the second step: a six-digit code from the staff member's authenticator app."""

import re

from django import forms


class CodeForm(forms.Form):
    """Asks for the current code; spaces are forgiven, as apps often show "123 456"."""

    code = forms.CharField(
        label="Six-digit code",
        help_text="Open your authenticator app and type the code it shows now.",
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": True,
                "spellcheck": "false",
            }
        ),
    )

    def clean_code(self) -> str:
        code = "".join(self.cleaned_data["code"].split())
        if not re.fullmatch(r"\d{6}", code):
            raise forms.ValidationError("Enter the six digits your app shows, without letters.")
        return code
