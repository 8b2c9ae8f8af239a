"""Telling staff that a consultation request arrived, without putting it in their mailbox.

The email says only that a request arrived, for which location, and where to read it in the
admin: health details stay in the database, behind staff permissions. An urgent request's
email (the visitor answered "Yes" to the crisis question) says only that it is urgent and
should be answered today, without even the location.

A request is stored, and the visitor thanked, without any mail being sent: a mail server that
is slow or hangs must never hold a visitor's request (or a web worker). The stored requests
not yet notified are the queue: `manage.py send_pending_notifications --watch` (started beside
the web workers by gunicorn.conf.py) sends their emails every few seconds, and the same
command without `--watch` sends them once, for cron.

Other apps' stored requests (referrals/) join the same queue: a model built on
`NotifiedSubmission` registers how its emails read with `register()`, and the sender works
through every registered model in turn.
"""

import logging
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from clinic_site.background import repeat

from .models import ConsultationSubmission, NotifiedSubmission

logger = logging.getLogger(__name__)

SUBJECT = "New consultation request"
# An urgent request's email says that it is urgent and nothing else: not why (the visitor's
# answer to the crisis question), not even the location.
URGENT_SUBJECT = "Urgent consultation request: please answer it today"
# A sender that died mid-send leaves its claim behind; after this long, another may retry.
CLAIM_TIMEOUT = timedelta(minutes=10)


def admin_url(submission: NotifiedSubmission) -> str:
    path = reverse("wagtailforms:list_submissions", args=[submission.page_id])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def subject(submission: ConsultationSubmission) -> str:
    return URGENT_SUBJECT if submission.urgent else SUBJECT


def render_body(submission: ConsultationSubmission) -> str:
    if submission.urgent:
        return render_urgent_body(submission)
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


def render_urgent_body(submission: ConsultationSubmission) -> str:
    # Built from the admin link alone: whoever reads the email learns only that a request
    # needs an answer today.
    return "\n".join(
        [
            "An urgent consultation request arrived on the website. Please answer it today.",
            "",
            "It is at the top of the list in the admin (staff sign-in required):",
            admin_url(submission),
            "",
            "This email holds no details of the request, on purpose. Please don't forward "
            "patients' details by email.",
        ]
    )


def consultation_messages(submission: ConsultationSubmission) -> list[EmailMessage]:
    return [
        EmailMultiAlternatives(
            subject(submission), render_body(submission), None, submission.staff_recipients
        )
    ]


# Each kind of stored request, and the emails one of them sends.
Compose = Callable[[NotifiedSubmission], list[EmailMessage]]
QUEUES: dict[type[NotifiedSubmission], Compose] = {}


def register(model: type[NotifiedSubmission], compose: Compose) -> None:
    """Add `model`'s stored requests to the queue; `compose` words their emails, which must
    never hold what the visitor typed."""
    QUEUES[model] = compose


register(ConsultationSubmission, consultation_messages)


def _claim(pk: int, model: type[NotifiedSubmission]) -> NotifiedSubmission | None:
    """Mark the request as being notified, unless it was sent or someone else is sending."""
    now = timezone.now()
    claimed = (
        model.objects.filter(pk=pk, notified_at__isnull=True)
        .filter(
            Q(notification_claimed_at__isnull=True)
            | Q(notification_claimed_at__lt=now - CLAIM_TIMEOUT)
        )
        .update(notification_claimed_at=now)
    )
    if not claimed:
        return None
    return model.objects.select_related("page").get(pk=pk)


SENT, FAILED, SKIPPED = "sent", "failed", "skipped"


def notify_staff(pk: int, model: type[NotifiedSubmission] = ConsultationSubmission) -> str:
    """Send the emails of one stored request: to the page's staff addresses, and any others
    its model's `compose` adds (all over one connection).

    Returns SENT, FAILED, or SKIPPED when it was already sent or another process is sending.
    Never raises: a visitor's request is already safe in the database, and a failure here
    only leaves the notification pending for the retry command.
    """
    try:
        submission = _claim(pk, model)
        if submission is None:
            return SKIPPED
        get_connection(fail_silently=False).send_messages(QUEUES[model](submission))
    except Exception as error:
        # The exception's type and message only: the email holds no visitor's answers, and
        # neither may the log.
        logger.exception(
            "Could not send the staff notification for %s %s; "
            "`manage.py send_pending_notifications` will retry it.",
            model._meta.verbose_name,
            pk,
        )
        model.objects.filter(pk=pk).update(
            notification_claimed_at=None,
            notification_attempts=F("notification_attempts") + 1,
            notification_error=f"{type(error).__name__}: {error}"[:255],
        )
        return FAILED
    model.objects.filter(pk=pk).update(
        notified_at=timezone.now(),
        notification_claimed_at=None,
        notification_attempts=F("notification_attempts") + 1,
        notification_error="",
    )
    return SENT


def pending_notifications(model: type[NotifiedSubmission] = ConsultationSubmission):
    return model.objects.filter(notified_at__isnull=True).order_by("submit_time", "pk")


def send_pending(stop_at_failure: bool = False) -> tuple[int, int]:
    """Try every request whose staff have not been told yet. Returns (sent, failed).

    With `stop_at_failure`, the first email that fails ends the round: with the mail server
    down or hanging, one attempt a round is enough to find out, where one per waiting request
    would each wait out EMAIL_TIMEOUT.
    """
    sent = failed = 0
    for model in QUEUES:
        for pk in pending_notifications(model).values_list("pk", flat=True):
            result = notify_staff(pk, model)
            sent += result == SENT
            failed += result == FAILED
            if failed and stop_at_failure:
                return sent, failed
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
