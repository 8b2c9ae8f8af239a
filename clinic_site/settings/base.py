"""Settings shared by every environment.

All configuration comes from the environment through the one `env` below; `.env.example`
documents each variable.
"""

import secrets
from datetime import timedelta
from pathlib import Path

import environ

from clinic_site.buckets import bucket_storages, client_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A local `.env` is a convenience for development; real deployments set the environment.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

LOCAL_SECRET_KEY_FILE = BASE_DIR / ".secret_key"


def local_secret_key() -> str:
    """Return this checkout's own secret key, creating it (git-ignored) on first use."""
    if not LOCAL_SECRET_KEY_FILE.exists():
        LOCAL_SECRET_KEY_FILE.write_text(secrets.token_urlsafe(50))
        LOCAL_SECRET_KEY_FILE.chmod(0o600)
    return LOCAL_SECRET_KEY_FILE.read_text().strip()


DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default=None) or local_secret_key()
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "pages",
    "blog",
    "locations",
    "search",
    "selfcheck",
    "demo",
    "visits",
    # Before wagtail.contrib.forms, whose admin URLs for submissions it replaces.
    "consultations",
    "referrals",
    "staff",
    # Reading grades and the content checker's rules for editors.
    "content_checks",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache, so cached pages get these headers too.
    "clinic_site.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Before sessions and authentication: a cached page is served without touching the
    # database, so it stays up when the database is down.
    "clinic_site.security.RejectNullBytesMiddleware",
    # Outside the page cache, so a cached page view is counted as a rendered one is.
    "visits.counting.VisitCountingMiddleware",
    # Outside the page cache, so its hits get the front cache's headers as its misses do.
    "pages.front_cache.FrontCacheHeadersMiddleware",
    "pages.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "staff.middleware.IdleSessionMiddleware",
    "staff.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "clinic_site.urls"
WSGI_APPLICATION = "clinic_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        # A database that is down or unreachable costs a request seconds, not minutes.
        connect_timeout=env.int("DATABASE_CONNECT_TIMEOUT", default=5),
        options=" ".join(
            [
                # No statement may hold a worker for long (DATABASE_STATEMENT_TIMEOUT, in s).
                f"-c statement_timeout={env.int('DATABASE_STATEMENT_TIMEOUT', default=30) * 1000}",
                # The site's queries take milliseconds; compiling one took 300 ms (site search
                # on a fresh database, whose missing statistics made it look dear).
                "-c jit=off",
            ]
        ),
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def _cache_config() -> dict:
    """Redis when CACHE_URL or REDIS_URL names it; otherwise files that every process on this
    machine shares. Never one cache per process: a publish, a rate limit or an unpublished
    page must be the same for every gunicorn worker and management command."""
    url = env("CACHE_URL", default="") or env("REDIS_URL", default="")
    if not url:
        return {
            "BACKEND": "clinic_site.cache.SharedFileCache",
            "LOCATION": str(env.path("CACHE_DIR", default=BASE_DIR / "var" / "cache")),
            # For entries stored without a lifetime of their own (a counter after incr()).
            "TIMEOUT": 24 * 60 * 60,
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        }
    if url.startswith(("redis://", "rediss://")):
        return {
            # django-redis, skipping Redis for a few seconds once a call fails, so a hung Redis
            # costs one wait rather than one for every cache call of every page.
            "BACKEND": "clinic_site.cache.FailFastRedisCache",
            "LOCATION": url,
            "OPTIONS": {
                # A Redis outage must be a cache miss, never an error page.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
                "RETRY_SECONDS": 5,
            },
            # Several sites (or test runs) can share one Redis with their own prefixes.
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="clinic"),
        }
    return env.cache_url_config(url)


CACHES = {"default": _cache_config()}
if CACHES["default"]["BACKEND"] == "clinic_site.cache.SharedFileCache":
    # Wagtail's image renditions, in the same files (emptied with them), each written once
    # (clinic_site/cache.py). With Redis they share the default cache.
    CACHES["renditions"] = {**CACHES["default"], "BACKEND": "clinic_site.cache.RenditionFileCache"}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# Seconds to wait on the mail server: one that accepts and never answers must not hold the
