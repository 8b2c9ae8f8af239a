"""The emails a referral sends (referrals/notifications.py), through the consultation form's
queue: staff are told that a referral arrived and where to read it, the referrer gets a
confirmation, neither email names the patient, and a mail outage loses nothing."""

from io import StringIO

from django.core import mail
from django.core.management import call_command

from consultations import notifications
from referrals.models import ReferralSubmission
from tests.consultations.test_notifications import FAILING_BACKEND
from tests.referrals.referral import PATIENT_VALUES, REFERRER_VALUES, VALID, assert_holds_none_of

LOCMEM_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def notify() -> tuple[int, int]:
    """One round of the notification sender that runs beside the web workers."""
    return notifications.send_pending(stop_at_failure=True)


def emails_to(address: str) -> list:
    return [email for email in mail.outbox if address in email.to]


def test_staff_are_told_a_referral_arrived_with_a_link_and_no_details(refer, referral_page):
    refer()
    assert notify() == (1, 0)

    (email,) = emails_to("referrals@clinic.example")
    assert email.subject == "New referral from a clinician"
    assert f"http://testserver/admin/forms/submissions/{referral_page.pk}/" in email.body
    assert_holds_none_of(PATIENT_VALUES + REFERRER_VALUES + ["Q."], email.subject + email.body)
    assert not email.attachments and not email.alternatives
    submission = ReferralSubmission.objects.get()
    assert submission.notified_at is not None


def test_referrer_gets_a_confirmation_that_names_no_patient(refer, referral_page):
    refer()
    notify()

    (email,) = emails_to("obrisbane@practice.example")
    assert email.subject == "We received your referral"
    assert "Thank you for your referral to Balance Ketamine" in email.body
    assert_holds_none_of(PATIENT_VALUES, email.subject + email.body)
    assert " Q " not in email.body and "Q." not in email.body
    assert email.to == ["obrisbane@practice.example"]


def test_referrer_without_an_email_address_gets_no_email(refer, referral_page):
    refer({**VALID, "referrer_email": ""})
    notify()

    assert [email.to for email in mail.outbox] == [["referrals@clinic.example"]]


def test_referral_is_kept_while_mail_is_down_and_notified_once_it_is_back(
    refer, settings, referral_page, caplog
):
    settings.EMAIL_BACKEND = FAILING_BACKEND

    response = refer()
    assert response.status_code == 303
    assert notify() == (0, 1)

    submission = ReferralSubmission.objects.get()
    assert submission.notified_at is None
    assert submission.notification_attempts == 1
    assert "SMTPException" in submission.notification_error
    assert "Could not send the staff notification for referral" in caplog.text
    assert_holds_none_of(PATIENT_VALUES + REFERRER_VALUES, caplog.text)

    settings.EMAIL_BACKEND = LOCMEM_BACKEND
    call_command("send_pending_notifications", stdout=StringIO())

    assert len(emails_to("referrals@clinic.example")) == 1
    assert len(emails_to("obrisbane@practice.example")) == 1
    submission.refresh_from_db()
    assert submission.notified_at is not None
    assert submission.notification_attempts == 2
    assert submission.notification_error == ""


def test_consultations_and_referrals_wait_in_one_queue(refer, send, consultation_page):
    send()
    refer()

    assert notify() == (2, 0)
    assert {email.subject for email in mail.outbox} == {
        "New consultation request",
        "New referral from a clinician",
        "We received your referral",
    }
    call_command("send_pending_notifications", stdout=StringIO())
    assert len(mail.outbox) == 3
