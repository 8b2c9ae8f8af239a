"""The consultation form as its fields are built: labels, input types, bounds, the choices
of location, the consent checkbox and the honeypot, and the errors a visitor meets."""

import pytest

from consultations.models import ConsultationSubmission
from tests.consultations.consultation import (
    URL,
    VALID,
    consultation_form,
    page_soup,
    post_invalid,
)


def test_every_field_has_a_label(client, consultation_page):
    form = consultation_form(client.get(URL))

    labelled = {label["for"] for label in form.find_all("label") if label.get("for")}
    for control in form.find_all(["input", "select", "textarea"]):
        if control.get("type") in {"hidden", "submit"}:
            continue
        assert control["id"] in labelled, control


def test_fields_carry_input_types_and_autocomplete_tokens(client, consultation_page):
    form = consultation_form(client.get(URL))

    expected = {
        "first_name": ("text", "given-name"),
        "last_name": ("text", "family-name"),
        "phone": ("tel", "tel"),
        "email": ("email", "email"),
    }
    for name, (input_type, token) in expected.items():
        control = form.find("input", attrs={"name": name})
        assert control["type"] == input_type
        assert control["autocomplete"] == token


def test_text_inputs_are_bounded(client, consultation_page):
    form = consultation_form(client.get(URL))

    for control in form.find_all("input", attrs={"type": ["text", "tel", "email"]}):
        assert int(control["maxlength"]) <= 254, control
    assert form.find("textarea", attrs={"name": "message"})["maxlength"] == "1000"


def test_message_field_asks_for_no_medical_details(client, consultation_page):
    form = consultation_form(client.get(URL))

    message = form.find("textarea", attrs={"name": "message"})
    help_text = form.find(id=message["aria-describedby"])
    assert "Please don't include medical details here." in help_text.get_text()


def test_consent_checkbox_is_required_and_its_label_links_to_the_privacy_policy(
    client, consultation_page
):
    form = consultation_form(client.get(URL))

    checkbox = form.find("input", attrs={"name": "consent"})
    assert checkbox["type"] == "checkbox"
    assert checkbox.has_attr("required")
    label = form.find("label", attrs={"for": checkbox["id"]})
    assert label.find("a")["href"] == "/privacy-policy/"


def test_honeypot_is_hidden_from_people_and_assistive_technology(client, consultation_page):
    form = consultation_form(client.get(URL))

    trap = form.find("input", attrs={"name": "website"})
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"
    wrapper = trap.find_parent("div")
    assert wrapper["aria-hidden"] == "true"
    assert "form__trap" in wrapper["class"]


def test_location_list_offers_live_locations_after_no_preference(
    client, consultation_page, with_locations
):
    select = consultation_form(client.get(URL)).find("select", attrs={"name": "preferred_location"})

    options = [(o["value"], o.get_text(strip=True)) for o in select.find_all("option")]
    assert options == [
        ("no-preference", "No preference"),
        ("naperville", "Naperville"),
        ("wicker-park", "Wicker Park"),
    ]
    assert select.find("option", selected=True)["value"] == "no-preference"


def test_location_in_the_address_is_preselected(client, consultation_page, with_locations):
    response = client.get(URL, {"location": "wicker-park"})

    select = consultation_form(response).find("select", attrs={"name": "preferred_location"})
    assert select.find("option", selected=True)["value"] == "wicker-park"


def test_unknown_location_in_the_address_is_ignored_and_never_echoed(
    client, consultation_page, with_locations
):
    response = client.get(URL, {"location": "<b>nowhere-xyz</b>"})

    assert response.status_code == 200
    assert "nowhere-xyz" not in response.content.decode()
    select = consultation_form(response).find("select", attrs={"name": "preferred_location"})
    assert select.find("option", selected=True)["value"] == "no-preference"


