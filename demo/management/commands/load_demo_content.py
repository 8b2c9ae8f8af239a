"""Build the demo site from the literals in each app's `demo` module."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.models import Page, Site

from clinic_site.database import refresh_statistics
from demo.loader import ensure_home, ensure_site_address

# Each app adds its part of the demo site; order matters where one part links to another.
DEMO_STEPS = [
    "demo.loader.load",
    "demo.locations.load",
    "demo.forms.load",
    "demo.referrals.load",
    "demo.blog.load",
    # Last: counts for the pages above.
    "demo.visits.load",
]


def site_has_content() -> bool:
    """True once anything beyond Wagtail's own root and welcome page exists."""
    return Page.objects.filter(depth__gt=1).exclude(content_type__model="page").exists()


class Command(BaseCommand):
    help = "Create the demo site. Safe to run again: existing content is left as it is."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the site already has pages (used by `make run`).",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and site_has_content():
            self.stdout.write("The site already has pages; demo content not loaded.")
            return
        with transaction.atomic():
            home = ensure_home()
            site = Site.objects.get(is_default_site=True)
            ensure_site_address(site)
            for step in DEMO_STEPS:
                import_string(step)(home=home, site=site)
        # Hundreds of new rows: let the database's planner know of them at once.
        refresh_statistics()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
