"""Shared by `make bench` and `make faults`: the site under gunicorn on a loopback port.

Everything here is bounded: every wait has a deadline, every server is stopped on exit.
"""

import hashlib
import http.client
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"
PYTHON = sys.executable


def exit_cleanly_on_sigterm() -> None:
    """Turn SIGTERM (a CI timeout, say) into an ordinary exit, so `finally` blocks stop the
    servers this script started instead of leaving them running."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def free_port() -> int:
    """A free loopback port, or BENCH_PORT when set (on a machine where each user keeps to
    ports of their own)."""
    if os.environ.get("BENCH_PORT"):
        return int(os.environ["BENCH_PORT"])
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# A consultation request as a visitor would fill in the demo form (make faults, make
# cluster-check).
DEMO_FORM_ANSWERS = {
    "first_name": "Wren",
    "last_name": "Okafor",
    "phone": "(773) 555-0100",
    "preferred_location": "no-preference",
    "preferred_contact_method": "Phone call",
    "best_time_to_reach_you": ["Morning (9am to noon)"],
    "how_did_you_hear_about_us": "Search engine",
    "consent": "on",
}
# What a check script (make faults, make cluster-check) found wrong, in order.
failures: list[str] = []


def check(condition: bool, message: str) -> bool:
    """Print one check's outcome, and remember a failure for the script's exit status."""
    print(f"  {'ok  ' if condition else 'FAIL'} {message}", flush=True)
    if not condition:
        failures.append(message)
    return condition


def ensure_database(postgres_url: str, name: str) -> None:
    """Create the database `name` on the server at `postgres_url` unless it exists."""
    import psycopg2

    connection = psycopg2.connect(f"{postgres_url}/postgres", connect_timeout=5)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def production_env(**overrides: str) -> dict[str, str]:
    """Production settings, served over plain HTTP on loopback."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "REDIS_URL", "CACHE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="clinic_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        HTTPS="off",
        SERVE_MEDIA="on",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    env.update(overrides)
    return env


SETUP = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo_content", verbosity=0)
"""


def prepare_site(env: dict[str, str]) -> None:
    """Migrate and add any missing demo content (no-ops when done), and collect static files
    when they changed since the last collection."""
    subprocess.run([PYTHON, "-c", SETUP], cwd=BASE_DIR, env=env, check=True, timeout=600)
    collect_static(env)


def collect_static(env: dict[str, str]) -> None:
    """Collect static files, which production settings serve from their manifest, unless they
    are unchanged since the last collection."""
    fingerprint = static_fingerprint()
    marker = BASE_DIR / "staticfiles" / ".bench-fingerprint"
    if not marker.exists() or marker.read_text() != fingerprint:
        subprocess.run(
            [PYTHON, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
            cwd=BASE_DIR,
            env=env,
            check=True,
            timeout=600,
        )
        marker.write_text(fingerprint)


def static_fingerprint() -> str:
    """Changes when our static files or the installed packages (and so the admin's) do."""
    digest = hashlib.sha256((BASE_DIR / "requirements.txt").read_bytes())
    for path in sorted((BASE_DIR / "static").rglob("*")):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def get(port: int, path: str, timeout: float = 10) -> Response:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        reply = connection.getresponse()
        return Response(reply.status, {k.lower(): v for k, v in reply.getheaders()}, reply.read())
    finally:
        connection.close()


def post_form(port: int, path: str, answers: dict[str, str | list[str]], timeout: float = 10):
    """Fill in the form at `path` as a browser does: fetch it for its CSRF cookie and token,
    then send `answers`. Returns the response to the post."""
    form = get(port, path, timeout=timeout)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form.body).group(1)
    cookie = re.search(r"csrftoken=([^;]+)", form.header("Set-Cookie")).group(1)
    body = urlencode({**answers, "csrfmiddlewaretoken": token.decode()}, doseq=True)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(
            "POST",
            path,
            body=body.encode(),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"csrftoken={cookie}",
                "Referer": f"http://127.0.0.1:{port}{path}",
            },
        )
        reply = connection.getresponse()
        return Response(reply.status, {k.lower(): v for k, v in reply.getheaders()}, reply.read())
    finally:
        connection.close()


