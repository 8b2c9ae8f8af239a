"""Production: every secret and host comes from the environment, or the site refuses to start."""

import os
import sys

from .base import *  # noqa: F403
from .base import env


def _require(name: str) -> None:
    # A one-line message, not a traceback, for whoever is starting the server.
    if not os.environ.get(name):
        sys.exit(
            f"Configuration error: the environment variable {name} must be set (see .env.example)."
        )


for _name in ("SECRET_KEY", "ALLOWED_HOSTS"):
    _require(_name)

# Several gunicorn workers (and cron's management commands) serve one site: a cache of their
# own in each would serve a page after it was unpublished, and count a rate limit per worker.
PER_PROCESS_CACHES = {"django.core.cache.backends.locmem.LocMemCache"}
if CACHES["default"]["BACKEND"] in PER_PROCESS_CACHES:  # noqa: F405
    sys.exit(
        "Configuration error: CACHE_URL names a cache each process keeps apart; set REDIS_URL, "
        "or leave CACHE_URL empty for the cache files all processes share (see .env.example)."
    )

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

# HTTPS=off is only for serving on loopback (`make run`); a public site is always HTTPS.
HTTPS = env.bool("HTTPS", default=True)
SECURE_SSL_REDIRECT = HTTPS
# The load balancer's or Varnish's health checks ask over plain HTTP, from inside.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS and env.bool("SECURE_HSTS_PRELOAD", default=True)
# Behind a TLS-terminating proxy, trust its X-Forwarded-Proto header only when told to.
if env.bool("BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
