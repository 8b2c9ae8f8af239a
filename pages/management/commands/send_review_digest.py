"""Email the Medical reviewers the clinical pages whose review is overdue or due soon."""

from django.core.management.base import BaseCommand, CommandError

from pages.review.reminders import DUE_SOON_DAYS, send_review_digest


class Command(BaseCommand):
    help = (
        "Email the Medical reviewers group the titles of, and admin links to, clinical pages "
        f"whose review is overdue or due in the next {DUE_SOON_DAYS} days. Sends nothing when "
        "nothing is due. Meant to run weekly from cron."
    )

    def handle(self, *args, **options):
        due, emailed = send_review_digest()
        if not due:
            self.stdout.write("No clinical page is due for review: no email sent.")
            return
        if not emailed:
            # A non-zero exit lets cron tell someone that reminders reach nobody.
            raise CommandError(
                f"{due} page(s) are due for review, but no active Medical reviewer has an "
                "email address."
            )
        self.stdout.write(f"Sent the digest of {due} page(s) to {emailed} reviewer(s).")
