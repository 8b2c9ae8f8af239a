"""The loop of a background process that gunicorn starts beside its workers (gunicorn.conf.py).

`repeat()` runs one round every few seconds until the process is stopped or the process that
started it is gone, replacing broken database connections between rounds and waiting out a
database outage. The consultation notifier and the visit-count flusher both run in it.
"""

import logging
import os
import time
from collections.abc import Callable

from django.db import DatabaseError, close_old_connections, connection

logger = logging.getLogger(__name__)


def repeat(
    one_round: Callable[[], object], interval: float, rounds: int | None = None, what: str = ""
) -> None:
    """Call `one_round` every `interval` seconds, `rounds` times (None: until stopped)."""
    parent, done = os.getppid(), 0
    while (rounds is None or done < rounds) and os.getppid() == parent:
        # A connection broken by an outage is replaced, as a web request's would be (never
        # inside a transaction, which closing would end: tests run rounds in one).
        if not connection.in_atomic_block:
            close_old_connections()
        try:
            one_round()
        except DatabaseError:
            logger.warning("%s: the database did not answer; trying again shortly.", what)
        done += 1
        if rounds is None or done < rounds:
            time.sleep(interval)
