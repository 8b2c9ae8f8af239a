"""The Medical reviewers' weekly digest of reviews falling due (pages/review/reminders.py, sent
by manage.py send_review_digest): titles and links only, one message per reviewer."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.factories import ArticlePageFactory
from tests.pages.review.conftest import days_from_today


@pytest.fixture
def reviewers(make_staff):
    make_staff("rita", "Medical reviewers")
    make_staff("rob", "Medical reviewers")
    make_staff("gone", "Medical reviewers", is_active=False)
    no_address = make_staff("noemail", "Medical reviewers")
    no_address.email = ""
    no_address.save()
    make_staff("ed", "Editors")


def test_digest_emails_reviewers_titles_and_links_only(due_pages, reviewers, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://clinic.example"

    call_command("send_review_digest", stdout=io.StringIO())

    # One message per reviewer, so no reviewer sees another's address.
    assert sorted(email.to for email in mail.outbox) == [
        ["rita@clinic.example"],
        ["rob@clinic.example"],
    ]
    assert mail.outbox[0].body == mail.outbox[1].body
    email = mail.outbox[0]
    assert "1 overdue, 1 due" in email.subject
    overdue = due_pages["overdue"]
    assert "Safety and side effects" in email.body and "Anxiety" in email.body
    assert f"https://clinic.example/admin/pages/{overdue.pk}/edit/" in email.body
    assert "Cost and insurance" not in email.body
    assert "Secret clinical wording" not in email.body
    assert "Dr. Ada Reviewer" not in email.body
    assert email.body.index("Overdue") < email.body.index("Safety and side effects")
    assert email.body.index("Safety and side effects") < email.body.index("Anxiety")


def test_digest_sends_nothing_when_nothing_is_due(learn, reviewers):
    ArticlePageFactory(parent=learn, next_review_due=days_from_today(31))
    out = io.StringIO()

    call_command("send_review_digest", stdout=out)

    assert mail.outbox == []
    assert "no email sent" in out.getvalue()


def test_digest_skips_unpublished_pages(learn, reviewers):
    page = ArticlePageFactory(parent=learn, next_review_due=days_from_today(-3))
    page.unpublish()

    call_command("send_review_digest", stdout=io.StringIO())

    assert mail.outbox == []


def test_digest_fails_loudly_when_pages_are_due_but_no_reviewer_has_an_address(due_pages):
    with pytest.raises(CommandError, match="no active Medical reviewer"):
        call_command("send_review_digest", stdout=io.StringIO())

    assert mail.outbox == []
