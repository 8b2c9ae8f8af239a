"""Staff passwords: long, not common, not all digits, not the person's own name."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("Tr0ub4dor&3", "too short"),
        ("password1234", "too common"),
        ("839201746352", "entirely numeric"),
        ("annabel.hughes", "too similar"),
    ],
)
def test_weak_passwords_are_refused(password, reason, db):
    user = get_user_model()(username="annabel.hughes", email="annabel.hughes@clinic.example")

    with pytest.raises(ValidationError) as refused:
        validate_password(password, user=user)

    assert reason in " ".join(refused.value.messages)


def test_a_long_passphrase_is_accepted(db):
    user = get_user_model()(username="annabel.hughes")

    assert validate_password("plum-harbour-lantern-47", user=user) is None


def test_an_administrator_cannot_give_a_new_account_a_weak_password(admin_client):
    response = admin_client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "newstaff",
            "email": "newstaff@clinic.example",
            "first_name": "New",
            "last_name": "Staff",
            "password1": "short1",
            "password2": "short1",
        },
    )

    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()
    assert not get_user_model().objects.filter(username="newstaff").exists()
