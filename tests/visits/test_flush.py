"""Writing the cache's batches to the database (visits/flush.py)."""

from io import StringIO

from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from visits import counting, flush
from visits.models import FlushState, PageViewCount

DAY = timezone.localdate().isoformat()


def push(*paths: str) -> None:
    for path in paths:
        counting.tally.counts[(counting.PAGE, DAY, path)] += 1
    assert counting.tally.push()


def test_batches_from_several_processes_are_added_up(db):
    push("/", "/learn/")
    push("/")
    assert flush.flush() == 2
    assert dict(PageViewCount.objects.values_list("path", "count")) == {"/": 2, "/learn/": 1}
    assert FlushState.objects.get().last_batch == 2


def test_a_batch_not_yet_in_the_cache_is_waited_for_then_given_up(db):
    number = counting.next_batch_number()  # A process took a number and died.
    push("/")
    for _ in range(flush.WAIT_ROUNDS):
        assert flush.flush() == 0
    assert flush.flush() == 2
    assert PageViewCount.objects.get().count == 1
    assert FlushState.objects.get().last_batch == number + 1


def test_only_one_flusher_works_at_a_time(db):
    push("/")
    cache.add(flush.LEASE_KEY, "another server", timeout=60)
    assert flush.flush() == 0
    cache.delete(flush.LEASE_KEY)
    assert flush.flush() == 1


def test_an_emptied_cache_starts_the_numbers_again(db):
    FlushState.objects.create(pk=1, last_batch=500)
    push("/")
    assert flush.flush() == 1
    assert PageViewCount.objects.get().count == 1


def test_the_command_writes_once(db):
    push("/")
    call_command("flush_visits", stdout=StringIO())
    assert PageViewCount.objects.get().count == 1


def test_the_watching_flusher_waits_out_a_database_outage(db, monkeypatch):
    def broken():
        from django.db import OperationalError

        raise OperationalError("database down")

    monkeypatch.setattr(flush, "flush_round", broken)
    flush.watch(interval=0, rounds=2)  # Logged and survived, not raised.
