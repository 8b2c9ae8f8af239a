"""The Redis cache, failing fast: once a call to Redis fails, the calls after it skip Redis for
a few seconds instead of each waiting to fail.

django-redis, told to ignore connection errors (IGNORE_EXCEPTIONS), already makes a failed call
a cache miss. But each call still waits to fail: no time when Redis refuses connections, up to
SOCKET_TIMEOUT when it hangs (a stuck server, a network route that drops packets). A page makes
about ten cache calls, so a hung Redis made every page wait about five seconds, and the workers
were soon all waiting. Here one call waits, the rest of the outage costs nothing, and one call
every RETRY_SECONDS looks to see whether Redis is back.

An outage is logged twice per process, when it starts and when it ends, where django-redis
would log a traceback for every failed call.
"""

import logging
import time
from typing import Any

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger(__name__)

DEFAULT_RETRY_SECONDS = 5.0
# What django-redis's cache reads from its client without asking Redis anything.
NOT_REDIS_CALLS = {"close"}


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
