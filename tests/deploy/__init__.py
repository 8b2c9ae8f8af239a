import importlib
import sys

from django.urls import clear_url_caches


def reload_urls() -> None:
    """Read the URL configuration again, after a test changed a setting it reads."""
    clear_url_caches()
    if "clinic_site.urls" in sys.modules:
        importlib.reload(sys.modules["clinic_site.urls"])
