"""Roll up visit counts older than 25 months into monthly totals."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from visits.rollup import KEEP_DAILY_MONTHS, rollup_cutoff, tidy


class Command(BaseCommand):
    help = (
        f"Replace daily visit counts older than {KEEP_DAILY_MONTHS} months with monthly "
        "totals, and drop search terms too rare to show. The flusher does this once a day; "
        "safe to run again."
    )

    def handle(self, *args, **options):
        today = timezone.localdate()
        dropped, rolled = tidy(today)
        self.stdout.write(
            f"Rolled up {rolled} daily row(s) from before {rollup_cutoff(today):%B %Y}; "
            f"dropped {dropped} rare search term(s)."
        )
