"""What a gunicorn worker would otherwise do on its first requests, done once in the master
before it forks the workers (gunicorn.conf.py, with preload_app): compile the site's
templates, load the URL patterns and Wagtail's hooks. A worker recycled under load then
answers its first request as fast as its hundredth. Nothing here touches the database, the
cache or the network, so nothing is shared with the forked workers but memory."""

from pathlib import Path

from django.conf import settings
from django.template.loader import get_template
from django.urls import get_resolver
from wagtail import hooks


def warm_up() -> None:
    for folder in settings.TEMPLATES[0]["DIRS"]:
        for path in sorted(Path(folder).rglob("*.html")):
            get_template(str(path.relative_to(folder)))
    get_resolver().url_patterns  # noqa: B018 (compiles every pattern)
    hooks.search_for_hooks()
