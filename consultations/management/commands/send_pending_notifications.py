"""Send the staff emails about consultation requests that have not gone out yet."""

from django.core.management.base import BaseCommand, CommandError

from consultations.notifications import send_pending, watch


class Command(BaseCommand):
    help = (
        "Email staff about consultation requests they have not been told of yet (the email "
        "holds no details of the request). Without --watch, sends once and exits with an "
        "error if any email still fails."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--watch",
            type=float,
            metavar="SECONDS",
            help="Keep running, sending what is pending every SECONDS seconds.",
        )

    def handle(self, *args, **options):
        if options["watch"] is not None:
            self.stdout.write(f"Sending staff notifications every {options['watch']:g} s.")
            watch(options["watch"])
            return
        sent, failed = send_pending()
        self.stdout.write(f"Notifications sent: {sent}. Still failing: {failed}.")
        if failed:
            # A non-zero exit lets cron or systemd tell someone that email is broken.
            raise CommandError(f"{failed} notification(s) could not be sent; see the log.")