# notification sender for good (no request ever waits on mail; see consultations/notifications.py).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="website@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
# The clinics are in Chicago: dates and "open today" follow the clinic's clock.
TIME_ZONE = "America/Chicago"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Documents are kept out of MEDIA_ROOT, which a web server may serve as it stands: only
# Wagtail's view hands them out, after checking their collection's privacy.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private-media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # pages.models.ClinicDocument's files. The location is a string because Wagtail passes the
    # storage's arguments to a background task to delete a file, and tasks take only JSON.
    "documents": {
        "BACKEND": "clinic_site.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT)},
    },
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
# Shared media (clinic_site/buckets.py): with AWS_STORAGE_BUCKET_NAME, uploads and documents
# live in an S3-compatible bucket every app server shares; without it, on the disk as above.
if buckets := bucket_storages(env):
    STORAGES.update(buckets)
    AWS_S3_CLIENT_CONFIG = client_config(env)
# Hashed file names never change content, so browsers may keep them for a year.
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365
# Whether the app serves uploaded media itself (single-server installs, `make run`).
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=False)

# A consultation form needs a few dozen fields; the page editor needs more, but not 10,000.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2_000

WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", default="Balance Ketamine")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    # On PostgreSQL this uses the database's full-text search; elsewhere a portable fallback.
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILDOCS_DOCUMENT_MODEL = "pages.ClinicDocument"
# Every download passes Wagtail's view, which checks the collection's privacy; never a
# redirect to the file itself.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
# The admin must not call other hosts from staff browsers.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# A clinic needs neither huge uploads nor giant images.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 8 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 8 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "filters": {"one_line_for_suspicious": {"()": "clinic_site.log.OneLineForSuspiciousRequests"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["one_line_for_suspicious"],
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # Wagtail runs its index updates as tasks, and each one would log two lines.
        "django_tasks": {"level": "WARNING"},
    },
}

# Consultation requests (consultations/): how long they are kept, and how many one address
# may send in a window before it is asked to call instead.
FORM_SUBMISSION_RETENTION_DAYS = env.int("FORM_SUBMISSION_RETENTION_DAYS", default=90)
FORM_RATE_LIMIT_REQUESTS = env.int("FORM_RATE_LIMIT_REQUESTS", default=5)
FORM_RATE_LIMIT_SECONDS = env.int("FORM_RATE_LIMIT_SECONDS", default=600)
# Site search (pages.views.search): searches one address may make in a window. Nobody types
# this many; a script looping on search to load the database gets a "please wait" page.
SEARCH_RATE_LIMIT_REQUESTS = env.int("SEARCH_RATE_LIMIT_REQUESTS", default=30)
SEARCH_RATE_LIMIT_SECONDS = env.int("SEARCH_RATE_LIMIT_SECONDS", default=60)
# How many proxies in front of the app append to X-Forwarded-For. 0: use the connection's
# address and ignore the header, which any visitor can forge.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# The site settings live in the database, so the page shown during a database outage
# (templates/503.html) shows this number instead.
CLINIC_FALLBACK_PHONE = env("CLINIC_FALLBACK_PHONE", default="(312) 555-1234")

# Page cache (pages/cache.py): how long an anonymous visitor's copy of a page is kept.
# Publishing clears it at once; the limit only bounds anything that changes with the clock.
# 0 turns the page cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Cache headers (pages/front_cache.py): a page the page cache keeps is public for shared
# caches (Varnish, a CDN) for as long, and for browsers this long only (they cannot be
# purged on publish).
BROWSER_CACHE_SECONDS = env.int("BROWSER_CACHE_SECONDS", default=0)
# The HTTP caches in front (Varnish, pages/purge.py): each one's address, to which a publish
# sends a PURGE of the page and any change a page can show a BAN of every page. None: nothing
# is sent. Each call waits this many seconds at most.
FRONTEND_CACHE_URLS = env.list("FRONTEND_CACHE_URLS", default=[])
FRONTEND_CACHE_TIMEOUT = env.float("FRONTEND_CACHE_TIMEOUT", default=2.0)
WAGTAILFRONTENDCACHE = {
    f"front-cache-{number}": {
        "BACKEND": "pages.purge.TimedHTTPBackend",
        "LOCATION": location,
        "TIMEOUT": FRONTEND_CACHE_TIMEOUT,
    }
    for number, location in enumerate(FRONTEND_CACHE_URLS, start=1)
}
# Visit statistics (visits/): counted on this server, nothing about the visitor kept. Off, no
# page view, search or form use is counted. Each process hands its counts to the shared
# cache every VISIT_PUSH_SECONDS; the flusher writes them to the database.
VISIT_COUNTING = env.bool("VISIT_COUNTING", default=True)
VISIT_PUSH_SECONDS = env.float("VISIT_PUSH_SECONDS", default=2.0)

