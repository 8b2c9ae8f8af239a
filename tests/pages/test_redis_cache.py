"""Redis failing: a hung Redis is waited on once, not once per cache call of every page; the
site says so once when it goes and once when it comes back; and a change made while the cache
is down still clears it once it returns."""

import logging
import socket

import pytest
from django.core.cache import cache
from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted

from clinic_site import cache as redis_cache
from pages.models import StandardPage
from tests.conftest import count_calls, redis_cache_settings
from tests.factories import StandardPageFactory, paragraph

REDIS_CALLS = ("get", "set", "add", "get_many", "set_many", "delete", "incr")


@pytest.fixture
def hung_redis(settings, no_redis_outage_yet):
    """Redis that takes connections and never answers, as a stuck server or a proxy in front
    of a dead one does: each call waits for the socket timeout, then fails."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)  # never accepted: the kernel completes connections, nothing replies
    settings.CACHES = redis_cache_settings(f"redis://127.0.0.1:{listener.getsockname()[1]}/0")
    yield
    listener.close()


@pytest.fixture
def redis_asked(monkeypatch) -> list[str]:
    """The calls that reached Redis (django-redis's client), by name."""
    return count_calls(monkeypatch, DefaultClient, REDIS_CALLS)


@pytest.fixture
def clock(monkeypatch):
    """The fail-fast cache's clock, moved on by hand."""

    class Clock:
        now = 1000.0

    monkeypatch.setattr(redis_cache.time, "monotonic", lambda: Clock.now)
    return Clock


def test_a_hung_redis_is_waited_on_once_not_on_every_call(client, home, hung_redis, redis_asked):
    StandardPageFactory(parent=home, slug="about", body=paragraph("How to find us"))

    responses = [client.get("/about/") for _ in range(3)]

    assert [r.status_code for r in responses] == [200, 200, 200]
    assert "How to find us" in responses[-1].content.decode()
    # Each of those pages asks the cache several times; only the first call waited on Redis.
    assert len(redis_asked) == 1


def test_redis_is_asked_again_after_the_retry_interval(hung_redis, redis_asked, clock):
    assert cache.get("anything") is None
    assert cache.get("anything") is None
    assert len(redis_asked) == 1

    clock.now += 5.1

    assert cache.get("anything") is None
    assert len(redis_asked) == 2


def test_an_outage_is_logged_when_it_starts_and_when_it_ends(
    hung_redis, clock, monkeypatch, caplog
):
    answers = iter([ConnectionInterrupted(None), ConnectionInterrupted(None), "answer"])

    def flaky_get(self, key, **kwargs):
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(DefaultClient, "get", flaky_get)
    with caplog.at_level(logging.WARNING, logger="clinic_site.cache"):
        for _ in range(2):  # down, and still down when asked again
            assert cache.get("key") is None
            assert cache.get("key") is None  # skipped
            clock.now += 5.1
        assert cache.get("key") == "answer"

    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2
    assert messages[0].startswith("Redis cache unavailable")
    assert messages[1] == "Redis cache available again."


def test_a_publish_while_the_cache_is_down_clears_it_once_it_is_back(
    client, home, publish, monkeypatch
):
    page = StandardPageFactory(parent=home, slug="about", body=paragraph("Old opening hours"))
    assert "Old opening hours" in client.get("/about/").content.decode()  # now cached
    page = StandardPage.objects.get(pk=page.pk)
    page.body = paragraph("New opening hours")
    # The cache is down for the publish: the new token goes nowhere.
    with monkeypatch.context() as outage:
        outage.setattr(cache, "set", lambda *args, **kwargs: None)
        publish(page.save_revision().publish)

    # Back again, holding the page stored before the publish under the token it still has.
    html = client.get("/about/").content.decode()

    assert "New opening hours" in html and "Old opening hours" not in html
