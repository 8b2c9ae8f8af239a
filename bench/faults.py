"""`make faults`: the site under gunicorn on loopback, with its dependencies failing.

- Database down: cached pages still 200, other pages the friendly 503 with the clinic's
  number, /healthz 503; when the database returns, the site recovers by itself.
- Redis hung (taking connections, answering nothing): pages still come promptly, as each
  worker waits on Redis once and then skips it for a few seconds.
- Redis down: the site serves normally (every lookup a cache miss), and uses Redis again by
  itself once it is back.
- A gunicorn worker killed under load: service continues; only requests in flight may fail.
- A mail server that takes connections and never answers: the consultation form still thanks
  each visitor within a second and stores every request; the staff emails go out once mail
  is back.
- Slow clients (twenty connections sending their request a byte a second): other visitors
  are still served within a second.

The database and Redis are reached through loopback relays this script owns (bench.server.
TcpProxy), so an outage is a relay cut: the shared PostgreSQL and Redis servers are never
stopped. Needs PostgreSQL (FAULTS_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432)
and Redis (FAULTS_REDIS_URL, default redis://127.0.0.1:6379/15); the site's database
(FAULTS_DATABASE) is created there if missing and kept. Every wait is bounded.
"""

import hashlib
import http.client
import os
import signal
import socket
import sys
import threading
import time
from urllib.parse import urlsplit

import psycopg2
import redis

from bench.mail import mail_server
from bench.server import (
    BASE_DIR,
    DEMO_FORM_ANSWERS,
    TcpProxy,
    check,
    ensure_database,
    exit_cleanly_on_sigterm,
    failures,
    get,
    gunicorn,
    post_form,
    prepare_site,
    production_env,
    wait_until,
)

POSTGRES_URL = os.environ.get("FAULTS_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("FAULTS_REDIS_URL", "redis://127.0.0.1:6379/15")
# One database per checkout (or FAULTS_DATABASE), kept between runs so only the first run
# pays for migrations.
DATABASE = os.environ.get(
    "FAULTS_DATABASE", "clinic_faults_" + hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:8]
)
CACHED_PAGE = "/"
# A query string bypasses the page cache, so this always reaches the database.
UNCACHED_PAGE = "/?fresh=1"
# Not the demo clinic's number, so the check can tell the 503 page from a real one.
FALLBACK_PHONE = "(312) 555-0142"
# Six pages while Redis hangs: well above what two workers waiting once each take (about 1 s),
# well below what waiting on every cache call takes (over 20 s).
HUNG_REDIS_SECONDS = 5
FORM = "/book-a-consultation/"
# Seconds the notification sender waits on the mail server, and between its rounds.
MAIL_TIMEOUT, NOTIFY_EVERY = 2, 2


def with_port(url: str, port: int) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)
    host = f"127.0.0.1:{port}"
    return parts._replace(netloc=f"{netloc[0]}@{host}" if len(netloc) == 2 else host).geturl()


def database_down(server, db_relay: TcpProxy) -> None:
    print("Database down", flush=True)
    for _ in range(3):
        get(server.port, CACHED_PAGE)  # every worker holds the page (Redis is shared anyway)
    db_relay.stop()
    cached = get(server.port, CACHED_PAGE)
    check(cached.status == 200 and cached.header("X-Cache") == "hit", "cached page still 200")
    uncached = get(server.port, UNCACHED_PAGE)
    body = uncached.body.decode("utf-8", "replace")
    check(uncached.status == 503, f"uncached page 503 (got {uncached.status})")
    check(
        FALLBACK_PHONE in body and "tel:988" in body and "briefly unavailable" in body,
        "the 503 page shows the fallback number and 988",
    )
    check(get(server.port, "/healthz").status == 503, "/healthz 503")

    print("Database back", flush=True)
    db_relay.start()
    started = time.monotonic()
    try:
        wait_until(lambda: get(server.port, "/healthz").status == 200, 15)
        wait_until(lambda: get(server.port, UNCACHED_PAGE).status == 200, 15)
        check(True, f"recovered by itself in {time.monotonic() - started:.1f} s")
    except TimeoutError:
        check(False, "recovered by itself within 30 s")


