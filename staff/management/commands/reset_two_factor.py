"""Remove a staff member's authenticator, e.g. after a lost phone, and print a new set-up link."""

from django_otp.plugins.otp_totp.models import TOTPDevice

from staff.management.commands.two_factor_link import Command as SetupLinkCommand


class Command(SetupLinkCommand):
    help = (
        "Remove a staff member's two-step sign-in devices, and print a one-time link with which "
        "they set up a new authenticator app."
    )

    def handle(self, *args, username, **options):
        user = self.get_user(username)
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
        self.print_link(user, options["verbosity"])