def test_invalid_submission_keeps_every_answer(client, consultation_page):
    response = post_invalid(client)

    assert response.status_code == 200
    form = consultation_form(response)
    assert form.find("input", attrs={"name": "last_name"})["value"] == VALID["last_name"]
    assert form.find("input", attrs={"name": "phone"})["value"] == "call me maybe"
    assert form.find("input", attrs={"name": "email"})["value"] == VALID["email"]
    assert (
        form.find("textarea", attrs={"name": "message"}).get_text(strip=True) == (VALID["message"])
    )
    assert form.find("input", attrs={"value": "Text message"}).has_attr("checked")
    assert form.find("input", attrs={"value": "Evening (5pm to 7pm)"}).has_attr("checked")
    hear = form.find("select", attrs={"name": "how_did_you_hear_about_us"})
    assert hear.find("option", selected=True)["value"] == "Friend or family"
    assert not ConsultationSubmission.objects.exists()


def test_each_error_sits_by_its_field_and_is_described_to_screen_readers(client, consultation_page):
    form = consultation_form(post_invalid(client))

    for name in ["first_name", "phone", "consent"]:
        control = form.find("input", attrs={"name": name})
        assert control["aria-invalid"] == "true"
        described_by = control["aria-describedby"].split()
        error = form.find(id=f"{control['id']}_error")
        assert error is not None and error["id"] in described_by
        assert "Error:" in error.get_text()
    assert not form.find("input", attrs={"name": "last_name"}).has_attr("aria-invalid")


def test_error_summary_links_to_each_field_with_a_problem(client, consultation_page):
    soup = page_soup(post_invalid(client))

    summary = soup.find(attrs={"data-error-summary": True})
    assert summary["role"] == "alert"
    assert summary["tabindex"] == "-1"
    targets = [a["href"].removeprefix("#") for a in summary.find_all("a")]
    assert targets == ["id_first_name", "id_phone", "id_consent"]
    for target in targets:
        assert soup.find(id=target).name == "input"
    assert soup.title.get_text(strip=True).startswith("Error:")


def test_error_summary_points_a_group_of_options_at_its_first_option(client, consultation_page):
    data = {k: v for k, v in VALID.items() if k != "preferred_contact_method"}

    soup = page_soup(client.post(URL, data))

    summary = soup.find(attrs={"data-error-summary": True})
    assert [a["href"] for a in summary.find_all("a")] == ["#id_preferred_contact_method_0"]
    fieldset = soup.find(id="id_preferred_contact_method_0").find_parent("fieldset")
    assert "id_preferred_contact_method_error" in fieldset["aria-describedby"].split()


def test_unknown_choice_is_refused_without_repeating_it(client, consultation_page):
    response = client.post(URL, {**VALID, "preferred_location": "<i>made-up-place</i>"})

    assert response.status_code == 200
    assert "made-up-place" not in response.content.decode()
    assert not ConsultationSubmission.objects.exists()


def test_overlong_message_is_refused_kindly(client, consultation_page):
    response = client.post(URL, {**VALID, "message": "x" * 1001})

    assert response.status_code == 200
    assert "to 1000 characters or fewer" in response.content.decode()
    assert not ConsultationSubmission.objects.exists()


# --- The crisis question -------------------------------------------------------------------

CRISIS = "thoughts_of_self_harm"


def test_crisis_question_is_optional_with_three_fixed_answers(client, consultation_page):
    form = consultation_form(client.get(URL))

    options = form.find_all("input", attrs={"name": CRISIS})
    labels = [
        form.find("label", attrs={"for": option["id"]}).get_text(strip=True) for option in options
    ]
    assert labels == ["Yes", "No", "Prefer not to say"]
    assert not any(option.has_attr("checked") or option.has_attr("required") for option in options)
    legend = form.find("input", attrs={"name": CRISIS}).find_parent("fieldset").legend
    assert "Are you having thoughts of ending your life or harming yourself?" in legend.get_text()
    assert "(optional)" in legend.get_text()


def test_a_request_without_an_answer_to_the_crisis_question_is_not_urgent(send, consultation_page):
    send()

    submission = ConsultationSubmission.objects.get()
    assert not submission.urgent
    assert submission.form_data[CRISIS] == ""


@pytest.mark.parametrize(
    ("answer", "urgent", "stored"),
    [("yes", True, "Yes"), ("no", False, "No"), ("prefer-not-to-say", False, "Prefer not to say")],
)
def test_only_yes_marks_a_request_urgent(send, consultation_page, answer, urgent, stored):
    send({**VALID, CRISIS: answer})

    submission = ConsultationSubmission.objects.get()
    assert submission.urgent is urgent
    assert submission.form_data[CRISIS] == stored
