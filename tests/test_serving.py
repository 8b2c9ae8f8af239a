"""The site as `make run` serves it: gunicorn with several workers, production settings and the
default cache, while other processes (the admin in another worker, cron's management commands)
change content. What one process does, every worker must serve at once; a limit counts across
all of them; and clients that send their request slowly hold no worker.

The tests share one gunicorn on a loopback port, with a database of its own (a copy of the
test database: SQLite or PostgreSQL, as the suite runs), cache and media folders; each puts
back what it changed.
"""

import http.client
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from urllib.parse import quote, urlencode

import pytest
from django.db import connections

from bench.server import (
    BASE_DIR,
    Server,
    collect_static,
    get,
    gunicorn,
    post_form,
    production_env,
)
from tests.consultations.consultation import VALID

# The database mark only so that the test database this module copies is made even when the
# module runs alone (pytest-django makes it for the tests that ask for it).
pytestmark = [pytest.mark.served, pytest.mark.django_db]

WORKERS = 3
FORM = "/book-a-consultation/"
# Enough requests that every worker answers some: each has its own connection.
REQUESTS = 12

SETUP = """
from demo import forms
from demo.loader import ensure_home
from pages.models import StandardPage
from wagtail.models import Site

home = ensure_home()
page = home.add_child(instance=StandardPage(title="Our story", slug="about", body=[]))
page.save_revision().publish()
forms.load(home=home, site=Site.objects.get())
"""


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def change(env: dict[str, str], code: str) -> None:
    """Run `code` in a process of its own, as cron or another server would."""
    manage(env, "shell", "-c", "from pages.models import StandardPage\n" + code)


