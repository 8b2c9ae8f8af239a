from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages and site-wide content"

    def ready(self):
        from . import page_cache, uploads

        page_cache.connect_signals()
        uploads.limit_pillow_to_upload_limit()
