"""Telling staff that a consultation request arrived, without putting it in their mailbox.

The email says only that a request arrived, for which location, and where to read it in the
admin: health details stay in the database, behind staff permissions.

A request is stored, and the visitor thanked, without any mail being sent: a mail server that
is slow or hangs must never hold a visitor's request (or a web worker). The stored requests
not yet notified are the queue: `manage.py send_pending_notifications --watch` (started beside
the web workers by gunicorn.conf.py) sends their emails every few seconds, and the same
command without `--watch` sends them once, for cron.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from clinic_site.background import repeat

from .models import ConsultationSubmission

logger = logging.getLogger(__name__)

SUBJECT = "New consultation request"
# A sender that died mid-send leaves its claim behind; after this long, another may retry.
CLAIM_TIMEOUT = timedelta(minutes=10)


def admin_url(submission: ConsultationSubmission) -> str:
    path = reverse("wagtailforms:list_submissions", args=[submission.page_id])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def render_body(submission: ConsultationSubmission) -> str:
    # Deliberately built from the location and the admin link alone: never from form_data.
    lines = ["A new consultation request arrived on the website."]
    if submission.location:
        lines.append(f"Location: {submission.location}")
    lines += [
        "",
        "Read it in the admin (staff sign-in required):",
        admin_url(submission),
        "",
        "This email holds no details of the request, on purpose. Please don't forward "
        "patients' details by email.",
    ]
    return "\n".join(lines)


def _claim(pk: int) -> ConsultationSubmission | None:
    """Mark the request as being notified, unless it was sent or someone else is sending."""
    now = timezone.now()
    claimed = (
        ConsultationSubmission.objects.filter(pk=pk, notified_at__isnull=True)
        .filter(
            Q(notification_claimed_at__isnull=True)
            | Q(notification_claimed_at__lt=now - CLAIM_TIMEOUT)
        )
        .update(notification_claimed_at=now)
    )
    if not claimed:
        return None
    return ConsultationSubmission.objects.select_related("page").get(pk=pk)


SENT, FAILED, SKIPPED = "sent", "failed", "skipped"


def notify_staff(pk: int) -> str:
    """Email the page's staff addresses about one stored request.

    Returns SENT, FAILED, or SKIPPED when it was already sent or another process is sending.
    Never raises: a visitor's request is already safe in the database, and a failure here
    only leaves the notification pending for the retry command.
    """
    try:
        submission = _claim(pk)
        if submission is None:
            return SKIPPED
        recipients = [
            address.strip()
            for address in submission.page.specific.to_address.split(",")
            if address.strip()
        ]
        send_mail(SUBJECT, render_body(submission), None, recipients, fail_silently=False)
    except Exception as error:
        # The exception's type and message only: the email holds no visitor's answers, and
        # neither may the log.
        logger.exception(
            "Could not send the staff notification for consultation request %s; "
            "`manage.py send_pending_notifications` will retry it.",
            pk,
        )
        ConsultationSubmission.objects.filter(pk=pk).update(
            notification_claimed_at=None,
            notification_attempts=F("notification_attempts") + 1,
            notification_error=f"{type(error).__name__}: {error}"[:255],
        )
        return FAILED
    ConsultationSubmission.objects.filter(pk=pk).update(
        notified_at=timezone.now(),
        notification_claimed_at=None,
        notification_attempts=F("notification_attempts") + 1,
        notification_error="",
    )
    return SENT


def pending_notifications():
    return ConsultationSubmission.objects.filter(notified_at__isnull=True).order_by(
        "submit_time", "pk"
    )


def send_pending(stop_at_failure: bool = False) -> tuple[int, int]:
    """Try every request whose staff have not been told yet. Returns (sent, failed).

    With `stop_at_failure`, the first email that fails ends the round: with the mail server
    down or hanging, one attempt a round is enough to find out, where one per waiting request
    would each wait out EMAIL_TIMEOUT.
    """
    sent = failed = 0
    for pk in pending_notifications().values_list("pk", flat=True):
        result = notify_staff(pk)
        sent += result == SENT
        failed += result == FAILED
        if failed and stop_at_failure:
            break
    return sent, failed


def watch(interval: float, rounds: int | None = None) -> None:
    """Send pending notifications every `interval` seconds, for `rounds` rounds (None: until
    the process is stopped, or the process that started it is gone). A database or mail
    outage is logged and waited out."""
    repeat(
        lambda: send_pending(stop_at_failure=True),
        interval,
        rounds,
        what="Pending notifications could not be read",
    )
