"""Staff are told of each consultation request (consultations/notifications.py): one email
holding no answers, sent beside the web workers rather than while the visitor waits, and
retried until the mail server takes it."""

import smtplib
import socket
import time
from io import StringIO

import pytest
from django.core import mail
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command

from consultations import notifications
from consultations.models import ConsultationSubmission
from tests.consultations.consultation import VALID, assert_holds_no_answers, notify

FAILING_BACKEND = "tests.consultations.test_notifications.FailingEmailBackend"
UNREACHABLE_BACKEND = "tests.consultations.test_notifications.NeverCalledEmailBackend"


class FailingEmailBackend(BaseEmailBackend):
    """An outgoing mail server that is down."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPException("Connection unexpectedly closed")


class NeverCalledEmailBackend(BaseEmailBackend):
    """Stands for a mail server that takes minutes to answer: a request must never reach it."""

    def send_messages(self, email_messages):
        raise AssertionError("A visitor's request waited on the mail server.")


# --- Staff told ----------------------------------------------------------------------------


def test_staff_get_one_email_that_holds_no_answers(send, consultation_page):
    send()
    notify()

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["frontdesk@clinic.example"]
    assert_holds_no_answers(email.subject)
    assert_holds_no_answers(email.body)
    assert not email.attachments and not email.alternatives
    submission = ConsultationSubmission.objects.get()
    assert f"http://testserver/admin/forms/submissions/{consultation_page.pk}/" in email.body
    assert submission.notified_at is not None
    assert submission.notification_attempts == 1


def test_an_urgent_request_email_says_only_that_it_is_urgent(
    send, consultation_page, with_locations
):
    send({**VALID, "preferred_location": "naperville", "thoughts_of_self_harm": "yes"})
    notify()

    [email] = mail.outbox
    assert email.subject == "Urgent consultation request: please answer it today"
    assert "Please answer it today." in email.body
    assert f"http://testserver/admin/forms/submissions/{consultation_page.pk}/" in email.body
    for detail in ("Yes", "yes", "harm", "ending your life", "Naperville", "Location"):
        assert detail not in email.subject + email.body, detail
    assert_holds_no_answers(email.subject + email.body)


def test_staff_email_names_the_chosen_location(send, consultation_page, with_locations):
    send({**VALID, "preferred_location": "naperville"})
    notify()

    assert "Location: Naperville" in mail.outbox[0].body
    submission = ConsultationSubmission.objects.get()
    assert submission.location == "Naperville"
    assert submission.form_data["preferred_location"] == "Naperville"


# --- Email that fails ----------------------------------------------------------------------


def test_the_visitor_is_thanked_without_waiting_on_mail(send, client, settings, consultation_page):
    settings.EMAIL_BACKEND = UNREACHABLE_BACKEND

    response = send()

    assert response.status_code == 303
    assert client.get(response["Location"]).status_code == 200
    submission = ConsultationSubmission.objects.get()
    assert submission.notified_at is None
    assert submission.notification_attempts == 0


def test_failed_email_keeps_the_request_and_is_sent_later(
    send, settings, consultation_page, caplog
):
    settings.EMAIL_BACKEND = FAILING_BACKEND

    send()
    assert notify() == (0, 1)

    submission = ConsultationSubmission.objects.get()
    assert submission.notified_at is None
    assert submission.notification_attempts == 1
    assert "SMTPException" in submission.notification_error
    assert "Could not send the staff notification" in caplog.text
    assert_holds_no_answers(caplog.text)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_notifications", stdout=StringIO())

    assert len(mail.outbox) == 1
    assert_holds_no_answers(mail.outbox[0].body)
    submission.refresh_from_db()
    assert submission.notified_at is not None
    assert submission.notification_attempts == 2
    assert submission.notification_error == ""


def test_pending_notifications_command_reports_email_still_down(send, settings, consultation_page):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    send()

    with pytest.raises(CommandError, match="1 notification"):
        call_command("send_pending_notifications", stdout=StringIO())

    assert ConsultationSubmission.objects.get().notification_attempts == 1


def test_pending_notifications_command_sends_each_request_once(send, consultation_page):
    send()
    send({**VALID, "first_name": "Another"})
    notify()
    assert len(mail.outbox) == 2
    mail.outbox.clear()

    call_command("send_pending_notifications", stdout=StringIO())

    assert mail.outbox == []


def test_the_sender_keeps_sending_what_arrives(send, consultation_page):
    send()
    notifications.watch(interval=0, rounds=1)
    send({**VALID, "first_name": "Another"})
    notifications.watch(interval=0, rounds=1)

    assert len(mail.outbox) == 2
    assert not ConsultationSubmission.objects.filter(notified_at__isnull=True).exists()


def test_the_mail_connection_gives_up_after_a_timeout():
    assert get_connection("django.core.mail.backends.smtp.EmailBackend").timeout == 10


@pytest.fixture
def hung_mail_server():
    """A mail server that takes connections and never answers, as a stuck one does."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)  # never accepted: the kernel completes connections, nothing replies
        yield listener.getsockname()[1]


def test_a_hung_mail_server_costs_the_sender_one_timeout_a_round(
    send, settings, consultation_page, hung_mail_server
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", hung_mail_server
    settings.EMAIL_TIMEOUT = 0.5
    for n in range(3):
        send({**VALID, "first_name": f"Visitor {n}"})

    started = time.monotonic()
    result = notify()

    assert result == (0, 1)
    assert time.monotonic() - started < 3
    assert ConsultationSubmission.objects.filter(notified_at__isnull=True).count() == 3
    assert "timed out" in ConsultationSubmission.objects.order_by("pk")[0].notification_error
