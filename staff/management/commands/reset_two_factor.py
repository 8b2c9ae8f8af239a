"""Remove a staff member's authenticator, e.g. after a lost phone, so they can enrol a new one."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Remove a staff member's two-step sign-in devices. At their next sign-in they are "
        "asked to set up a new authenticator app."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist as error:
            raise CommandError(f'There is no account with the username "{username}".') from error
        count, _ = TOTPDevice.objects.filter(user=user).delete()
        # Sessions verified with a removed device lose their verification on their next
        # request (django-otp looks the device up each time), so nothing else needs ending.
        if options["verbosity"]:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Removed {count} authenticator device{'s' if count != 1 else ''} "
                    f"from {username}."
                )
            )
