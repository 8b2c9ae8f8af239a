"""`make cluster` and `make cluster-check`: the site as several servers run it, on loopback.

Varnish (deploy/varnish/default.vcl) in front of two gunicorn app servers, A and B, with
production settings, sharing one PostgreSQL database (CLUSTER_DATABASE, default
cluster_check), one Redis (CLUSTER_REDIS_URL) and one S3-compatible bucket (moto's server).
Ports: CLUSTER_PORT (default 8600) for Varnish, the next ones for A, B, the bucket and
Varnish's admin interface.

`serve` prints the address and runs until Ctrl-C. `check` proves, then stops everything:
1. an image uploaded through A is served, with its renditions, through B;
2. a publish made on A is visible through Varnish within a second, on that page and, for a
   menu change, on every page;
3. (run last) A killed under load (wrk through Varnish): Varnish stops sending to it within
   its probe interval, at most 1% of requests fail while it notices, none after;
4. A's workers restarted one at a time under load (a deploy): no request fails;
5. a signed-in editor and a visitor with a CSRF cookie are never given a cached page, and
   no response Varnish serves from its cache carries a session cookie or a form answer.

Bounded: every wait has a deadline, wrk runs for a fixed time, and everything started here
is stopped on the way out, failure or not.
"""

import argparse
import hashlib
import hmac
import http.client
import io
import os
import re
import secrets
import shutil
import signal
import struct
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from bench.server import (
    BASE_DIR,
    DEMO_FORM_ANSWERS,
    PYTHON,
    Server,
    check,
    collect_static,
    ensure_database,
    exit_cleanly_on_sigterm,
    failures,
    production_env,
    wait_until,
)

