"""The cache files every process shares when no Redis is set (clinic_site.cache)."""

import multiprocessing

from clinic_site.cache import SharedFileCache

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
