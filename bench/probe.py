"""Run in the site's own environment by bench/run.py: for each path, the SQL queries, the
HTML size and the CPU time of one uncached render, measured in-process."""

import json
import statistics
import sys
import time

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

REPEAT = 20


def measure(path: str) -> dict:
    client = Client(HTTP_HOST="127.0.0.1")
    client.get(path)  # first render loads templates and opens the connection
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    # Counted now: each request clears the connection's query log.
    queries = len(captured)
    cpu = []
    for _ in range(REPEAT):
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
    print(json.dumps([measure(path) for path in sys.argv[1:]]))
