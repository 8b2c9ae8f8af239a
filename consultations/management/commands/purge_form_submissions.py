"""Delete form submissions once the clinic no longer needs to keep them."""

from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.contrib.forms.models import AbstractFormSubmission


def submission_models() -> list[type[AbstractFormSubmission]]:
    """Every model that stores what visitors typed into a form, whichever app keeps it
    (consultation requests, referrals, Wagtail's own form submissions)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, AbstractFormSubmission) and not model._meta.proxy
    ]


class Command(BaseCommand):
    help = (
        "Delete form submissions older than FORM_SUBMISSION_RETENTION_DAYS days "
        "(or --days N). Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep submissions this many days (default: FORM_SUBMISSION_RETENTION_DAYS).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.FORM_SUBMISSION_RETENTION_DAYS if days is None else days
        if days < 1:
            raise CommandError("--days must be at least 1: 0 would delete today's requests too.")
        cutoff = timezone.now() - timedelta(days=days)
        total = 0
        with transaction.atomic():
            for model in submission_models():
                old = model.objects.filter(submit_time__lt=cutoff)
                total += old.count() if dry_run else old.delete()[0]
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"{verb} {total} form submission(s) older than {days} days.")
