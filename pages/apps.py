from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages and site-wide content"

    def ready(self):
        from clinic_site.database import refresh_statistics

        from . import cache as page_cache
        from . import uploads

        page_cache.connect_signals()
        uploads.limit_pillow_to_upload_limit()
        # Once per migrate: Django sends post_migrate for each app.
        post_migrate.connect(refresh_statistics, sender=self, dispatch_uid="refresh_statistics")
