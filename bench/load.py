"""Sustained load for `make bench`: keep-alive clients cycle through the pages while gunicorn
recycles its workers, and every response's completion time is kept, to report the errors and
the longest interval in which no response completed at all.

Bounded: clients send nothing after the deadline, each request waits at most `timeout`.
"""

import http.client
import statistics
import threading
import time
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from bench.server import Server

# A request on a kept-alive connection that the server has just closed fails before any
# answer comes. Browsers and HTTP libraries send such a request again on a new connection
# (RFC 9112, 9.3.1); this client does so once, and counts it.
STALE_CONNECTION = (
    http.client.RemoteDisconnected,
    ConnectionResetError,
    ConnectionAbortedError,
    BrokenPipeError,
)
WORKER_POLL_SECONDS = 0.05


@dataclass
class LoadResult:
    seconds: float
    requests: int
    errors: Counter
    retried: int
    longest_gap_s: float
    gap_at_s: float
    p99_ms: float
    max_ms: float
    workers_at_start: int
    workers_seen: int

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def restarts(self) -> int:
        return self.workers_seen - self.workers_at_start


@dataclass
class _Tally:
    # (sent, completed) of each answered request, whatever its status; what went wrong.
    answered: list[tuple[float, float, int]]
    failures: list[str]
    retried: int = 0


def _client(port: int, paths: list[str], first: int, deadline: float, timeout: float) -> _Tally:
    tally = _Tally([], [])
    connection: http.client.HTTPConnection | None = None
    reused = False  # whether the current connection has answered before
    index = first
    while time.monotonic() < deadline:
        path = paths[index % len(paths)]
        index += 1
        sent = time.monotonic()
        for attempt in (1, 2):
            if connection is None:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
                reused = False
            try:
                connection.request("GET", path)
                reply = connection.getresponse()
                reply.read()
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                connection = None
                if attempt == 1 and reused and isinstance(error, STALE_CONNECTION):
                    tally.retried += 1
                    continue
                tally.failures.append(type(error).__name__)
                break
            tally.answered.append((sent, time.monotonic(), reply.status))
            # http.client opens a new connection itself after a "Connection: close".
            reused = not reply.will_close
            break
    if connection is not None:
        connection.close()
    return tally


def sustained_load(
    server: Server, paths: list[str], seconds: float, connections: int, timeout: float = 10
) -> LoadResult:
    """`connections` keep-alive clients, each cycling through `paths` from its own starting
    point, for `seconds`; the web workers are listed every WORKER_POLL_SECONDS meanwhile."""
    seen: set[int] = set(server.workers())
    workers_at_start = len(seen)
    stop = threading.Event()

    def poll_workers() -> None:
        while not stop.wait(WORKER_POLL_SECONDS):
            seen.update(server.workers())

    poller = threading.Thread(target=poll_workers, daemon=True)
    poller.start()
    tallies: list[_Tally] = []
    start = time.monotonic()
    deadline = start + seconds

    def run(first: int) -> None:
        tallies.append(_client(server.port, paths, first, deadline, timeout))

    clients = [
        threading.Thread(target=run, args=(n * len(paths) // connections,), daemon=True)
        for n in range(connections)
    ]
    for client in clients:
        client.start()
    for client in clients:
        # A request sent just before the deadline, and its one retry, end by then.
        client.join(timeout=max(0.0, deadline - time.monotonic()) + 2 * timeout + 5)
    stop.set()
    poller.join(timeout=5)
    if len(tallies) < connections:
        raise RuntimeError("a load client stopped early or did not finish in time")

    answered = [row for tally in tallies for row in tally.answered]
    errors = Counter(name for tally in tallies for name in tally.failures)
    errors.update(f"HTTP {status}" for _, _, status in answered if not 200 <= status < 400)
    completed = sorted(done for _, done, status in answered if 200 <= status < 400)
    # The run lasts until its deadline, or until the last answer to a request sent before it.
    edges = [start, *completed, max([deadline, *completed])]
    longest_gap, gap_from = max((b - a, a) for a, b in pairwise(edges))
    latencies = sorted((done - sent) * 1000 for sent, done, _ in answered) or [0.0]
    return LoadResult(
        seconds=edges[-1] - start,
        requests=len(answered) + sum(len(tally.failures) for tally in tallies),
        errors=errors,
        retried=sum(tally.retried for tally in tallies),
        longest_gap_s=longest_gap,
        gap_at_s=gap_from - start,
        p99_ms=statistics.quantiles(latencies, n=100)[98] if len(latencies) > 1 else latencies[0],
        max_ms=latencies[-1],
        workers_at_start=workers_at_start,
        workers_seen=len(seen),
    )
