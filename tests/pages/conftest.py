import pytest

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


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Run a change as the admin would, committing, so the caches hear about it."""

    def run(change, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return change(*args, **kwargs)

    return run


@pytest.fixture
def redis_down(settings):
    """The cache is Redis, and Redis does not answer: nothing listens on port 1, so every
    cache call fails, and django-redis ignores the failure as production's settings ask."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
            },
        }
    }
