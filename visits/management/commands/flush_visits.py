"""Write the visit counts waiting in the cache to the database."""

from django.core.management.base import BaseCommand

from visits.flush import flush_round, watch


class Command(BaseCommand):
    help = (
        "Write the visit counts the web workers left in the shared cache to the database "
        "(and, once a day, roll up old counts). Without --watch, writes once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--watch",
            type=float,
            metavar="SECONDS",
            help="Keep running, writing what is waiting every SECONDS seconds.",
        )

    def handle(self, *args, **options):
        if options["watch"] is not None:
            self.stdout.write(f"Writing visit counts every {options['watch']:g} s.")
            watch(options["watch"])
            return
        flush_round()
        self.stdout.write("Visit counts written.")