@pytest.fixture(scope="module")
def database_url(tmp_path_factory, django_db_setup, django_db_blocker) -> Iterator[str]:
    """A database of the served site's own, copied from the migrated test database (migrating
    another costs twenty seconds): a file for SQLite, a database made from it as a template for
    PostgreSQL, dropped afterwards. The test database is as migrations left it: these tests
    run before any transactional test empties it (tests/conftest.py)."""
    connection = connections["default"]
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            path = tmp_path_factory.mktemp("served-db") / "db.sqlite3"
            connection.ensure_connection()
            with closing(sqlite3.connect(path)) as copy:
                connection.connection.backup(copy)
            yield f"sqlite:///{path}"
            return
        settings = connection.settings_dict
        template, name = settings["NAME"], f"{settings['NAME']}_served"
        # A database is copied only while nobody is connected to it.
        connections.close_all()
        run_on_server(
            settings,
            f'DROP DATABASE IF EXISTS "{name}"',
            f'CREATE DATABASE "{name}" TEMPLATE "{template}"',
        )
        yield (
            f"postgres://{quote(settings['USER'] or '')}:{quote(settings['PASSWORD'] or '')}"
            f"@{settings['HOST']}:{settings['PORT']}/{name}"
        )
        run_on_server(settings, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_on_server(settings: dict, *statements: str) -> None:
    """Statements about whole databases, run from the PostgreSQL server's maintenance one."""
    import psycopg2

    connection = psycopg2.connect(
        dbname="postgres",
        user=settings["USER"],
        password=settings["PASSWORD"],
        host=settings["HOST"],
        port=settings["PORT"],
        connect_timeout=5,
    )
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    finally:
        connection.close()


@pytest.fixture(scope="module")
def environment(tmp_path_factory, database_url) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("served")
    env = production_env(
        DATABASE_URL=database_url,
        CACHE_DIR=str(folder / "cache"),
        MEDIA_ROOT=str(folder / "media"),
        NOTIFICATION_WORKER="off",
        LOG_LEVEL="ERROR",
        FORM_RATE_LIMIT_REQUESTS="3",
    )
    manage(env, "shell", "-c", SETUP)
    collect_static(env)
    return env


@pytest.fixture(scope="module")
def server(environment) -> Iterator[Server]:
    with gunicorn(environment, workers=WORKERS, log_name="test-serving") as running:
        yield running


def titles(server: Server, path: str = "/about/") -> list[str]:
    """The page's title as each of REQUESTS new connections (so several workers) sees it."""
    seen = []
    for _ in range(REQUESTS):
        response = get(server.port, path)
        if response.status != 200:
            seen.append(str(response.status))
            continue
        match = re.search(rb"<h1[^>]*>\s*(.*?)\s*</h1>", response.body, re.S)
        seen.append(match.group(1).decode() if match else "")
    return seen


def test_a_publish_in_another_process_is_served_by_every_worker_at_once(server, environment):
    assert set(titles(server)) == {"Our story"}

    change(
        environment,
        "page = StandardPage.objects.get(slug='about'); page.title = 'Our history'; "
        "page.save_revision().publish()",
    )

    assert titles(server) == ["Our history"] * REQUESTS


def test_an_unpublished_page_is_gone_from_every_worker_at_once(server, environment):
    assert "200" not in titles(server)

    change(environment, "StandardPage.objects.get(slug='about').unpublish()")

    assert titles(server) == ["404"] * REQUESTS
    change(environment, "StandardPage.objects.get(slug='about').save_revision().publish()")


def test_a_page_made_private_is_private_on_every_worker_at_once(server, environment):
    titles(server)

    change(
        environment,
        "from wagtail.models import PageViewRestriction\n"
        "PageViewRestriction.objects.create(page=StandardPage.objects.get(slug='about'), "
        "restriction_type='login')",
    )

    assert titles(server) == ["302"] * REQUESTS
    change(
        environment,
        "from wagtail.models import PageViewRestriction\n"
        "PageViewRestriction.objects.all().delete()",
    )


def test_the_form_limit_counts_across_every_worker(server):
    statuses = [post_form(server.port, FORM, VALID).status for _ in range(6)]

    assert statuses == [303, 303, 303, 429, 429, 429]


SELF_CHECK = """
import datetime
from demo.loader import ensure_home
from pages.models import ArticleIndexPage, Provider
from selfcheck.models import SelfCheckPage

reviewer = Provider.objects.create(name="Dr. A", slug="dr-a", credentials="MD", role="Doctor")
learn = ensure_home().add_child(instance=ArticleIndexPage(title="Learn", slug="learn"))
page = learn.add_child(
    instance=SelfCheckPage(
        title="Depression self-check",
        slug="depression-self-check",
        instrument="phq9",
        medical_reviewer=reviewer,
        last_reviewed=datetime.date(2026, 1, 5),
    )
)
page.save_revision().publish()
print(page.pk)
"""


def test_self_check_answers_work_without_a_cookie_and_stay_out_of_the_access_log(
    server, environment
):
    page_id = manage(environment, "shell", "-c", SELF_CHECK).strip().splitlines()[-1]
    address = f"/self-check/{page_id}/result/"
    try:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        connection.request(
            "POST",
            address,
            urlencode({f"q{n}": "3" for n in range(1, 10)}),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        reply = connection.getresponse()
        body = reply.read().decode()
        connection.close()

        assert reply.status == 200
        assert "27</span> out of 27" in body
        assert reply.getheader("Set-Cookie") is None
        assert "no-store" in reply.getheader("Cache-Control")
        deadline = time.monotonic() + 5
        while address not in server.log_path.read_text() and time.monotonic() < deadline:
            time.sleep(0.1)
        log = server.log_path.read_text()
        assert f'"POST {address} HTTP/1.1" 200' in log
        assert "q1" not in log and "q9" not in log
    finally:
        change(
            environment,
            "from pages.models import ArticleIndexPage, Provider\n"
            "ArticleIndexPage.objects.all().delete()\n"
            "Provider.objects.filter(slug='dr-a').delete()",
        )


def _send_slowly(port: int, stop: threading.Event) -> None:
    """A client sending its request a byte a second, as long as the test lasts."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        for byte in b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + b"a" * 200:
            if stop.wait(1):
                return
            try:
                sock.send(bytes([byte]))
            except OSError:
                return


def test_slow_clients_do_not_keep_other_visitors_waiting(server):
    stop = threading.Event()
    slow = [
        threading.Thread(target=_send_slowly, args=(server.port, stop), daemon=True)
        for _ in range(20)
    ]
    for thread in slow:
        thread.start()
    try:
        time.sleep(2)  # every slow client is connected and sending
        waits = []
        for path in ["/healthz", "/about/", "/?fresh=1"] * 2:
            started = time.monotonic()
            status = get(server.port, path, timeout=5).status
            waits.append((status, time.monotonic() - started))
    finally:
        stop.set()

    assert [status for status, _ in waits] == [200] * 6
    assert max(seconds for _, seconds in waits) < 1
