import os
import shutil
import subprocess
import sys
from pathlib import Path

import hypothesis
import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django_redis.client.default import glob_escape
from wagtail.models import Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from clinic_site.cache import FailFastRedisCache
from demo.loader import ensure_home


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run transactional tests last.

    A transactional test empties every table when it ends, Wagtail's root page included, and
    pytest-django orders tests that reach the database only through fixtures after it.
    """
    items.sort(key=_is_transactional)


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and (marker.kwargs.get("transaction") or "transactional_db" in marker.args))


@pytest.fixture(scope="session", autouse=True)
def remove_test_media():
    """This run's uploads, renditions, documents and cache files go when it ends
    (clinic_site/settings/test.py)."""
    yield
    shutil.rmtree(django_settings.MEDIA_ROOT, ignore_errors=True)
    shutil.rmtree(django_settings.PRIVATE_MEDIA_ROOT, ignore_errors=True)
    if django_settings.CACHES["default"]["BACKEND"] == "clinic_site.cache.SharedFileCache":
        shutil.rmtree(django_settings.CACHES["default"]["LOCATION"], ignore_errors=True)


@pytest.fixture
def home(db):
    """A site whose root is the clinic's home page, as the demo loader builds it."""
    return ensure_home()


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


def load_demo_site() -> Site:
    """Build the whole demo site with the command `make run` uses.

    Without Wagtail's reference index (where each page, image and snippet is used), which no
    test of the built site reads: keeping it costs a quarter of the build. The loader's own
    tests (tests/demo/test_load_demo_content.py) run the command with it.
    """
    with disable_reference_index_auto_update():
        call_command("load_demo_content", verbosity=0)
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def demo_site(db):
    """The whole demo site, built by the same command `make run` uses."""
    return load_demo_site()


@pytest.fixture
def consultation_page(home, site):
    """The consultation form page with its default questions, as the demo loader builds it."""
    from consultations.models import ConsultationPage
    from demo import forms as demo_forms

    demo_forms.load(home=home, site=site)
    return ConsultationPage.objects.get()


@pytest.fixture
def send(client):
    """Post a consultation request as a browser would: the valid one unless told otherwise."""
    from tests.consultations.consultation import URL, VALID

    def post(data=None, **extra):
        return client.post(URL, VALID if data is None else data, **extra)

    return post


def clear_cache() -> None:
    """Empty this run's cache: with Redis, only this run's keys (KEY_PREFIX), never the whole
    database another run or site may share."""
    if hasattr(cache, "delete_pattern"):
        # Every version of them: delete_pattern("*") matches only the default version, and
        # Wagtail keeps its site root paths under version 2.
        redis = cache.client.get_client(write=True)
        keys = list(redis.scan_iter(match=glob_escape(cache.key_prefix) + ":*"))
        if keys:
            redis.delete(*keys)
    else:
        cache.clear()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached pages must not leak between tests, nor a
    token left unsent by a test whose cache was down."""
    from pages import cache as page_cache

    clear_cache()
    page_cache.token_unsent.clear()
    yield
    clear_cache()
    page_cache.token_unsent.clear()


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Make a change as the admin would, committing, so the page cache hears of it: what waits
    for the commit (a new generation token) runs as the change returns."""

    def run(change, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return change(*args, **kwargs)

    return run


@pytest.fixture
def cold_rendition_cache(settings):
    """Keep no rendition in the cache between requests, as after a restart or a Redis flush.

    A listing must then find its renditions in what it fetched up front; a spec that its
    template asks for but it did not fetch costs a query per image, which a query budget
    catches.
    """
    settings.CACHES = {
        **settings.CACHES,
        "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }


# Generated-input tests (tests/test_bad_input.py): the same examples on every CI run, so a
# failure is reproducible; HYPOTHESIS_PROFILE=explore searches more widely on a laptop.
hypothesis.settings.register_profile(
    "ci",
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        hypothesis.HealthCheck.function_scoped_fixture,
        hypothesis.HealthCheck.too_slow,
    ],
)
hypothesis.settings.register_profile(
    "explore",
    parent=hypothesis.settings.get_profile("ci"),
    max_examples=500,
    derandomize=False,
)
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# A password that passes the site's password rules, for every staff account the tests make.
STAFF_PASSWORD = "plum-harbour-lantern-47"


@pytest.fixture
def make_staff(db, django_user_model):
    """Make a staff member in the named groups (created by pages' migrations)."""
    from django.contrib.auth.models import Group

    def make(username: str, *groups: str, **fields):
        user = django_user_model.objects.create_user(
            username=username,
            email=f"{username}@clinic.example",
            password=STAFF_PASSWORD,
            **fields,
        )
        user.groups.add(*Group.objects.filter(name__in=groups))
        return user

    return make


@pytest.fixture(scope="class")
def demo_site_for_class(django_db_setup, django_db_blocker):
    """The whole demo site, built once for a class of tests that only read it.

    Each test still runs in its own transaction inside this one, and everything is rolled
    back when the class ends, so no other test sees the demo content. (Outside a class, a
    class-scoped fixture is built for each test.)
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield load_demo_site()
        transaction.set_rollback(True)


@pytest.fixture
def shared_demo_site(demo_site_for_class, db):
    """The demo site built once for the class, for a test that only reads it."""
    return demo_site_for_class


def redis_cache_settings(location: str) -> dict:
    """The cache settings production uses for Redis at `location`."""
    return {
        "default": {
            "BACKEND": "clinic_site.cache.FailFastRedisCache",
            "LOCATION": location,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
                "RETRY_SECONDS": 5,
            },
        }
    }


@pytest.fixture
def no_redis_outage_yet():
    """Forget any outage an earlier test left the fail-fast cache skipping Redis for."""
    FailFastRedisCache.forget_outages()
    yield
    FailFastRedisCache.forget_outages()


@pytest.fixture
def redis_down(settings, no_redis_outage_yet):
    """The cache is Redis, and Redis does not answer: nothing listens on port 1, so every
    cache call fails, and django-redis ignores the failure as production's settings ask."""
    settings.CACHES = redis_cache_settings("redis://127.0.0.1:1/0")


def count_calls(monkeypatch, cls: type, names: tuple[str, ...]) -> list[str]:
    """The names of the calls made to these methods of `cls` from now on, in order."""
    calls = []
    for name in names:
        original = getattr(cls, name)

        def counted(self, *args, _original=original, _name=name, **kwargs):
            calls.append(_name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, counted)
    return calls


BASE_DIR = Path(__file__).resolve().parent.parent


def run_django(code: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `code` in a fresh Python process with Django set up from `env` (its settings module
    and environment, as a server started with them would read them)."""
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
