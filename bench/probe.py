"""Run in the site's own environment by bench/run.py, with the page cache off: for each path,
the SQL queries, the HTML size and the CPU time of one render, measured in-process, in one
of two modes:

- "miss": a page-cache miss with every other cache warm (the menu and footer fragments, image
  renditions, Wagtail's site root paths), which is what a signed-in editor or a visitor with
  a session cookie costs;
- "empty": every configured cache emptied before each render, the dearest a render can be.

Usage: python -m bench.probe MODE PATH...   Prints one JSON list.
"""

import json
import statistics
import sys
import time
from collections.abc import Callable

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django_redis.cache import RedisCache  # noqa: E402
from django_redis.client.default import glob_escape  # noqa: E402

REPEAT = 20


def keep_caches() -> None:
    pass


def empty_caches() -> None:
    for alias in settings.CACHES:
        cache = caches[alias]
        if isinstance(cache, RedisCache):
            # django-redis's clear() flushes the whole Redis database, whoever else's keys it
            # holds, and its delete_pattern() reaches one key version (Wagtail keeps the site
            # root paths under another): delete every key under this site's prefix instead.
            redis = cache.client.get_client(write=True)
            if keys := list(redis.scan_iter(match=f"{glob_escape(cache.key_prefix)}:*")):
                redis.delete(*keys)
        else:
            cache.clear()


MODES: dict[str, Callable[[], None]] = {"miss": keep_caches, "empty": empty_caches}


def measure(path: str, before_render: Callable[[], None]) -> dict:
    client = Client(HTTP_HOST="127.0.0.1")
    # The first render in the mode pays what a process pays once (templates loaded, the
    # connection opened, content types looked up) and, for "miss", fills the caches.
    before_render()
    client.get(path)
    before_render()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    # Counted now: each request clears the connection's query log.
    queries = len(captured)
    cpu = []
    for _ in range(REPEAT):
        before_render()
        start = time.process_time()
        client.get(path)
        cpu.append(time.process_time() - start)
    return {
        "path": path,
        "status": response.status_code,
        "queries": queries,
        "html_bytes": len(response.content),
        "cpu_ms": statistics.median(cpu) * 1000,
    }


if __name__ == "__main__":
    if settings.PAGE_CACHE_SECONDS > 0:
        sys.exit("bench.probe measures renders: run it with PAGE_CACHE_SECONDS=0.")
    mode, *paths = sys.argv[1:]
    print(json.dumps([measure(path, MODES[mode]) for path in paths]))