def redis_hung(server, redis_relay: TcpProxy) -> None:
    print("Redis hung", flush=True)
    redis_relay.hang()
    started = time.monotonic()
    statuses = [get(server.port, path).status for path in [CACHED_PAGE, UNCACHED_PAGE] * 3]
    seconds = time.monotonic() - started
    check(statuses == [200] * 6, f"pages 200 while Redis hangs (got {statuses})")
    # Each cache call waits up to 0.5 s for a hung Redis, and a page makes several: without
    # the fail-fast cache, these six pages took over 20 s.
    check(
        seconds < HUNG_REDIS_SECONDS, f"six pages in {seconds:.1f} s (limit {HUNG_REDIS_SECONDS} s)"
    )
    redis_relay.start()


def redis_down(server, redis_relay: TcpProxy) -> None:
    print("Redis down", flush=True)
    redis_relay.stop()
    statuses = [get(server.port, path).status for path in [CACHED_PAGE, UNCACHED_PAGE] * 3]
    check(statuses == [200] * 6, f"pages 200 without Redis (got {statuses})")
    health = get(server.port, "/healthz")
    check(
        health.status == 200 and b'"cache": "unavailable"' in health.body,
        "/healthz 200, cache reported",
    )
    redis_relay.start()
    started = time.monotonic()
    try:
        # Each worker asks Redis again a few seconds after its last failed call.
        wait_until(lambda: b'"cache": "ok"' in get(server.port, "/healthz").body, 30)
        check(True, f"Redis in use again after {time.monotonic() - started:.1f} s")
    except TimeoutError:
        check(False, "Redis in use again within 30 s")


