"""What happens to a consultation request: stored first, staff told without details, retried,
protected from spam, readable only by permitted staff, and deleted when its time is up."""

import logging
import smtplib
import socket
import time
from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.cache import cache
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from consultations import notifications
from consultations.models import ConsultationPage, ConsultationSubmission
from tests.consultations.consultation import LOCATIONS, THANK_YOU_URL, TYPED_VALUES, URL, VALID

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


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def with_locations(monkeypatch):
    monkeypatch.setattr(ConsultationPage, "live_locations", property(lambda self: LOCATIONS))
    return LOCATIONS


@pytest.fixture
def send(client):
    """Post a request as a browser would."""

    def post(data=None, **extra):
        return client.post(URL, VALID if data is None else data, **extra)

    return post


def notify() -> tuple[int, int]:
    """One round of the notification sender that runs beside the web workers."""
    return notifications.send_pending(stop_at_failure=True)


def _assert_holds_no_answers(text: str) -> None:
    for value in TYPED_VALUES:
        assert value.lower() not in text.lower(), value


# --- A valid request -----------------------------------------------------------------------


def test_valid_request_is_stored_and_the_visitor_is_thanked(send, client, consultation_page):
    response = send()

    assert response.status_code == 303
    assert response["Location"] == THANK_YOU_URL
    submission = ConsultationSubmission.objects.get()
    assert submission.page_id == consultation_page.pk
    assert submission.form_data["first_name"] == "Zelphina"
    assert submission.form_data["best_time_to_reach_you"] == ["Evening (5pm to 7pm)"]
    assert submission.form_data["consent"] is True
    assert "website" not in submission.form_data
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "consultations/consultation_page_landing.html" in [t.name for t in thanks.templates]
    assert "your request has been sent" in thanks.content.decode()


def test_staff_get_one_email_that_holds_no_answers(send, consultation_page):
    send()
    notify()

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["frontdesk@clinic.example"]
    _assert_holds_no_answers(email.subject)
    _assert_holds_no_answers(email.body)
    assert not email.attachments and not email.alternatives
    submission = ConsultationSubmission.objects.get()
    assert f"http://testserver/admin/forms/submissions/{consultation_page.pk}/" in email.body
    assert submission.notified_at is not None
    assert submission.notification_attempts == 1


def test_staff_email_names_the_chosen_location(send, consultation_page, with_locations):
    send({**VALID, "preferred_location": "naperville"})
    notify()

    assert "Location: Naperville" in mail.outbox[0].body
    submission = ConsultationSubmission.objects.get()
    assert submission.location == "Naperville"
    assert submission.form_data["preferred_location"] == "Naperville"


def test_nothing_typed_appears_in_the_address_or_the_log(send, client, consultation_page, caplog):
    caplog.set_level(logging.DEBUG)

    response = send()
    thanks = client.get(response["Location"])
    notify()

    _assert_holds_no_answers(response["Location"])
    _assert_holds_no_answers(thanks.request["PATH_INFO"] + thanks.request.get("QUERY_STRING", ""))
    _assert_holds_no_answers(caplog.text)


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
    _assert_holds_no_answers(caplog.text)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_notifications", stdout=StringIO())

    assert len(mail.outbox) == 1
    _assert_holds_no_answers(mail.outbox[0].body)
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


# --- Spam ----------------------------------------------------------------------------------


def test_filled_honeypot_looks_like_success_and_stores_nothing(send, consultation_page):
    response = send({**VALID, "website": "https://cheap-pills.example"})

    assert response.status_code == 303
    assert response["Location"] == THANK_YOU_URL
    assert not ConsultationSubmission.objects.exists()
    assert mail.outbox == []


def test_sixth_request_in_the_window_is_refused_kindly_and_stores_nothing(
    send, site, consultation_page
):
    for _ in range(5):
        assert send().status_code == 303

    response = send()

    assert response.status_code == 429
    html = response.content.decode()
    assert "Please call us instead" in html
    assert 'href="tel:+13125551234"' in html and "(312) 555-1234" in html
    assert "no-store" in response["Cache-Control"]
    assert ConsultationSubmission.objects.count() == 5


def test_rate_limit_counts_each_address_on_its_own(send, consultation_page):
    for _ in range(5):
        send(REMOTE_ADDR="203.0.113.7")

    assert send(REMOTE_ADDR="198.51.100.20").status_code == 303


