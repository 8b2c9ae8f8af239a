"""Writing the cache's batches of counts to the database, a few seconds apart.

`manage.py flush_visits --watch SECONDS` (started beside the web workers by gunicorn.conf.py,
as the notification sender is) runs `flush()` every few seconds; without `--watch` it runs
once. Only one flusher works at a time (a lease in the cache), so several servers sharing
Redis never write a batch twice, and the number of the last batch written is stored in the
same transaction as the counts: a flusher that dies half-way writes nothing, and the next
round takes the batches up again. Once a day it also rolls up old counts and drops the
search terms too rare to show (visits/rollup.py).
"""

from __future__ import annotations

import datetime
import logging
import os
from collections import Counter, defaultdict

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from clinic_site.background import repeat

from . import counting
from .models import FlushState, FormCount, PageViewCount, ReferrerCount, SearchTermCount
from .rollup import tidy

logger = logging.getLogger(__name__)

LEASE_KEY = "visits:flushing"
LEASE_SECONDS = 60
# At most this many batches a round, so one round stays short after a long outage.
MAX_BATCHES = 500
# A batch number handed out but not yet in the cache is waited for this many rounds (its
# process may be between the two calls), then given up (the process died in between).
WAIT_ROUNDS = 2

_waited: dict[int, int] = {}


def merge(batches: list[dict]) -> Counter:
    total: Counter = Counter()
    for batch in batches:
        total.update(batch)
    return total


def _add(model, fields: dict, count: int = 0, submissions: int = 0) -> None:
    updates = {}
    if count:
        updates["count"] = F("count") + count
    if submissions:
        updates["submissions"] = F("submissions") + submissions
    if not updates:
        return
    if not model.objects.filter(monthly=False, **fields).update(**updates):
        extra = {"submissions": submissions} if submissions else {}
        model.objects.create(monthly=False, count=count, **fields, **extra)


def write(counts: Counter) -> None:
    """Add merged counts to the daily rows (inside the caller's transaction)."""
    forms: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for key, n in counts.items():
        kind, day, *rest = key
        day = datetime.date.fromisoformat(day)
        if kind == counting.PAGE:
            _add(PageViewCount, {"day": day, "path": rest[0]}, n)
        elif kind == counting.REFERRER:
            _add(ReferrerCount, {"day": day, "host": rest[0]}, n)
        elif kind == counting.SEARCH:
            _add(SearchTermCount, {"day": day, "term": rest[0]}, n)
        elif kind in (counting.FORM_VIEW, counting.FORM_SUBMISSION):
            forms[(day, rest[0], rest[1])][kind == counting.FORM_SUBMISSION] += n
    for (day, page_id, clinic), (views, submissions) in forms.items():
        _add(FormCount, {"day": day, "page_id": page_id, "clinic": clinic}, views, submissions)


def flush() -> int:
    """Write every batch waiting in the cache. Returns how many batches were written."""
    token = f"{os.getpid()}:{timezone.now().timestamp()}"
    if not cache.add(LEASE_KEY, token, timeout=LEASE_SECONDS):
        return 0  # Another flusher is at work (or the cache is down: nothing to read).
    try:
        return _flush_batches()
    finally:
        if cache.get(LEASE_KEY) == token:
            cache.delete(LEASE_KEY)


def _flush_batches() -> int:
    state, _ = FlushState.objects.get_or_create(pk=1)
    newest = cache.get(counting.SEQUENCE_KEY)
    if newest is None:
        return 0
    start = state.last_batch + 1
    if newest < state.last_batch:
        # The cache was emptied (a Redis restart): its numbers start again from 1.
        start = 1
    numbers = list(range(start, min(newest, start + MAX_BATCHES - 1) + 1))
    found = cache.get_many([f"{counting.BATCH_PREFIX}{n}" for n in numbers])
    taken: list[int] = []
    for n in numbers:
        if f"{counting.BATCH_PREFIX}{n}" in found:
            taken.append(n)
            continue
        _waited[n] = _waited.get(n, 0) + 1
        if _waited[n] <= WAIT_ROUNDS:
            break  # Its batch may be on its way: stop here and look again next round.
        taken.append(n)  # Given up: its process stopped between the number and the batch.
    if not taken:
        return 0
    counts = merge([found.get(f"{counting.BATCH_PREFIX}{n}", {}) for n in taken])
    with transaction.atomic():
        write(counts)
        FlushState.objects.filter(pk=1).update(last_batch=taken[-1])
    cache.delete_many([f"{counting.BATCH_PREFIX}{n}" for n in taken])
    for n in taken:
        _waited.pop(n, None)
    return len(taken)


def flush_round() -> None:
    # This process's own counts first (a management command counts submissions it stores).
    counting.tally.push()
    flush()
    today = timezone.localdate()
    state = FlushState.objects.filter(pk=1).first()
    if state is not None and state.last_day != today:
        tidy(today)
        FlushState.objects.filter(pk=1).update(last_day=today)


def watch(interval: float, rounds: int | None = None) -> None:
    """Flush every `interval` seconds until stopped; a database outage is waited out, and
    the batches wait in the cache meanwhile."""
    repeat(flush_round, interval, rounds, what="Visit counts could not be written")
