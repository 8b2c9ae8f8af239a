"""Make a staff member's one-time link for setting up two-step sign-in, and print it."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from staff.models import SetupLink
from staff.two_factor import has_confirmed_device, setup_link_url


class Command(BaseCommand):
    help = (
        "Print a one-time link with which a staff member sets up their authenticator app. "
        "Their earlier unused links stop working. For an account that already has an app, "
        "use reset_two_factor."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = self.get_user(username)
        if has_confirmed_device(user):
            raise CommandError(
                f"{username} already has an authenticator app. To replace it (a lost or new "
                f"phone), run: manage.py reset_two_factor {username}"
            )
        self.print_link(user, options["verbosity"])

    def get_user(self, username: str):
        User = get_user_model()
        try:
            return User.objects.get_by_natural_key(username)
        except User.DoesNotExist as error:
            raise CommandError(f'There is no account with the username "{username}".') from error

    def print_link(self, user, verbosity: int) -> None:
        link, token = SetupLink.issue(user)
        url = setup_link_url(token)
        if not verbosity:
            # The bare address, for scripts.
            self.stdout.write(url)
            return
        expires = f"{timezone.localtime(link.expires_at):%Y-%m-%d %H:%M %Z}"
        self.stdout.write(
            f"Set-up link for {user.get_username()}, valid once until {expires}:\n"
            f"\n  {url}\n\n"
            "Only the account's owner should open it: send it to them in a message only they "
            "will read, or open it yourself if the account is yours. They sign in with their "
            "password and set up their authenticator app. It is not shown again: if it goes "
            "astray, make a new one, which stops this one working."
        )
