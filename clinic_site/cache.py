"""The cache backends: every process shares one cache, and none waits long on it.

- SharedFileCache, the default without Redis: Django's file-based cache, shared by every
  process on one machine, whose `add()` and `incr()` (read, then write) take a lock file so a
  rate limit counted by several workers at once never loses a count. Reads take no lock.
- RenditionFileCache, Wagtail's "renditions" cache on the same files: each rendition is
  written once, not again on every page that shows it.
- FailFastRedisCache, with REDIS_URL: django-redis, which already turns a failed call into a
  miss (IGNORE_EXCEPTIONS); here, once a call fails, the calls after it skip Redis for
  RETRY_SECONDS instead of each waiting SOCKET_TIMEOUT on a hung server. An outage is logged
  when it starts and when it ends, not with a traceback per call.
"""

import fcntl
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger(__name__)

DEFAULT_RETRY_SECONDS = 5.0
# What django-redis's cache reads from its client without asking Redis anything.
NOT_REDIS_CALLS = {"close"}


class SharedFileCache(FileBasedCache):
    def __init__(self, dir: str, params: dict) -> None:
        super().__init__(dir, params)
        self.lock_path = os.path.join(os.path.abspath(dir), "writes.lock")

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        os.makedirs(os.path.dirname(self.lock_path), exist_ok=True)
        with open(self.lock_path, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        with self.exclusive():
            return super().add(key, value, timeout=timeout, version=version)

    def incr(self, key, delta=1, version=None) -> int:
        with self.exclusive():
            return super().incr(key, delta, version=version)


class FailFastRedisCache(RedisCache):
    """django-redis's cache, skipping Redis for OPTIONS["RETRY_SECONDS"] (default 5) after a
    call fails. The state is per process and per server, shared by every thread's instance."""

    # LOCATION: the time until which calls skip Redis (absent or past while it answers).
    _skip_until: dict[str, float] = {}

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._retry_seconds = float(
            params.get("OPTIONS", {}).get("RETRY_SECONDS", DEFAULT_RETRY_SECONDS)
        )

    @property
    def client(self):
        return _FailFastClient(super().client, self)

    @classmethod
    def forget_outages(cls) -> None:
        """Forget every failure this process has seen, so the next call to any server asks
        Redis: for a process whose cache settings have just changed (the test suite's)."""
        cls._skip_until.clear()

    def is_skipping(self) -> bool:
        """Whether calls skip Redis now, after a recent failure."""
        return time.monotonic() < self._skip_until.get(self._server, 0.0)

    def _failed(self, error: ConnectionInterrupted) -> None:
        if self._server not in self._skip_until:
            logger.warning(
                "Redis cache unavailable (%s): pages are served without it; "
                "trying again every %g s.",
                error,
                self._retry_seconds,
            )
        self._skip_until[self._server] = time.monotonic() + self._retry_seconds

    def _answered(self) -> None:
        if self._skip_until.pop(self._server, None) is not None:
            logger.warning("Redis cache available again.")


class _FailFastClient:
    """Stands in for django-redis's client: a call is refused at once, as a failed one would
    be, while its cache is skipping Redis."""

    def __init__(self, client, cache: FailFastRedisCache):
        self._client = client
        self._cache = cache

    def __getattr__(self, name: str):
        attribute = getattr(self._client, name)
        if name.startswith("_") or name in NOT_REDIS_CALLS or not callable(attribute):
            return attribute

        def call(*args, **kwargs):
            if self._cache.is_skipping():
                # django-redis answers this as it answers a failed call: a cache miss.
                raise ConnectionInterrupted(connection=None)
            try:
                result = attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                self._cache._failed(error)
                raise
            self._cache._answered()
            return result

        return call


class RenditionFileCache(SharedFileCache):
    """Wagtail's rendition cache on the shared files, writing each rendition once.

    Wagtail 8.0.1 writes every rendition it found in the cache back to the cache each time a
    page shows it (wagtail/wagtail#14541, fixed after that release): with Redis one cheap
    call a page, with files a new file and a rename for each image on every render, about
    10 ms apiece on a busy disk. A rendition's key names its image, filter and focal point,
    so what it holds never changes while it lives; Wagtail deletes the key with the rendition.
    """

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> None:
        if not self.has_key(key, version=version):
            super().set(key, value, timeout=timeout, version=version)
