"""gunicorn settings, read from the environment (see .env.example)."""

import multiprocessing
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent

wsgi_app = "clinic_site.asgi:application"
bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# gunicorn's asyncio worker reads each request whole before the site sees it, so a client
# that sends its headers a byte a second holds a socket, not a worker (clinic_site/asgi.py).
worker_class = "asgi"
asgi_lifespan = "off"
# Pages render in a few milliseconds of CPU; two workers per core keeps the CPUs busy while
# others wait on the database, without the memory cost of more.
workers = int(os.environ.get("WEB_CONCURRENCY", min(multiprocessing.cpu_count() * 2 + 1, 9)))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = 5
# The site is loaded once, in the master, and each worker is forked from it: start-up loads
# Django once rather than once a worker, and a recycled worker answers within milliseconds.
preload_app = True
# Recycle workers now and then so a slow leak can never grow without bound, each after its own
# count (up to half as much again): workers that all took the same load would otherwise all
# restart together. (0 turns recycling off: `make bench` does for its wrk runs.)
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 2
accesslog = "-"
errorlog = "-"
# Query strings are left out of the access log: visitors type ZIP codes and searches there.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(L)ss "%(a)s"'
# The control socket lives at one fixed path per user, so a second server on the same machine
# (tests, benchmarks) would clash with the first; nothing here uses it.
control_socket_disable = True
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Work that never belongs in a visitor's request runs in processes of its own, which gunicorn
# starts beside the workers and starts again should one stop:
# - staff emails about consultation requests and referrals (consultations/notifications.py);
#   NOTIFICATION_WORKER=off leaves that to a service of its own;
# - the visit counts the workers leave in the cache, written to the database (visits/flush.py);
#   VISIT_FLUSHER=off leaves that to a service of its own, and VISIT_COUNTING=off needs none.
MANAGE = [sys.executable, str(BASE_DIR / "manage.py")]
NOTIFIER = [
    *MANAGE,
    "send_pending_notifications",
    "--watch",
    os.environ.get("NOTIFICATION_INTERVAL_SECONDS", "10"),
]
VISIT_FLUSHER = [*MANAGE, "flush_visits", "--watch", os.environ.get("VISIT_FLUSH_SECONDS", "5")]
_background = {"processes": {}, "stopping": False}


def _switched_on(name: str) -> bool:
    return os.environ.get(name, "on").lower() in {"on", "true", "1", "yes"}


def _supervise(name: str, command: list[str], log) -> None:
    """Run `command`, and run it again should it stop, until gunicorn exits."""
    env = {"DJANGO_SETTINGS_MODULE": "clinic_site.settings.production", **os.environ}
    while not _background["stopping"]:
        # A session of its own: Ctrl-C in a terminal reaches gunicorn, which stops it.
        process = subprocess.Popen(command, cwd=BASE_DIR, env=env, start_new_session=True)
        _background["processes"][name] = process
        process.wait()
        if not _background["stopping"]:
            log.warning("The %s stopped (exit %s); starting it again.", name, process.returncode)
            time.sleep(5)


def _start(name: str, command: list[str], log) -> None:
    threading.Thread(target=_supervise, args=(name, command, log), daemon=True).start()


def when_ready(server) -> None:
    # The site is loaded (preload_app) and no worker is forked yet.
    from clinic_site.warmup import warm_up

    warm_up()
    if _switched_on("NOTIFICATION_WORKER"):
        _start("notification sender", NOTIFIER, server.log)
    if _switched_on("VISIT_COUNTING") and _switched_on("VISIT_FLUSHER"):
        _start("visit count flusher", VISIT_FLUSHER, server.log)


def on_exit(server) -> None:
    _background["stopping"] = True
    for process in _background["processes"].values():
        if process.poll() is None:
            process.terminate()
    for process in _background["processes"].values():
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
