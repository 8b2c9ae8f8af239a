"""The cache backends (clinic_site/cache.py): the cache files every process shares when no
Redis is set, and Redis failing fast: a hung Redis is waited on once, not once per cache call
of every page, and the site says so once when it goes and once when it comes back."""

import logging
import multiprocessing
import os
import socket

import pytest
from django.conf import settings
from django.core.cache import cache
from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted

from clinic_site import cache as redis_cache
from clinic_site.cache import SharedFileCache
from tests.conftest import count_calls, redis_cache_settings
from tests.factories import (
    BlogIndexPageFactory,
    BlogPageFactory,
    StandardPageFactory,
    paragraph,
    small_image,
)

COUNTS_EACH = 40


def _count(location: str, key: str) -> None:
    cache = SharedFileCache(location, {})
    for _ in range(COUNTS_EACH):
        cache.add(key, 0)
        cache.incr(key)


def test_counts_from_several_processes_at_once_are_never_lost(tmp_path):
    location = str(tmp_path / "cache")
    processes = [
        multiprocessing.get_context("fork").Process(target=_count, args=(location, "hits"))
        for _ in range(4)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=60)

    assert SharedFileCache(location, {}).get("hits") == 4 * COUNTS_EACH


def test_add_keeps_what_another_process_stored(tmp_path):
    one, other = SharedFileCache(str(tmp_path), {}), SharedFileCache(str(tmp_path), {})

    assert one.add("token", "first")
    assert not other.add("token", "second")
    assert other.get("token") == "first"


def cache_files(location: str) -> dict[str, tuple[int, int]]:
    """Each cache file with its inode and time of change, which a rewrite (a new file renamed
    over the old one) changes."""
    return {entry.name: (entry.inode(), entry.stat().st_mtime_ns) for entry in os.scandir(location)}


@pytest.mark.skipif(
    settings.CACHES["default"]["BACKEND"] != "clinic_site.cache.SharedFileCache",
    reason="the cache files are the default without Redis",
)
def test_a_page_shown_again_rewrites_none_of_its_images_in_the_cache(client, home):
    """Each rewrite is a new file and a rename, about 10 ms on a busy disk, for every image on
    every page-cache miss (clinic_site/cache.py: RenditionFileCache)."""
    blog = BlogIndexPageFactory(parent=home)
    page = BlogPageFactory(parent=blog, featured_image=small_image())
    # A query string keeps the page cache out of it: each request renders the page.
    assert client.get(page.url + "?first").status_code == 200
    before = cache_files(settings.CACHES["default"]["LOCATION"])

    assert client.get(page.url + "?again").status_code == 200

    after = cache_files(settings.CACHES["default"]["LOCATION"])
    rewritten = [name for name, written in before.items() if after.get(name) != written]
    assert len(before) > 1
    assert rewritten == []


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
