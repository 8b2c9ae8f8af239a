"""A stand-in for Varnish on a loopback port: it records the PURGE and BAN requests it gets."""

import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port() -> int:
    """A free loopback port: from TEST_PORTS ("8600-8699") on a machine where each user keeps
    to ports of their own, otherwise any the system hands out."""
    first, _, last = os.environ.get("TEST_PORTS", "0-0").partition("-")
    for port in range(int(first), int(last) + 1):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port if port else sock.getsockname()[1]
    raise RuntimeError(f"no free port in TEST_PORTS={os.environ['TEST_PORTS']}")


@dataclass
class Recorded:
    requests: list[tuple[str, str, str]] = field(default_factory=list)

    def of(self, method: str) -> list[tuple[str, str]]:
        return [(host, path) for m, host, path in self.requests if m == method]


@contextmanager
def fake_front_cache() -> Iterator[tuple[str, Recorded]]:
    """An HTTP server answering 200 to PURGE and BAN; yields its address and what it got."""
    recorded = Recorded()

    class Handler(BaseHTTPRequestHandler):
        def record(self):
            recorded.requests.append((self.command, self.headers.get("Host", ""), self.path))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_PURGE = do_BAN = do_GET = record

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", recorded
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def silent_front_cache() -> Iterator[str]:
    """A port that takes connections and never answers, as a hung cache does."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", free_port()))
    sock.listen(16)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()
