from django.apps import AppConfig


class ReferralsConfig(AppConfig):
    name = "referrals"
    verbose_name = "Referrals from clinicians"

    def ready(self):
        # Puts referrals in the queue of stored requests whose emails go out later.
        from . import notifications  # noqa: F401
