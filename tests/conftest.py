import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Site

from pages.demo.loader import ensure_home


@pytest.fixture
def home(db):
    """A site whose root is the clinic's home page, as the demo loader builds it."""
    return ensure_home()


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def demo_site(db):
    """The whole demo site, built by the same command `make run` uses."""
    call_command("load_demo_content", verbosity=0)
    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached pages must not leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page_cache(settings):
    """Turn the page cache on (tests run with it off; see clinic_site/settings/test.py)."""
    settings.PAGE_CACHE_SECONDS = 600