VCL = BASE_DIR / "deploy" / "varnish" / "default.vcl"
WORK_DIR = BASE_DIR / "var" / "cluster"
POSTGRES_URL = os.environ.get("CLUSTER_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
DATABASE = os.environ.get("CLUSTER_DATABASE", "cluster_check")
REDIS_URL = os.environ.get("CLUSTER_REDIS_URL", "redis://127.0.0.1:6379/0")
FIRST_PORT = int(os.environ.get("CLUSTER_PORT", "8600"))
BUCKET = "clinic-media"
EDITOR, EDITOR_PASSWORD = "cluster-editor", secrets.token_urlsafe(16)
TOTP_KEY = secrets.token_hex(20)
# The probe in default.vcl: every second, and one failed check takes a server out.
PROBE_INTERVAL = 1.0
# Pages looked at after a menu change, and used for the load: anonymous, cached.
PAGES = [
    "/",
    "/learn/",
    "/learn/what-is-ketamine/",
    "/conditions/depression/",
    "/locations/",
    "/locations/naperville/",
    "/blog/",
    "/accessibility/",
]
# Passed by Varnish to an app server on every request: search, the finder, the form page.
UNCACHED = ["/search/?q=ketamine", "/locations/?zip=60540", "/book-a-consultation/"]
MENU_PAGE = "/team/"
FORM = "/book-a-consultation/"
LOAD_SECONDS = int(os.environ.get("CLUSTER_LOAD_SECONDS", "20"))


# ---------------------------------------------------------------- HTTP, with cookies


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def header(self, name: str) -> str:
        return self.headers.get(name, "")

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


@dataclass
class Browser:
    """Keeps cookies across requests, as a browser does; follows no redirect by itself."""

    cookies: dict[str, str] = field(default_factory=dict)

    def request(
        self,
        port: int,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict | None = None,
        timeout: float = 15,
    ) -> Reply:
        headers = {"Accept-Encoding": "identity", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers)
            reply = connection.getresponse()
            result = Reply(reply.status, reply.headers, reply.read())
        finally:
            connection.close()
        for line in result.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(line).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return result

    def get(self, port: int, path: str, **kwargs) -> Reply:
        return self.request(port, "GET", path, **kwargs)

    def post(self, port: int, path: str, fields: dict, files: dict | None = None) -> Reply:
        """A form post with this browser's CSRF token (fetch the form first)."""
        fields = {**fields, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
        headers = {"Referer": f"http://127.0.0.1:{port}{path}"}
        if files:
            body, content_type = multipart(fields, files)
        else:
            body = urlencode(fields, doseq=True).encode()
            content_type = "application/x-www-form-urlencoded"
        headers["Content-Type"] = content_type
        return self.request(port, "POST", path, body=body, headers=headers)


def multipart(fields: dict, files: dict[str, tuple[str, bytes, str]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            out.write(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            )
            out.write(f"{item}\r\n".encode())
    for name, (filename, content, content_type) in files.items():
        out.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
        )
        out.write(content + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


def totp(key_hex: str, at: float | None = None) -> str:
    """The six-digit code an authenticator app shows now (RFC 6238, 30 s steps)."""
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(bytes.fromhex(key_hex), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def form_token(reply: Reply) -> str | None:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', reply.text)
    return match.group(1) if match else None


# ---------------------------------------------------------------- the parts


def find(program: str) -> str | None:
    return shutil.which(program, path=f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin")


@dataclass
class Ports:
    varnish: int = FIRST_PORT
    app_a: int = FIRST_PORT + 1
    app_b: int = FIRST_PORT + 2
    bucket: int = FIRST_PORT + 3
    varnish_admin: int = FIRST_PORT + 4


def cluster_env(ports: Ports, prefix: str) -> dict[str, str]:
    return production_env(
        DATABASE_URL=f"{POSTGRES_URL}/{DATABASE}",
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=prefix,
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL=f"http://127.0.0.1:{ports.bucket}",
        AWS_S3_URL_PROTOCOL="http:",
        AWS_ACCESS_KEY_ID="cluster",
        AWS_SECRET_ACCESS_KEY="cluster",
        AWS_DEFAULT_REGION="us-east-1",
        SERVE_MEDIA="off",
        FRONTEND_CACHE_URLS=f"http://127.0.0.1:{ports.varnish}",
        # Varnish appends the visitor's address to X-Forwarded-For.
        TRUSTED_PROXY_COUNT="1",
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{ports.varnish}",
        SEARCH_RATE_LIMIT_REQUESTS="0",
        NOTIFICATION_WORKER="off",
        VISIT_FLUSHER="off",
        GUNICORN_MAX_REQUESTS="0",
        LOG_LEVEL="WARNING",
    )


@contextmanager
def process(
    command: list[str], log_name: str, env: dict | None = None
) -> Iterator[subprocess.Popen]:
    """Run a process in a session of its own (so its children stop with it); stop it on exit."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    with (WORK_DIR / f"{log_name}.log").open("w") as log:
        proc = subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield proc
    finally:
        stop_group(proc)


def stop_group(proc: subprocess.Popen, grace: float = 25) -> None:
    if proc.poll() is not None:
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)  # anything it left behind
        return
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


def answers(port: int, path: str = "/healthz") -> bool:
    try:
        return Browser().get(port, path, timeout=2).status == 200
    except OSError:
        return False


@contextmanager
def bucket_server(ports: Ports) -> Iterator[None]:
    moto = str(Path(PYTHON).parent / "moto_server")
    if not Path(moto).exists():
        raise SystemExit("moto_server not found: pip install -r requirements-dev.txt")
    with process([moto, "-H", "127.0.0.1", "-p", str(ports.bucket)], "bucket") as proc:
        deadline = time.monotonic() + 30
        while not bucket_answers(ports):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the S3 server did not start; see var/cluster/bucket.log")
            time.sleep(0.2)
        import boto3

        client = boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{ports.bucket}",
            region_name="us-east-1",
            aws_access_key_id="cluster",
            aws_secret_access_key="cluster",
        )
        client.create_bucket(Bucket=BUCKET)
        yield


def bucket_answers(ports: Ports) -> bool:
    try:
        connection = http.client.HTTPConnection("127.0.0.1", ports.bucket, timeout=1)
        connection.request("GET", "/")
        connection.getresponse().read()
        connection.close()
        return True
    except OSError:
        return False


SETUP = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo_content", verbosity=0)
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page
user, _ = get_user_model().objects.get_or_create(username={username!r})
user.is_staff = user.is_superuser = True
user.email = "editor@clinic.example"
user.set_password({password!r})
user.save()
TOTPDevice.objects.filter(user=user).delete()
TOTPDevice.objects.create(user=user, name="cluster check", key={key!r}, confirmed=True)
# A run stopped halfway may have left the menu page unpublished.
page = Page.objects.get(url_path="/home{menu}")
if not page.live:
    page.get_latest_revision().publish()
"""


def prepare(env: dict[str, str]) -> None:
    code = SETUP.format(username=EDITOR, password=EDITOR_PASSWORD, key=TOTP_KEY, menu=MENU_PAGE)
    # Varnish is not running yet: nothing to purge.
    env = {**env, "FRONTEND_CACHE_URLS": ""}
    subprocess.run([PYTHON, "-c", code], cwd=BASE_DIR, env=env, check=True, timeout=600)
    collect_static(env)


@contextmanager
def app_server(env: dict[str, str], port: int, name: str, workers: int = 2) -> Iterator[Server]:
    env = {**env, "HOST": "127.0.0.1", "PORT": str(port), "WEB_CONCURRENCY": str(workers)}
    command = [PYTHON, "-m", "gunicorn", "--config", "gunicorn.conf.py"]
    with process(command, f"app-{name}", env) as proc:
        server = Server(port, proc, WORK_DIR / f"app-{name}.log")
        wait_until(lambda: answers(port) and len(server.workers()) == workers, 90, server)
        yield server


def backends_vcl(ports: list[int]) -> str:
    """A backends.vcl for app servers on these loopback ports (see deploy/varnish/)."""
    names = [f"app_{chr(ord('a') + n)}" for n in range(len(ports))]
    blocks = [
        f'backend {name} {{\n    .host = "127.0.0.1";\n    .port = "{port}";\n'
        "    .probe = healthz;\n    .connect_timeout = 1s;\n"
        "    .first_byte_timeout = 35s;\n    .between_bytes_timeout = 10s;\n}\n"
        for name, port in zip(names, ports, strict=True)
    ]
    adds = "".join(f"    app.add_backend({name});\n" for name in names)
    init = f"sub vcl_init {{\n    new app = directors.round_robin();\n{adds}}}\n"
    return "# Written by deploy/cluster.py for loopback.\n\n" + "\n".join(blocks) + "\n" + init


@dataclass
class Varnish:
    proc: subprocess.Popen
    name: str
    admin_port: int
    secret: Path

    def admin(self, *command: str) -> str:
        varnishadm = find("varnishadm") or "varnishadm"
        result = subprocess.run(
            [varnishadm, "-T", f"127.0.0.1:{self.admin_port}", "-S", str(self.secret), *command],
            capture_output=True,
            text=True,
            timeout=10,
        )
        return result.stdout

    def healthy(self, backend: str) -> bool | None:
        """Whether Varnish takes `backend` for healthy now (None: could not tell)."""
        for line in self.admin("backend.list").splitlines():
            if f".{backend} " in line or line.split()[:1] == [backend]:
                lowered = line.lower()
                return "healthy" in lowered and "sick" not in lowered
        return None


@contextmanager
def varnish(
    port: int, admin_port: int, backends: list[int], name: str = "varnish"
) -> Iterator[Varnish]:
    """Varnish with deploy/varnish/default.vcl on `port`, in front of app servers on
    `backends`; started once it takes every one of them for healthy."""
    varnishd = find("varnishd")
    if varnishd is None:
        raise SystemExit("varnishd not found: apt-get install -y varnish")
    site_dir = WORK_DIR / f"{name}-vcl"
    site_dir.mkdir(parents=True, exist_ok=True)
    (site_dir / "backends.vcl").write_text(backends_vcl(backends))
    secret = WORK_DIR / f"{name}-secret"
    secret.write_text(secrets.token_hex(16))
    secret.chmod(0o600)
    command = [
        varnishd,
        "-F",
        "-n",
        str(WORK_DIR / f"{name}-instance"),
        "-a",
        f"127.0.0.1:{port}",
        "-T",
        f"127.0.0.1:{admin_port}",
        "-S",
        str(secret),
        "-f",
        str(VCL),
        "-p",
        f"vcl_path={site_dir}:{VCL.parent}",
        "-s",
        "malloc,128m",
        # No privilege separation: it runs as whoever starts it, on loopback.
        "-j",
        "none",
    ]
    with process(command, name) as proc:
        instance = Varnish(proc, name, admin_port, secret)
        names = [f"app_{chr(ord('a') + n)}" for n in range(len(backends))]

        def all_healthy() -> bool:
            if proc.poll() is not None:
                raise RuntimeError(f"varnishd exited:\n{(WORK_DIR / f'{name}.log').read_text()}")
            return all(instance.healthy(backend) for backend in names)

        wait_until(all_healthy, 30)
        yield instance


@contextmanager
def cluster(ports: Ports) -> Iterator[tuple[dict, Server, Server, Varnish, ExitStack]]:
    """Everything running; the ExitStack stops it (the caller may stop A early)."""
    prefix = f"cluster-{uuid.uuid4().hex[:8]}"
    env = cluster_env(ports, prefix)
    ensure_database(POSTGRES_URL, DATABASE)
    with ExitStack() as stack:
        stack.enter_context(bucket_server(ports))
        print(f"Preparing {DATABASE} (migrate, demo content, collectstatic)...", flush=True)
        prepare(env)
        print("Starting app servers A and B, then Varnish...", flush=True)
        app_a = stack.enter_context(app_server(env, ports.app_a, "a"))
        app_b = stack.enter_context(app_server({**env, "VISIT_FLUSHER": "on"}, ports.app_b, "b"))
        cache = stack.enter_context(
            varnish(ports.varnish, ports.varnish_admin, [ports.app_a, ports.app_b])
        )
        yield env, app_a, app_b, cache, stack


# ---------------------------------------------------------------- the checks


def sign_in(port: int) -> Browser:
    """An editor signed in on the server at `port`, both steps, as a person would."""
    editor = Browser()
    editor.get(port, "/admin/login/")
    reply = editor.post(
        port, "/admin/login/", {"username": EDITOR, "password": EDITOR_PASSWORD, "next": "/admin/"}
    )
    if reply.status != 302:
        raise RuntimeError(f"sign-in refused ({reply.status})")
    verify = "/admin/two-factor/verify/?next=/admin/"
    editor.get(port, verify)
    reply = editor.post(port, verify, {"code": totp(TOTP_KEY)})
    if reply.status != 302 or editor.get(port, "/admin/").status != 200:
        raise RuntimeError("the second sign-in step failed")
    return editor


def png(width: int = 640, height: int = 480) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (29, 92, 99)).save(out, "PNG")
    return out.getvalue()


def check_image_upload(ports: Ports, editor: Browser) -> None:
    print("1. An image uploaded through A, served with its renditions through B", flush=True)
    title = f"Waiting room {uuid.uuid4().hex[:8]}"
    editor.get(ports.app_a, "/admin/images/add/")
    reply = editor.post(
        ports.app_a,
        "/admin/images/add/",
        {"title": title, "description": "A quiet waiting room with two chairs"},
        files={"file": ("waiting-room.png", png(), "image/png")},
    )
    if not check(reply.status == 302, f"A took the upload ({reply.status})"):
        return
    listing = editor.get(ports.app_b, "/admin/images/?" + urlencode({"q": title}))
    found = re.search(r'href="/admin/images/(\d+)/"', listing.text)
    if not check(found is not None, "B lists the image (same database, same session)"):
        return
    edit_path = f"/admin/images/{found.group(1)}/"
    bucket = f"http://127.0.0.1:{ports.bucket}/{BUCKET}/"
    on_b = set(re.findall(re.escape(bucket) + r'[^"\s]+', editor.get(ports.app_b, edit_path).text))
    renditions = {url for url in on_b if "/images/" in url}
    check(bool(renditions), f"B's page shows renditions from the bucket ({len(renditions)})")
    for url in sorted(on_b):
        path = urlsplit(url).path
        reply = Browser().get(ports.bucket, path)
        check(
            reply.status == 200 and reply.header("Content-Type").startswith("image/"),
            f"anyone can fetch {path.rsplit('/', 1)[-1]} from the bucket ({reply.status})",
        )
    on_a = set(re.findall(re.escape(bucket) + r'[^"\s]+', editor.get(ports.app_a, edit_path).text))
    check(renditions <= on_a, "A finds the renditions B made instead of making its own")


def through_varnish(ports: Ports, path: str, browser: Browser | None = None) -> Reply:
    return (browser or Browser()).get(ports.varnish, path)


def check_publish(ports: Ports, env: dict, editor: Browser) -> None:
    print("2. A publish on A, visible through Varnish within a second", flush=True)
    for path in [*PAGES, MENU_PAGE]:
        through_varnish(ports, path)
    cached = [through_varnish(ports, path).header("X-Front-Cache") for path in PAGES]
    check(all(state == "hit" for state in cached), "Varnish serves the pages from its cache")

    # Unpublished in A's admin: gone from its own address at once.
    page_id = page_id_of(env, MENU_PAGE)
    unpublish = f"/admin/pages/{page_id}/unpublish/"
    editor.get(ports.app_a, unpublish)
    reply = editor.post(ports.app_a, unpublish, {})
    done = time.monotonic()
    check(reply.status == 302, f"A's admin unpublished {MENU_PAGE} ({reply.status})")
    status = wait_for(lambda: through_varnish(ports, MENU_PAGE).status == 404, done)
    check(
        status is not None and status <= 1.0,
        f"{MENU_PAGE} is gone through Varnish after {fmt(status)}",
    )

    # Published again under a new menu title, from A's code: the first answer Varnish gives
    # for each page after the publish has it (a stale page is never served, not even briefly).
    token = f"Our team {uuid.uuid4().hex[:6]}"
    republish(env, MENU_PAGE, token)
    done = time.monotonic()
    stale = [path for path in PAGES if token not in through_varnish(ports, path).text]
    took = time.monotonic() - done
    check(
        not stale,
        f"the first answer for each of {len(PAGES)} pages has the new menu title "
        f"(all fetched in {took:.2f} s); stale: {stale or 'none'}",
    )
    check(through_varnish(ports, MENU_PAGE).status == 200, f"{MENU_PAGE} is back")


def fmt(seconds: float | None) -> str:
    return "never (2 s)" if seconds is None else f"{seconds:.2f} s"


def wait_for(condition, since: float, limit: float = 2.0) -> float | None:
    """Seconds from `since` until `condition` held, or None if it did not within `limit`."""
    while True:
        if condition():
            return time.monotonic() - since
        if time.monotonic() - since > limit:
            return None
        time.sleep(0.05)


def page_id_of(env: dict, path: str) -> int:
    code = (
        "import django; django.setup(); from wagtail.models import Page; "
        f"print(Page.objects.get(url_path='/home{path}').pk)"
    )
    result = subprocess.run(
        [PYTHON, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=60
    )
    return int(result.stdout.strip().splitlines()[-1])


def republish(env: dict, path: str, title: str) -> None:
    """Publish a new revision of the page at `path` with A's settings and code (what the
    admin's publish button runs: signals, the page cache's token, the front cache's ban)."""
    code = f"""
import django
django.setup()
from wagtail.models import Page
page = Page.objects.get(url_path="/home{path}").specific
page.title = {title!r}
page.save_revision().publish()
"""
    subprocess.run([PYTHON, "-c", code], cwd=BASE_DIR, env=env, check=True, timeout=60)


def check_nothing_personal(ports: Ports, editor: Browser) -> None:
    print("5. Nothing personal from Varnish's cache", flush=True)
    for path in PAGES[:3]:
        through_varnish(ports, path)
    signed_in = Browser(cookies=dict(editor.cookies))
    for path in PAGES[:3]:
        reply = through_varnish(ports, path, signed_in)
        check(
            reply.header("X-Front-Cache") == "miss" and "wagtail-userbar" in reply.text,
            f"the editor gets {path} from an app server, with the editor's bar",
        )
        check("no-store" in reply.header("Cache-Control"), "  and marked no-store")

    visitor = Browser()
    form = through_varnish(ports, FORM, visitor)
    check("csrftoken" in visitor.cookies, "the form page gives the visitor a CSRF cookie")
    check(form.header("X-Front-Cache") == "miss", "  and is not from Varnish's cache")
    for path in [FORM, *PAGES[:3]]:
        reply = through_varnish(ports, path, visitor)
        check(reply.header("X-Front-Cache") == "miss", f"with the CSRF cookie, {path} is passed")

    marker = f"Zq{uuid.uuid4().hex[:10]}"
    visitor.get(ports.varnish, FORM)
    reply = visitor.post(ports.varnish, FORM, {**DEMO_FORM_ANSWERS, "last_name": marker})
    check(reply.status in (200, 302, 303), f"a visitor's form answer went through ({reply.status})")

    stranger = Browser()
    leaks = []
    for path in [FORM, *PAGES, *UNCACHED]:
        for _ in range(2):
            reply = through_varnish(ports, path, stranger)
            set_cookies = " ".join(reply.headers.get_all("Set-Cookie") or [])
            if marker in reply.text:
                leaks.append(f"{path}: the form answer")
            if reply.header("X-Front-Cache") == "hit" and set_cookies:
                leaks.append(f"{path}: a cached Set-Cookie")
            if "sessionid" in set_cookies:
                leaks.append(f"{path}: a session cookie")
            stranger.cookies.clear()
    check(
        not leaks,
        "no page a stranger gets holds a form answer or a cookie: " + (", ".join(leaks) or "none"),
    )


WRK_SCRIPT = """
local paths = {%(paths)s}
local counter = 0
local threads = {}
local started = nil
function setup(thread)
    table.insert(threads, thread)
end
function init(args)
    seconds = {}
    failed = {}
end
function request()
    counter = counter + 1
    return wrk.format("GET", paths[(counter %% #paths) + 1])
end
function response(status, headers, body)
    local second = os.time()
    seconds[second] = (seconds[second] or 0) + 1
    if status >= 400 then
        failed[second] = (failed[second] or 0) + 1
    end
end
function done(summary, latency, requests)
    local totals, fails = {}, {}
    for _, thread in ipairs(threads) do
        for second, n in pairs(thread:get("seconds")) do
            totals[second] = (totals[second] or 0) + n
        end
        for second, n in pairs(thread:get("failed")) do
            fails[second] = (fails[second] or 0) + n
        end
    end
    for second, n in pairs(totals) do
        io.write(string.format("SECOND %%d %%d %%d\\n", second, n, fails[second] or 0))
    end
    local e = summary.errors
    io.write(string.format("SOCKET %%d connect %%d read %%d write %%d timeout %%d\\n",
        e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout))
end
"""


@dataclass
class LoadRun:
    per_second: dict[int, tuple[int, int]]  # unix second: (responses, failed)
    socket_errors: int

    def between(self, first: float, last: float) -> tuple[int, int]:
        rows = [v for s, v in self.per_second.items() if first <= s <= last]
        return sum(n for n, _ in rows), sum(f for _, f in rows)


@contextmanager
def wrk_load(ports: Ports, seconds: int) -> Iterator[list[LoadRun]]:
    """wrk through Varnish for `seconds`, in the background; the result once it ends."""
    wrk = find("wrk")
    if wrk is None:
        raise SystemExit("wrk not found: apt-get install -y wrk")
    script = WORK_DIR / "load.lua"
    # Mostly cached pages, as visitors ask; every ninth request goes to an app server.
    paths = ", ".join(f'"{path}"' for path in [*PAGES, UNCACHED[0]])
    script.write_text(WRK_SCRIPT % {"paths": paths})
    command = [
        wrk,
        "-t2",
        "-c8",
        f"-d{seconds}s",
        # A request still unanswered after this long counts as failed (a busy shared machine
        # can take a few seconds over an uncached page; a lost request takes forever).
        "--timeout",
        "10s",
        "-s",
        str(script),
        f"http://127.0.0.1:{ports.varnish}",
    ]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    result: list[LoadRun] = []
    try:
        yield result
        output, _ = proc.communicate(timeout=seconds + 30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)
    per_second = {}
    for second, total, failed in re.findall(r"^SECOND (\d+) (\d+) (\d+)$", output, re.M):
        per_second[int(second)] = (int(total), int(failed))
    socket = re.search(r"^SOCKET (\d+)(.*)$", output, re.M)
    if socket and socket.group(1) != "0":
        print(f"    wrk's socket errors:{socket.group(2)}", flush=True)
    result.append(LoadRun(per_second, int(socket.group(1)) if socket else -1))


def check_rolling_restart(ports: Ports, app_a: Server) -> None:
    print("4. A's workers restarted one at a time under load (a deploy)", flush=True)
    with wrk_load(ports, 12) as result:
        time.sleep(2)
        for old in app_a.workers():
            os.kill(old, signal.SIGTERM)  # graceful: finishes what it has, takes nothing new
            wait_until(
                lambda old=old: (
                    old not in app_a.workers()
                    and len(app_a.workers()) == 2
                    and answers(ports.app_a)
                ),
                30,
                app_a,
            )
            time.sleep(1)
    run = result[0]
    total, failed = run.between(0, float("inf"))
    check(total > 0, f"{total} requests through Varnish while A's workers restarted")
    check(
        failed == 0 and run.socket_errors == 0,
        f"none failed ({failed} errors, {run.socket_errors} socket errors)",
    )


def check_kill(ports: Ports, app_a: Server, cache: Varnish) -> None:
    print(f"3. A killed under load ({LOAD_SECONDS} s of wrk through Varnish)", flush=True)
    with wrk_load(ports, LOAD_SECONDS) as result:
        time.sleep(5)
        killed = time.time()
        with suppress(ProcessLookupError):
            os.killpg(app_a.process.pid, signal.SIGKILL)
        app_a.process.wait(timeout=10)
        sick = None
        while time.time() - killed < 10:
            if cache.healthy("app_a") is False:
                sick = time.time()
                break
            time.sleep(0.1)
    run = result[0]
    noticed = None if sick is None else sick - killed
    check(
        noticed is not None and noticed <= PROBE_INTERVAL + 1.0,
        f"Varnish took A out {fmt(noticed) if noticed is not None else 'never'} after it died "
        f"(probe every {PROBE_INTERVAL:.0f} s)",
    )
    total, failed = run.between(0, float("inf"))
    if sick is None:
        return
    window_total, window_failed = run.between(int(killed), int(sick))
    _after_total, after_failed = run.between(int(sick) + 1, float("inf"))
    check(
        window_failed <= 0.01 * max(window_total, 1),
        f"while it noticed: {window_failed} of {window_total} requests failed",
    )
    check(after_failed == 0, f"after: none failed ({after_failed}); {total} requests in all")
    check(run.socket_errors == 0, f"no connection to Varnish failed ({run.socket_errors})")


# ---------------------------------------------------------------- entry points


def serve(ports: Ports) -> int:
    with cluster(ports) as (_env, _a, _b, _cache, _stack):
        print(
            f"\n  Site through Varnish:  http://127.0.0.1:{ports.varnish}/\n"
            f"  App server A:          http://127.0.0.1:{ports.app_a}/\n"
            f"  App server B:          http://127.0.0.1:{ports.app_b}/\n"
            f"  S3 bucket:             http://127.0.0.1:{ports.bucket}/{BUCKET}/\n"
            f"  Logs:                  {WORK_DIR}/\n\n  Ctrl-C stops everything.\n",
            flush=True,
        )
        with suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


def run_checks(ports: Ports) -> int:
    started = time.monotonic()
    with cluster(ports) as (env, app_a, _app_b, cache, _stack):
        print(f"  running after {time.monotonic() - started:.0f} s", flush=True)
        editor = sign_in(ports.app_a)
        check_image_upload(ports, editor)
        check_publish(ports, env, editor)
        check_nothing_personal(ports, editor)
        check_rolling_restart(ports, app_a)
        check_kill(ports, app_a, cache)
    took = time.monotonic() - started
    print(f"\nmake cluster-check took {took:.0f} s.")
    if failures:
        print(f"{len(failures)} check(s) failed:\n  " + "\n  ".join(failures))
        return 1
    print("Every check passed.")
    return 0


def main() -> int:
    exit_cleanly_on_sigterm()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["serve", "check"])
    args = parser.parse_args()
    ports = Ports()
    return serve(ports) if args.command == "serve" else run_checks(ports)


if __name__ == "__main__":
    sys.exit(main())