def worker_killed_under_load(server) -> None:
    print("Worker killed under load", flush=True)
    clients, requests_each = 4, 60
    outcomes: list[bool] = []
    lock = threading.Lock()

    def load(n: int) -> None:
        for i in range(requests_each):
            path = CACHED_PAGE if i % 2 else f"/?client={n}&request={i}"
            try:
                ok = get(server.port, path, timeout=10).status == 200
            except (OSError, http.client.HTTPException):
                ok = False
            with lock:
                outcomes.append(ok)

    threads = [threading.Thread(target=load, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    wait_until(lambda: len(outcomes) >= 20, 30)
    victim = server.workers()[0]
    os.kill(victim, signal.SIGKILL)
    for thread in threads:
        thread.join(timeout=120)
    failed = outcomes.count(False)
    check(
        len(outcomes) == clients * requests_each and failed <= clients,
        f"{len(outcomes) - failed}/{len(outcomes)} requests served; {failed} failed "
        f"(at most the {clients} in flight may)",
    )
    try:
        wait_until(lambda: len(server.workers()) == 2 and victim not in server.workers(), 30)
        check(True, "gunicorn replaced the killed worker")
    except TimeoutError:
        check(False, "gunicorn replaced the killed worker")
    statuses = [get(server.port, UNCACHED_PAGE).status for _ in range(10)]
    check(statuses == [200] * 10, "service continues after the kill")


def pending_requests(database_url: str) -> int:
    connection = psycopg2.connect(database_url)
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM consultations_consultationsubmission"
                " WHERE notified_at IS NULL"
            )
            return cursor.fetchone()[0]
    finally:
        connection.close()


def mail_hung(server, mail_relay: TcpProxy, mail, database_url: str) -> None:
    print("Mail server hung", flush=True)
    mail_relay.hang()
    before = pending_requests(database_url)
    timings = []
    for _ in range(3):
        started = time.monotonic()
        status = post_form(server.port, FORM, DEMO_FORM_ANSWERS).status
        timings.append((status, time.monotonic() - started))
    check(
        [status for status, _ in timings] == [303] * 3,
        f"the form thanks every visitor (got {[status for status, _ in timings]})",
    )
    slowest = max(seconds for _, seconds in timings)
    check(slowest < 1, f"each post answered within a second (slowest {slowest:.2f} s)")
    check(pending_requests(database_url) == before + 3, "all three requests stored")
    time.sleep(NOTIFY_EVERY + MAIL_TIMEOUT)  # the sender tries, and waits out the timeout
    check(pending_requests(database_url) == before + 3, "still waiting to be notified")

    print("Mail server back", flush=True)
    mail_relay.start()
    started = time.monotonic()
    try:
        wait_until(lambda: pending_requests(database_url) == 0, 60)
        check(True, f"staff notified {time.monotonic() - started:.1f} s after mail came back")
    except TimeoutError:
        check(False, "staff notified within a minute of mail coming back")
    check(len(mail.messages) >= 3, f"the mail server received {len(mail.messages)} emails")
    leaked = [m for m in mail.messages if b"Okafor" in m or b"555-0100" in m]
    check(not leaked, "no email holds what the visitor typed")


def _send_slowly(port: int, stop: threading.Event) -> None:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            for byte in b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + b"a" * 100:
                if stop.wait(1):
                    return
                sock.send(bytes([byte]))
    except OSError:
        return


def slow_clients(server) -> None:
    print("Slow clients", flush=True)
    stop = threading.Event()
    senders = [
        threading.Thread(target=_send_slowly, args=(server.port, stop), daemon=True)
        for _ in range(20)
    ]
    for sender in senders:
        sender.start()
    try:
        time.sleep(3)  # every slow client connected and sending
        waits = []
        for path in [CACHED_PAGE, UNCACHED_PAGE, "/healthz"] * 2:
            started = time.monotonic()
            try:
                status = get(server.port, path, timeout=10).status
            except OSError:
                status = 0
            waits.append((status, time.monotonic() - started))
    finally:
        stop.set()
        for sender in senders:
            sender.join(timeout=5)
    statuses = [status for status, _ in waits]
    slowest = max(seconds for _, seconds in waits)
    check(statuses == [200] * 6, f"pages 200 beside 20 slow clients (got {statuses})")
    check(slowest < 1, f"each answered within a second (slowest {slowest:.2f} s)")


def main() -> int:
    exit_cleanly_on_sigterm()
    started = time.monotonic()
    ensure_database(POSTGRES_URL, DATABASE)
    db_target = urlsplit(POSTGRES_URL).port or 5432
    redis_target = urlsplit(REDIS_URL).port or 6379
    db_relay, redis_relay = TcpProxy(db_target), TcpProxy(redis_target)
    db_relay.start()
    redis_relay.start()
    prefix = f"faults-{os.getpid()}"
    database_url = f"{with_port(POSTGRES_URL, db_relay.port)}/{DATABASE}"
    with mail_server() as mail:
        mail_relay = TcpProxy(mail.server_address[1])
        mail_relay.start()
        env = production_env(
            DATABASE_URL=database_url,
            REDIS_URL=with_port(REDIS_URL, redis_relay.port),
            CACHE_KEY_PREFIX=prefix,
            CONN_MAX_AGE="60",
            CLINIC_FALLBACK_PHONE=FALLBACK_PHONE,
            MEDIA_ROOT=str(BASE_DIR / "var" / "faults-media"),
            PRIVATE_MEDIA_ROOT=str(BASE_DIR / "var" / "faults-private-media"),
            EMAIL_URL=f"smtp://127.0.0.1:{mail_relay.port}",
            EMAIL_TIMEOUT=str(MAIL_TIMEOUT),
            NOTIFICATION_INTERVAL_SECONDS=str(NOTIFY_EVERY),
            # This script posts the form more often than one visitor may.
            FORM_RATE_LIMIT_REQUESTS="0",
        )
        print(f"Preparing {DATABASE} (migrate, demo content, collectstatic)...", flush=True)
        prepare_site(env)
        print(f"  ready after {time.monotonic() - started:.0f} s", flush=True)
        try:
            with gunicorn(env, workers=2, log_name="faults-gunicorn") as server:
                database_down(server, db_relay)
                redis_hung(server, redis_relay)
                redis_down(server, redis_relay)
                mail_hung(server, mail_relay, mail, f"{POSTGRES_URL}/{DATABASE}")
                slow_clients(server)
                worker_killed_under_load(server)
        finally:
            db_relay.stop()
            redis_relay.stop()
            mail_relay.stop()
        # Leave nothing behind in the shared Redis.
        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)
    outcome = "FAILED" if failures else "All fault checks passed"
    print(f"\n{outcome} in {time.monotonic() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
