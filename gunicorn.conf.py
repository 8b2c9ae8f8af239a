"""gunicorn settings, read from the environment (see .env.example)."""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# Pages render in a few milliseconds of CPU; two workers per core keeps the CPUs busy while
# others wait on the database, without the memory cost of more.
workers = int(os.environ.get("WEB_CONCURRENCY", min(multiprocessing.cpu_count() * 2 + 1, 9)))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = 5
# Recycle workers now and then so a slow leak can never grow without bound.
# (0 turns recycling off: `make bench` does, so a restart never lands inside a measurement.)
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
# Query strings are left out of the access log: visitors type ZIP codes and searches there.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(L)ss "%(a)s"'
# The control socket lives at one fixed path per user, so a second server on the same machine
# (tests, benchmarks) would clash with the first; nothing here uses it.
control_socket_disable = True
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
