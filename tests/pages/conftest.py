import pytest

from clinic_site.cache import FailFastRedisCache
from tests.factories import ArticleIndexPageFactory, ConditionIndexPageFactory, TeamPageFactory


@pytest.fixture
def learn(home):
    return ArticleIndexPageFactory(parent=home)


@pytest.fixture
def conditions_index(home):
    return ConditionIndexPageFactory(parent=home)


@pytest.fixture
def team_page(home):
    return TeamPageFactory(parent=home)


def redis_cache(location: str) -> dict:
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
    settings.CACHES = redis_cache("redis://127.0.0.1:1/0")


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
