"""The test suite: fast hashing, no real email, plain static files."""

import os

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
# One folder per test run, removed when it ends (tests/conftest.py): CI runs passes side by side.
MEDIA_ROOT = BASE_DIR / "var" / "test-media" / str(os.getpid())  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "var" / "test-private-media" / str(os.getpid())  # noqa: F405
STORAGES["documents"]["OPTIONS"]["location"] = str(PRIVATE_MEDIA_ROOT)  # noqa: F405
# Serve static files from the source folders; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The page cache is off in tests: a test that changes content and reads the page again would
# otherwise see the cached copy, since invalidation waits for a commit that tests never make.
# The `page_cache` fixture turns it on.
PAGE_CACHE_SECONDS = 0

# Other apps' admin tests sign in with the test client's login() or force_login(), which
# carry no request (django-axes needs one) and no second factor. tests/staff switches both
# on; tests/staff/test_settings_in_force.py checks that every other settings module keeps them on.
AXES_ENABLED = False
STAFF_TWO_FACTOR_REQUIRED = False
