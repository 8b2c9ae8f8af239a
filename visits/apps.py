from django.apps import AppConfig


class VisitsConfig(AppConfig):
    name = "visits"
    verbose_name = "Visit statistics"

    def ready(self) -> None:
        from . import counting

        counting.connect_signals()