@dataclass
class Server:
    """A gunicorn master running the site; `workers()` lists its worker processes."""

    port: int
    process: subprocess.Popen
    log_path: Path

    def children(self) -> list[int]:
        # Each thread of the master lists the children it started: the workers are the main
        # thread's, the notification sender another's (gunicorn.conf.py).
        pids = []
        for children in Path(f"/proc/{self.process.pid}/task").glob("*/children"):
            with suppress(FileNotFoundError):
                pids += [int(pid) for pid in children.read_text().split()]
        return pids

    def workers(self) -> list[int]:
        """The web workers; not the background processes gunicorn also starts."""
        return [pid for pid in self.children() if not _is_background(pid)]

    def notifier(self) -> int | None:
        return next((pid for pid in self.children() if _is_notifier(pid)), None)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text().splitlines()[-lines:])
        except FileNotFoundError:
            return ""


def _runs(pid: int, command: bytes) -> bool:
    try:
        return command in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _is_notifier(pid: int) -> bool:
    return _runs(pid, b"send_pending_notifications")


def _is_background(pid: int) -> bool:
    """The notification sender or the visit-count flusher (gunicorn.conf.py)."""
    return _is_notifier(pid) or _runs(pid, b"flush_visits")


@contextmanager
def gunicorn(env: dict[str, str], workers: int = 2, log_name: str = "gunicorn") -> Iterator[Server]:
    port = free_port()
    VAR_DIR.mkdir(exist_ok=True)
    log_path = VAR_DIR / f"{log_name}.log"
    env = {**env, "HOST": "127.0.0.1", "PORT": str(port), "WEB_CONCURRENCY": str(workers)}
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "--config", "gunicorn.conf.py"],
            cwd=BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = Server(port, process, log_path)
    try:
        wait_until(lambda: _answers(port) and len(server.workers()) == workers, 60, server)
        yield server
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=25)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _answers(port: int) -> bool:
    try:
        return get(port, "/healthz", timeout=2).status in (200, 503)
    except OSError:
        return False


def wait_until(condition, seconds: float, server: Server | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server is not None and server.process.poll() is not None:
            raise RuntimeError(f"gunicorn exited:\n{server.log_tail()}")
        if condition():
            return
        time.sleep(0.2)
    tail = server.log_tail() if server else ""
    raise TimeoutError(f"gave up after {seconds} s\n{tail}")


@dataclass
class TcpProxy:
    """A loopback TCP relay that can be cut and restored: a dependency going down and
    coming back, without touching the real (shared) server behind it."""

    target_port: int
    port: int = field(default_factory=free_port)
    _listener: socket.socket | None = None
    _silent: socket.socket | None = None
    _sockets: set = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> None:
        self.stop()
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        """Refuse new connections and cut the open ones, as a crashed server would."""
        if self._silent is not None:
            self._silent.close()
            self._silent = None
        listener, self._listener = self._listener, None
        if listener is not None:
            # shutdown() wakes the thread blocked in accept(); close() alone would not.
            with suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        with self._lock:
            for sock in list(self._sockets):
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self._sockets.clear()

    def hang(self) -> None:
        """Take connections and answer nothing, as a stuck server does: each client waits for
        its own timeout. `start()` relays again."""
        self.stop()
        silent = socket.socket()
        silent.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        silent.bind(("127.0.0.1", self.port))
        silent.listen(64)  # never accepted: the kernel completes connections, nothing replies
        self._silent = silent

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            if self._listener is not listener:
                client.close()
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._sockets.update((client, upstream))
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(src, dst), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            with self._lock:
                for sock in (src, dst):
                    if sock in self._sockets:
                        self._sockets.discard(sock)
                        sock.close()