# Security headers. Public pages run no inline script or style at all: a cached page would
# replay a nonce to every visitor, so there is none to allow.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}
# The Wagtail admin's page editor emits inline scripts and styles and previews pages in a
# frame of its own, so staff pages under /admin/ get this looser policy; visitors never do.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
    },
}
# Only the location finder's "use my location" button needs a browser feature; the rest of
# the powerful ones are turned off for this site and anything it might ever frame.
PERMISSIONS_POLICY = {
    "geolocation": "self",
    "accelerometer": [],
    "ambient-light-sensor": [],
    "autoplay": [],
    "bluetooth": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    "interest-cohort": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Image uploads (pages/uploads.py): broken files get a form error, not a server error.
WAGTAILIMAGES_IMAGE_FORM_BASE = "pages.uploads.ImageForm"
# Document uploads (pages/uploads.py): a file must be what its extension says.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "pages.uploads.DocumentForm"

# Staff accounts (staff/): two-step sign-in, lockouts, idle sign-out. See README "Staff accounts".
# Every staff session passes a TOTP code before the admin (staff.middleware.TwoFactorMiddleware).
STAFF_TWO_FACTOR_REQUIRED = True
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# django-otp slows guessing on each device: after n wrong codes in a row, the next try must
# wait 2^(n-1) seconds. 0 would turn that off.
OTP_TOTP_THROTTLE_FACTOR = 1
# A staff member enrols their authenticator app only through a one-time set-up link from an
# administrator (staff.models.SetupLink); this many hours after it is made, it stops working.
STAFF_SETUP_LINK_HOURS = env.int("STAFF_SETUP_LINK_HOURS", default=72)

AUTHENTICATION_BACKENDS = [
    # Refuses a locked-out username + address before the password is even checked. The
    # full AxesBackend (not the standalone one) can also load users from sessions, which
    # Wagtail's test helpers expect of the first backend.
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
# Lock the username from that address only: one address can never lock every account, and
# someone guessing at an account cannot lock its owner out from the owner's own network.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Failures are forgiven once both factors succeed (staff.views), not after the password alone.
AXES_RESET_ON_SUCCESS = False
# "Wait 15 minutes" stays true: retrying during the pause does not restart it.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "staff.views.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# The same address the form rate limit uses: through TRUSTED_PROXY_COUNT proxies, no further.
AXES_CLIENT_IP_CALLABLE = "clinic_site.ratelimit.client_address"
# Keep only what locking needs: no log of every sign-in, no permanent log of failures, and
# no codes or form tokens in the stored request data (passwords are always masked).
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "code", "csrfmiddlewaretoken"]

# A session ends after this long without activity: staff.middleware.IdleSessionMiddleware
# renews it on each request a person makes, not on the editor's background pings. Visitors
# have no session at all.
SESSION_COOKIE_AGE = env.int("SESSION_IDLE_MINUTES", default=60) * 60

# Medical review (pages/review/): a page edited while under review must be approved again,
# and approval publishes exactly the revision that was approved.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_FINISH_WORKFLOW_ACTION = "pages.review.actions.publish_reviewed_revision"
# A reviewer's approval sets the next review this many days later (pages.review.models).
MEDICAL_REVIEW_INTERVAL_DAYS = env.int("MEDICAL_REVIEW_INTERVAL_DAYS", default=365)
