"""Real-browser tests: Debian's Chromium, driven by Playwright, against a live demo site.

The site is the demo content served by Django's threaded test server on 127.0.0.1, built once
for the whole package and committed; afterwards the database is put back as it was. Each test
gets fresh browser contexts (no cookies carried over).

Browser test modules say `pytestmark = [pytest.mark.browser, pytest.mark.django_db]` (the
marker makes pytest-django build the test database). Queries a test makes itself run in a
transaction that is rolled back and that the server never sees: data the server must see is
made in a package-scoped fixture (committed before the test's transaction opens) or through
the browser, as a visitor or an editor would.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command
from django.db import connections
from django.test.testcases import LiveServerThread

from .helpers import AXE_PATH, record_requests

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Belt and braces for the privacy checks: no host name resolves, so even a request the
    # checks missed could not reach another machine. The live server is an IP address.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
PHONE = 390
DESKTOP = 1280
VIEWPORT_HEIGHT = {PHONE: 844, DESKTOP: 800}


@functools.cache
def browser_unavailable_reason() -> str | None:
    missing = []
    if importlib.util.find_spec("playwright") is None:
        missing.append("the playwright package (make test installs it)")
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    if not AXE_PATH.exists():
        missing.append("node_modules/axe-core (npm ci)")
    if missing:
        return "browser tests skipped: missing " + ", ".join(missing)
    return None


def browser_tests_required() -> bool:
    """CI sets REQUIRE_BROWSER_TESTS=1: there, a missing browser fails the run."""
    return os.environ.get("REQUIRE_BROWSER_TESTS", "").lower() not in ("", "0", "false", "no")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The browser tests share one demo site loaded into the pristine test database, and put the
    # database back as they found it. They run first: transactional tests empty the database.
    browser = [item for item in items if item.get_closest_marker("browser")]
    if browser:
        items[:] = browser + [item for item in items if not item.get_closest_marker("browser")]


def pytest_runtest_setup(item: pytest.Item) -> None:
    # Checked before any fixture runs, so a skip builds no test database and is reported
    # once for the whole folder (from this line) rather than once per test.
    reason = browser_unavailable_reason()
    if reason and browser_tests_required():
        pytest.fail(f"{reason}, and REQUIRE_BROWSER_TESTS is set", pytrace=False)
    if reason:
        pytest.skip(reason)


# Requests to the live site take turns: on SQLite in memory every server thread shares one
# connection, and two requests at once (the editor's autosave beside its preview) would
# tangle their savepoints on it. A test's teardown takes its turn too (open_page).
SERVER_TURN = threading.Lock()
# Whether the admin was asked for anything since the last test ended: its pages send a last
# request (the editing session's release) as they close.
ADMIN_ASKED = threading.Event()


def _serve_static_through_the_app(app: Callable) -> Callable:
    # WhiteNoise (finders on in test settings) serves /static/ as it does in production.
    def one_at_a_time(environ, start_response):
        if environ.get("PATH_INFO", "").startswith("/admin/"):
            ADMIN_ASKED.set()
        with SERVER_TURN:
            return app(environ, start_response)

    return one_at_a_time


@pytest.fixture(scope="package")
def site_url(django_db_setup, django_db_blocker) -> Iterator[str]:
    """The demo site, live at http://127.0.0.1:<port>."""
    connection = connections["default"]
    # The page cache is on, as in production: content changes here are committed, so they
    # clear it as an editor's would.
    with (
        django_db_blocker.unblock(),
        pytest.MonkeyPatch.context() as patch,
    ):
        # Playwright's sync API keeps an event loop running on this thread; Django would take
        # any query made here (loading demo content, a test adding a user) for async code.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        pristine = connection.creation.serialize_db_to_string()
        call_command("load_demo_content", verbosity=0)
        shared = {}
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            # An in-memory database exists only in this connection: the server must share it.
            shared["default"] = connection
            connection.inc_thread_sharing()
        server = LiveServerThread(
            "127.0.0.1",
            _serve_static_through_the_app,
            connections_override=shared,
            # A free port, or LIVE_SERVER_PORT where each user keeps to ports of their own.
            port=int(os.environ.get("LIVE_SERVER_PORT", "0")),
        )
        server.daemon = True
        server.start()
        server.is_ready.wait()
        try:
            if server.error:
                raise server.error
            yield f"http://127.0.0.1:{server.port}"
        finally:
            server.terminate()
            if shared:
                connection.dec_thread_sharing()
            # Put back the database (and forget cached pages and site roots) as the other
            # tests expect it: Wagtail's root page and default site, nothing else.
            # Every content type is read into the manager's cache first: the pristine copy
            # comes back app by app, and a workflow task built before the content types are
            # back would otherwise insert its own, which the copy then inserts again.
            ContentType.objects.get_for_models(*apps.get_models())
            call_command(
                "flush",
                interactive=False,
                verbosity=0,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(pristine)
            for cache in caches.all():
                cache.clear()


@pytest.fixture(scope="package")
def browser(site_url) -> Iterator[Browser]:
    # Depends on site_url so that the browser stops before the site is taken down.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()
        # While Playwright's event loop runs on this thread, Django keeps this thread's
        # database connections apart from those it made before; close them while they can
        # still be reached, or they would keep the test database from being dropped.
        connections.close_all()


@pytest.fixture
def open_page(browser, site_url) -> Iterator[Callable[..., Page]]:
    """Open a page in a fresh browser context: `open_page(width=390, java_script_enabled=False)`.

    Paths are relative to the live site (`page.goto("/learn/")`). Every page opened here fails
    its test if it requested anything from another host.
    """
    contexts = []
    logs = []

    def _open(width: int = DESKTOP, **options) -> Page:
        options.setdefault("viewport", {"width": width, "height": VIEWPORT_HEIGHT.get(width, 800)})
        context = browser.new_context(base_url=site_url, **options)
        contexts.append(context)
        page = context.new_page()
        logs.append(record_requests(page, site_url))
        return page

    yield _open
    for context in contexts:
        context.close()
    if ADMIN_ASKED.is_set():
        # An admin page sends its editing session's release as it closes: let it arrive and
        # finish before the test's database teardown, which it would otherwise find locked.
        time.sleep(0.3)
        with SERVER_TURN:
            ADMIN_ASKED.clear()
    off_site = [url for log in logs for url in log.off_site]
    assert not off_site, f"requests to hosts other than the site: {off_site}"


@pytest.fixture
def phone_page(open_page) -> Page:
    return open_page(PHONE)


@pytest.fixture
def desktop_page(open_page) -> Page:
    return open_page(DESKTOP)
