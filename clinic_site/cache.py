"""The cache every process of one machine shares when no Redis is configured.

Django's file-based cache, whose `add()` and `incr()` read and then write, made atomic
across processes with a lock file: a rate limit counted by several gunicorn workers at once
must not lose a count. Reads (every page-cache lookup) take no lock.
"""

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache


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
