"""The referral form (referrals/forms.py): the NPI check digit, the patient's last initial,
and what is stored."""

import pytest

from consultations.forms import LocationChoice
from referrals.forms import NPI_MESSAGE, ReferralForm, is_valid_npi, npi_check_digit
from tests.referrals.referral import VALID

LOCATIONS = [LocationChoice(slug="naperville", name="Naperville", phone="(630) 555-0101")]


@pytest.mark.parametrize(
    "npi",
    [
        "1234567893",  # the example in the NPI standard's check-digit description
        "1245319599",
        "1003000126",
        "1111111112",
    ],
)
def test_npi_with_the_right_check_digit_is_accepted(npi):
    assert is_valid_npi(npi)


@pytest.mark.parametrize(
    "npi",
    [
        "1234567890",  # wrong check digit
        "1234567839",  # two digits swapped
        "1245319598",
        "123456789",  # nine digits
        "12345678931",  # eleven digits
        "12345abc93",
        "１２３４５６７８９３",  # full-width digits
        "",
    ],
)
def test_npi_failing_the_check_is_refused(npi):
    assert not is_valid_npi(npi)


def test_check_digit_of_the_standards_example():
    assert npi_check_digit("123456789") == 3


def test_form_explains_an_npi_that_fails_the_check():
    form = ReferralForm({**VALID, "npi": "1234567890"})

    assert not form.is_valid()
    assert form.errors["npi"] == [NPI_MESSAGE]
    assert "check-digit" in NPI_MESSAGE


def test_form_accepts_an_npi_typed_with_spaces_and_dashes():
    form = ReferralForm({**VALID, "npi": "123-456 7893"})

    assert form.is_valid(), form.errors
    assert form.cleaned_data["npi"] == "1234567893"


def test_patient_is_named_by_one_letter_of_their_last_name():
    assert ReferralForm({**VALID, "patient_last_initial": "q"}).is_valid()
    too_long = ReferralForm({**VALID, "patient_last_initial": "Quince"})
    not_a_letter = ReferralForm({**VALID, "patient_last_initial": "7"})

    assert "patient_last_initial" in too_long.errors
    assert "patient_last_initial" in not_a_letter.errors


def test_patient_consent_is_required_with_a_message_saying_why():
    data = {k: v for k, v in VALID.items() if k != "patient_consent"}
    form = ReferralForm(data)

    assert not form.is_valid()
    assert "agreed to be contacted" in form.errors["patient_consent"][0]


def test_fax_email_and_reason_are_optional():
    data = {**VALID, "referrer_fax": "", "referrer_email": "", "reason": ""}

    assert ReferralForm(data).is_valid()


def test_stored_answers_name_the_clinic_and_leave_out_the_honeypot():
    form = ReferralForm({**VALID, "preferred_location": "naperville"}, locations=LOCATIONS)

    assert form.is_valid(), form.errors
    data = form.stored_data()
    assert data["preferred_location"] == "Naperville"
    assert data["patient_last_initial"] == "Q"
    assert "website" not in data


def test_a_clinic_not_on_the_list_is_refused():
    form = ReferralForm({**VALID, "preferred_location": "atlantis"}, locations=LOCATIONS)

    assert not form.is_valid()
    assert "atlantis" not in str(form.errors)


def test_referrer_fields_autofill_and_patient_fields_do_not():
    form = ReferralForm()

    assert form["referrer_email"].field.widget.attrs["autocomplete"] == "work email"
    assert form["referrer_phone"].field.widget.attrs["autocomplete"] == "work tel"
    assert form["patient_first_name"].field.widget.attrs["autocomplete"] == "off"
    assert form["patient_phone"].field.widget.attrs["autocomplete"] == "off"
