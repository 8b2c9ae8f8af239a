"""The test suite: fast hashing, no real email, plain static files."""

import os

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
}
# The caches production uses: Redis when REDIS_URL names it (CI's PostgreSQL pass), otherwise
# the cache files every process shares; either way this run's own, emptied before each test
# (tests/conftest.py), since CI runs passes side by side.
FILE_CACHES = {"clinic_site.cache.SharedFileCache", "clinic_site.cache.RenditionFileCache"}
CACHES = {alias: {**config} for alias, config in CACHES.items()}  # noqa: F405
for config in CACHES.values():
    if config["BACKEND"] in FILE_CACHES:
        config["LOCATION"] = str(BASE_DIR / "var" / "test-cache" / str(os.getpid()))  # noqa: F405
    else:
        config["KEY_PREFIX"] = f"test-{os.getpid()}"
WAGTAILADMIN_BASE_URL = "http://testserver"
# One folder per test run, removed when it ends (tests/conftest.py): CI runs passes side by side.
MEDIA_ROOT = BASE_DIR / "var" / "test-media" / str(os.getpid())  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "var" / "test-private-media" / str(os.getpid())  # noqa: F405
STORAGES["documents"]["OPTIONS"]["location"] = str(PRIVATE_MEDIA_ROOT)  # noqa: F405
# Serve static files from the source folders; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The page cache is on, as in production. It is cleared when a change commits, which a test
# inside its transaction never does: a test that changes content and reads a page again makes
# the change through the `publish` fixture (tests/conftest.py), which runs what waits for the
# commit.

# Other apps' admin tests sign in with the test client's login() or force_login(), which
# carry no request (django-axes needs one) and no second factor. tests/staff switches both
# on; tests/clinic_site/test_settings.py checks that every other settings module keeps them on.
AXES_ENABLED = False
STAFF_TWO_FACTOR_REQUIRED = False
