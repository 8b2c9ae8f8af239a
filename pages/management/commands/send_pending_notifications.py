"""Retry the staff emails that could not be sent when a consultation request arrived."""

from django.core.management.base import BaseCommand, CommandError

from pages.notifications import send_pending


class Command(BaseCommand):
    help = (
        "Email staff about consultation requests they have not been told of yet (the email "
        "holds no details of the request). Exits with an error if any email still fails."
    )

    def handle(self, *args, **options):
        sent, failed = send_pending()
        self.stdout.write(f"Notifications sent: {sent}. Still failing: {failed}.")
        if failed:
            # A non-zero exit lets cron or systemd tell someone that email is broken.
            raise CommandError(f"{failed} notification(s) could not be sent; see the log.")
