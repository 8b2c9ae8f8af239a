"""Which clinical pages are due for medical review: for the admin report, the dashboard panel
and the reviewers' weekly digest.

A page is due when its published next-review date has passed (overdue) or falls within the
next DUE_SOON_DAYS days. Only published pages count: a draft that was never live has told
no reader anything yet.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, get_page_models

from pages.models import MedicalReviewMixin
from pages.review.permissions import EDITORS, MEDICAL_REVIEWERS

DUE_SOON_DAYS = 30


def can_follow_reviews(user) -> bool:
    """Editors, Medical reviewers and administrators see what is due; nobody else needs to."""
    if not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=[EDITORS, MEDICAL_REVIEWERS]).exists()


def reviewed_page_types() -> list[type[Page]]:
    return [model for model in get_page_models() if issubclass(model, MedicalReviewMixin)]


def _horizon(today: datetime.date) -> datetime.date:
    return today + datetime.timedelta(days=DUE_SOON_DAYS)


def pages_due_for_review(today: datetime.date | None = None) -> list[Page]:
    """Published clinical pages overdue or due soon, soonest (most overdue) first.

    One query per clinical page type, however many pages are due.
    """
    today = today or timezone.localdate()
    pages: list[Page] = []
    for model in reviewed_page_types():
        pages += (
            model.objects.live()
            .filter(next_review_due__lte=_horizon(today))
            .select_related("medical_reviewer")
        )
    return sorted(pages, key=lambda page: (page.next_review_due, page.title.lower(), page.pk))


def review_counts(today: datetime.date | None = None) -> tuple[int, int]:
    """How many published clinical pages are (overdue, due within DUE_SOON_DAYS days)."""
    today = today or timezone.localdate()
    overdue = due_soon = 0
    for model in reviewed_page_types():
        counts = model.objects.live().aggregate(
            overdue=Count("pk", filter=Q(next_review_due__lt=today)),
            due_soon=Count(
                "pk", filter=Q(next_review_due__gte=today, next_review_due__lte=_horizon(today))
            ),
        )
        overdue += counts["overdue"]
        due_soon += counts["due_soon"]
    return overdue, due_soon


def reviewer_addresses() -> list[str]:
    """The addresses of the active Medical reviewers who have one."""
    User = get_user_model()
    return list(
        User.objects.filter(is_active=True, groups__name=MEDICAL_REVIEWERS)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


def _admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def render_digest(pages: list[Page], today: datetime.date) -> tuple[str, str]:
    """The digest's subject and body: titles and admin links only.

    Built from titles alone, never from page content: the email may sit in a mailbox for
    years, and the admin is where the pages are read.
    """
    overdue = [page for page in pages if page.next_review_due < today]
    due_soon = [page for page in pages if page.next_review_due >= today]
    subject = (
        f"Medical review: {len(overdue)} overdue, {len(due_soon)} due in the next "
        f"{DUE_SOON_DAYS} days"
    )
    lines = [f"Clinical pages on the website that need a medical review, as of {today:%B %-d, %Y}."]
    for heading, group in (
        ("Overdue", overdue),
        (f"Due in the next {DUE_SOON_DAYS} days", due_soon),
    ):
        if not group:
            continue
        lines += ["", f"{heading}:"]
        for page in group:
            lines += [
                f"- {page.title}",
                f"  {_admin_url(reverse('wagtailadmin_pages:edit', args=[page.pk]))}",
            ]
    lines += [
        "",
        "The full list, with reviewers and dates (staff sign-in required):",
        _admin_url(reverse("clinical_review_report")),
    ]
    return subject, "\n".join(lines)


def send_review_digest(today: datetime.date | None = None) -> tuple[int, int]:
    """Email the Medical reviewers what is due, if anything is.

    Returns (pages due, reviewers emailed); nothing is sent when nothing is due. Keeps no
    state, so running it twice sends the same digest twice and nothing else.
    """
    today = today or timezone.localdate()
    pages = pages_due_for_review(today)
    recipients = reviewer_addresses() if pages else []
    if pages and recipients:
        subject, body = render_digest(pages, today)
        # One message each: a shared To: line would hand every reviewer the others' addresses.
        messages = [EmailMessage(subject=subject, body=body, to=[to]) for to in recipients]
        get_connection().send_messages(messages)
    return len(pages), len(recipients)