def test_forged_forwarded_for_header_does_not_escape_the_limit(send, consultation_page):
    for n in range(5):
        send(HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")

    assert send(HTTP_X_FORWARDED_FOR="192.0.2.99").status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_is_limited(send, settings, consultation_page):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        send(HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.7", REMOTE_ADDR="10.0.0.1")

    assert send(HTTP_X_FORWARDED_FOR="203.0.113.7", REMOTE_ADDR="10.0.0.1").status_code == 429
    assert send(HTTP_X_FORWARDED_FOR="203.0.113.8", REMOTE_ADDR="10.0.0.1").status_code == 303


def test_rate_limit_follows_its_settings(send, settings, consultation_page):
    settings.FORM_RATE_LIMIT_REQUESTS = 2

    assert [send().status_code for _ in range(3)] == [303, 303, 429]


def test_the_cache_never_holds_the_visitors_address(send, consultation_page):
    with (
        mock.patch.object(cache, "add", wraps=cache.add) as add,
        mock.patch.object(cache, "incr", wraps=cache.incr) as incr,
    ):
        send(REMOTE_ADDR="203.0.113.77")

    given = [repr(call) for call in add.call_args_list + incr.call_args_list]
    assert given
    assert not any("203.0.113.77" in call for call in given)


# --- Staff access --------------------------------------------------------------------------


def _submissions_url(page) -> str:
    return f"/admin/forms/submissions/{page.pk}/"


def test_visitors_cannot_read_requests(send, client, consultation_page):
    send()

    response = client.get(_submissions_url(consultation_page))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_staff_without_permission_on_the_form_cannot_read_requests(
    send, client, consultation_page, django_user_model
):
    send()
    user = django_user_model.objects.create_user("reception", password="x" * 16)
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)

    response = client.get(_submissions_url(consultation_page))

    assert response.status_code in {302, 403}
    assert "Zelphina" not in response.content.decode()


def test_permitted_staff_read_requests_and_export_them_as_csv(
    send, client, consultation_page, admin_user
):
    send()
    client.force_login(admin_user)

    listing = client.get(_submissions_url(consultation_page))
    export = client.get(_submissions_url(consultation_page), {"export": "csv"})

    assert listing.status_code == 200
    assert "Zelphina" in listing.content.decode()
    assert export.status_code == 200
    csv_text = b"".join(export.streaming_content).decode()
    assert "Zelphina" in csv_text and "Quarrington" in csv_text


# --- Retention -----------------------------------------------------------------------------


def _age(submission, days: int) -> None:
    type(submission).objects.filter(pk=submission.pk).update(
        submit_time=timezone.now() - timedelta(days=days)
    )


def test_purge_deletes_only_requests_older_than_the_retention(consultation_page):
    old = ConsultationSubmission.objects.create(page=consultation_page, form_data={"a": 1})
    recent = ConsultationSubmission.objects.create(page=consultation_page, form_data={"a": 2})
    other_form_old = FormSubmission.objects.create(page=consultation_page, form_data={"b": 1})
    _age(old, 91)
    _age(recent, 89)
    _age(other_form_old, 120)

    output = StringIO()
    call_command("purge_form_submissions", stdout=output)

    assert "Deleted 2 form submission(s) older than 90 days." in output.getvalue()
    assert list(ConsultationSubmission.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not FormSubmission.objects.exists()


def test_purge_follows_days_option_and_setting(settings, consultation_page):
    submission = ConsultationSubmission.objects.create(page=consultation_page, form_data={})
    _age(submission, 31)
    settings.FORM_SUBMISSION_RETENTION_DAYS = 60

    call_command("purge_form_submissions", stdout=StringIO())
    assert ConsultationSubmission.objects.exists()

    call_command("purge_form_submissions", "--days", "30", stdout=StringIO())
    assert not ConsultationSubmission.objects.exists()


def test_purge_dry_run_deletes_nothing_and_zero_days_is_refused(consultation_page):
    submission = ConsultationSubmission.objects.create(page=consultation_page, form_data={})
    _age(submission, 200)

    call_command("purge_form_submissions", "--dry-run", stdout=StringIO())
    assert ConsultationSubmission.objects.exists()

    with pytest.raises(CommandError):
        call_command("purge_form_submissions", "--days", "0")
