"""`make bench`: each page type served by gunicorn with production settings, cached and
uncached, against a static file from the same server, measured with wrk on loopback; each
page rendered in-process on a page-cache miss and with every cache empty (bench/probe.py);
then a sustained mix of pages while gunicorn recycles its workers, for the errors and the
longest time no response completed (bench/load.py).

The demo site lives in var/bench/ (SQLite) unless BENCH_DATABASE_URL names another
database; REDIS_URL, when set, is used for the cache as production would, otherwise the
shared cache files in var/bench/cache/. Runs are bounded (wrk -d, default 5 s each; the
sustained load, default 20 s). Prints Markdown tables for the README.
"""

import argparse
import contextlib
import http.client
import json
import os
import platform
import re
import runpy
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from unittest import mock

from bench.load import LoadResult, sustained_load
from bench.server import (
    BASE_DIR,
    PYTHON,
    VAR_DIR,
    Response,
    exit_cleanly_on_sigterm,
    get,
    gunicorn,
    prepare_site,
    production_env,
)
from deploy.cluster import find as find_program
from deploy.cluster import varnish

# Each page type's address in the demo content (see demo/: blog_posts.py and
# locations.py for the slugs). Add a line as page types land.
PAGES = [
    ("Home page", "/"),
    ("Learn index", "/learn/"),
    ("Article", "/learn/what-is-ketamine/"),
    ("Conditions index", "/conditions/"),
    ("Condition", "/conditions/depression/"),
    ("Self-check", "/learn/depression-self-check/"),
    ("Standard page", "/accessibility/"),
    ("Team", "/team/"),
    ("Locations index", "/locations/"),
    ("Clinic", "/locations/naperville/"),
    ("Location finder", "/locations/?zip=60540"),
    ("Consultation form", "/book-a-consultation/"),
    ("Referral form", "/for-clinicians/"),
    ("Blog index", "/blog/"),
    ("Blog post", "/blog/ketamine-infusion-therapy-for-depression/"),
    ("Blog tag", "/blog/tag/treatment-options/"),
    ("Blog feed", "/blog/feed/"),
    ("Search", "/search/?q=ketamine"),
    ("Sitemap", "/sitemap.xml"),
]
# Never served from the page cache, by design: addresses with a query string (the finder,
# search) and the consultation and referral forms, which set the CSRF cookie.
NOT_CACHED = {path for _, path in PAGES if "?" in path} | {
    "/book-a-consultation/",
    "/for-clinicians/",
}
STATIC_FILE = "css/site.css"
# wrk sends no user agent, which visit counting takes for a script: this one is a browser's,
# so with VISIT_COUNTING on (the default; `VISIT_COUNTING=off make bench` turns it off) each
# page view is counted as a visitor's would be.
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0"


@dataclass
class WrkResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


def parse_wrk(output: str) -> WrkResult:
    def latency(percentile: str) -> float:
        match = re.search(rf"^\s*{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    return WrkResult(rps, latency("50"), latency("99"), errors)


def run_wrk(port: int, path: str, args, headers: tuple[str, ...] = ()) -> WrkResult:
    command = [
        "wrk",
        *(part for header in headers for part in ("-H", header)),
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{args.duration}s",
        "--timeout",
        "5s",
        "--latency",
        "-H",
        f"User-Agent: {USER_AGENT}",
        f"http://127.0.0.1:{port}{path}",
    ]
    output = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=args.duration + 30
    ).stdout
    return parse_wrk(output)


def static_path() -> str:
    manifest = json.loads((BASE_DIR / "staticfiles" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"][STATIC_FILE]


# What the render finds in the cache besides the page cache, which is off (bench/probe.py):
# "miss", everything else warm, as for a signed-in editor or a visitor with a session cookie;
# "empty", nothing at all, every cache emptied before each render.
PROBE_MODES = ("miss", "empty")


def probe(env: dict[str, str], mode: str) -> dict[str, dict]:
    """Each page rendered in-process with the page cache off, in `mode`."""
    paths = [path for _, path in PAGES]
    result = subprocess.run(
        [PYTHON, "-m", "bench.probe", mode, *paths],
        cwd=BASE_DIR,
        env={**env, "PAGE_CACHE_SECONDS": "0"},
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    rows = {row["path"]: row for row in json.loads(result.stdout.strip().splitlines()[-1])}
    for path, row in rows.items():
        if row["status"] != 200:
            print(f"warning: {path} answered {row['status']} in the probe", file=sys.stderr)
    return rows


def measure(env: dict[str, str], cached: bool, args) -> dict[str, WrkResult]:
    mode_env = {**env, "PAGE_CACHE_SECONDS": "600" if cached else "0"}
    results = {}
    with gunicorn(mode_env, workers=args.workers, log_name="bench-gunicorn") as server:
        for _, path in PAGES:
            hit = warm(server.port, path)
            if cached and hit == (path in NOT_CACHED):
                served = "served" if hit else "not served"
                print(f"warning: {path} is {served} from the cache", file=sys.stderr)
        targets = {"static": static_path(), **{path: path for _, path in PAGES}}
        for key, path in targets.items():
            before = cpu_ticks(server.workers())
            results[key] = run_wrk(server.port, path, args)
            after = cpu_ticks(before)
            used = [after[pid] - before[pid] for pid in after]
            if len(used) > 1 and min(used) < 0.05 * sum(used):
                # The asyncio worker that wakes first accepts every connection wrk opens at
                # once: this run measured one worker, not all of them.
                print(
                    f"warning: one worker took all of wrk's connections to {path}", file=sys.stderr
                )
    return results


def varnish_ports() -> tuple[int, int]:
    """Varnish's port and its admin port: BENCH_VARNISH_PORT and the next, or free ones."""
    if os.environ.get("BENCH_VARNISH_PORT"):
        port = int(os.environ["BENCH_VARNISH_PORT"])
        return port, port + 1
    ports = []
    for _ in range(2):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            ports.append(sock.getsockname()[1])
    return ports[0], ports[1]


@dataclass
class VarnishRow:
    result: WrkResult
    gzip_bytes: int


def measure_varnish(env: dict[str, str], args) -> dict[str, VarnishRow]:
    """Each page the page cache keeps, through Varnish (deploy/varnish/default.vcl) in front
    of the same gunicorn as the page-cache rows, asked for with gzip as browsers do."""
    mode_env = {**env, "PAGE_CACHE_SECONDS": "600"}
    rows = {}
    port, admin_port = varnish_ports()
    with (
        gunicorn(mode_env, workers=args.workers, log_name="bench-varnish-gunicorn") as server,
        varnish(port, admin_port, [server.port], name="bench-varnish"),
    ):
        for _, path in PAGES:
            if path in NOT_CACHED:
                continue
            for _ in range(2):
                reply = get_gzip(port, path)
            if reply.header("X-Front-Cache") != "hit":
                print(f"warning: {path} is not served from Varnish's cache", file=sys.stderr)
            result = run_wrk(port, path, args, headers=(GZIP,))
            rows[path] = VarnishRow(result, len(reply.body))
    return rows


GZIP = "Accept-Encoding: gzip"


def get_gzip(port: int, path: str):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
        reply = connection.getresponse()
        response = Response(
            reply.status, {k.lower(): v for k, v in reply.getheaders()}, reply.read()
        )
    finally:
        connection.close()
    if response.header("Content-Encoding") != "gzip":
        print(f"warning: {path} came through Varnish uncompressed", file=sys.stderr)
    return response


def varnish_table(rows: dict[str, VarnishRow], hits: dict[str, WrkResult]) -> str:
    lines = [
        "| page | Varnish req/s | p50 ms | p99 ms | errors | gunicorn page-cache hit req/s "
        "| × hit | gzip KB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, path in PAGES:
        if path not in rows:
            continue
        r, hit = rows[path].result, hits[path]
        lines.append(
            f"| {name} `{path}` | {r.requests_per_second:.0f} | {r.p50_ms:.2f} | {r.p99_ms:.2f} "
            f"| {r.errors} | {hit.requests_per_second:.0f} "
            f"| {r.requests_per_second / hit.requests_per_second:.1f} "
            f"| {rows[path].gzip_bytes / 1024:.1f} |"
        )
    return "\n".join(lines)


# Visit counting's cost, measured on page-cache hits (where it is the largest share of the
# work): a few page types, each against the static file, with counting on and off.
COUNTING_PAGES = ["/", "/learn/what-is-ketamine/", "/locations/naperville/", "/blog/"]
COUNTING_ROUNDS = 3


def counting_cost(env: dict[str, str], args) -> dict[str, list[float]]:
    """The page-cache hit's requests per second over the static file's, with visit counting on
    and with it off: one round after another, each measuring both servers in turn (in
    alternating order), so drift in the machine's speed falls on both alike.

    Two servers run at once, one worker each: with two, the asyncio worker that wakes first
    often takes every connection wrk opens, and how the load splits would vary more than the
    cost being measured.
    """
    cached = {**env, "PAGE_CACHE_SECONDS": "600", "VISIT_FLUSHER": "off"}
    ratios: dict[str, list[float]] = {"on": [], "off": []}
    with contextlib.ExitStack() as stack:
        servers = {
            name: stack.enter_context(
                gunicorn({**cached, "VISIT_COUNTING": name}, 1, f"bench-counting-{name}")
            )
            for name in ("on", "off")
        }
        for server in servers.values():
            for path in COUNTING_PAGES:
                if not warm(server.port, path):
                    print(f"warning: {path} is not served from the cache", file=sys.stderr)
        for round_number in range(COUNTING_ROUNDS):
            order = ["on", "off"] if round_number % 2 == 0 else ["off", "on"]
            for name in order:
                port = servers[name].port
                static = run_wrk(port, static_path(), args).requests_per_second
                hits = [run_wrk(port, path, args).requests_per_second for path in COUNTING_PAGES]
                ratios[name].append(statistics.mean(hits) / static)
    return ratios


def counting_heading(args) -> str:
    return (
        f"\nVisit counting on and off: two servers of one worker each, page-cache hits of "
        f"{len(COUNTING_PAGES)} page types ({', '.join(COUNTING_PAGES)}) against the static "
        f"file, wrk -t{args.threads} -c{args.connections} -d{args.duration}s, "
        f"{COUNTING_ROUNDS} rounds measuring both servers in turn. Each round's figure is the "
        "mean of the pages' requests per second over the static file's.\n"
    )


def counting_table(ratios: dict[str, list[float]]) -> str:
    lines = [
        "| visit counting | hit/static, each round | median |",
        "|---|---|---:|",
    ]
    for name, values in ratios.items():
        rounds = ", ".join(f"{value:.2f}" for value in values)
        lines.append(f"| {name} | {rounds} | {statistics.median(values):.2f} |")
    drop = statistics.median(ratios["off"]) - statistics.median(ratios["on"])
    lines.append(f"\nCounting costs {drop:+.2f} of the static file's rate (off minus on).")
    return "\n".join(lines)


def warm(port: int, path: str) -> bool:
    """Ask for the page twice, and say whether the second answer came from the page cache
    (which every worker shares)."""
    for _ in range(2):
        response = get(port, path)
    return response.header("X-Cache") == "hit"


def cpu_ticks(pids: Iterable[int]) -> dict[int, int]:
    """CPU time each process has used so far, in clock ticks."""
    ticks = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks[pid] = int(fields[11]) + int(fields[12])  # utime, stime
    return ticks


def table(probes: dict[str, dict[str, dict]], runs: dict[bool, dict[str, WrkResult]] | None) -> str:
    probe_headers = [f"{mode}: {what}" for mode in PROBE_MODES for what in ("queries", "CPU ms")]
    lines = [
        "| page | cache | req/s | p50 ms | p99 ms | errors | × static | HTML KB | "
        + " | ".join(probe_headers)
        + " |",
        "|---|---|" + "---:|" * (6 + len(probe_headers)),
    ]

    def page_columns(path: str) -> str:
        columns = [f"{probes['miss'][path]['html_bytes'] / 1024:.1f}"]
        for mode in PROBE_MODES:
            row = probes[mode][path]
            columns += [str(row["queries"]), f"{row['cpu_ms']:.1f}"]
        return "| " + " | ".join(columns) + " |"

    for cached in (True, False):
        if runs is None:
            break
        static = runs[cached]["static"]
        label = "on" if cached else "off"
        lines.append(
            f"| static file | {label} | {static.requests_per_second:.0f} | {static.p50_ms:.2f} "
            f"| {static.p99_ms:.2f} | {static.errors} | 1.00 |" + " |" * (1 + len(probe_headers))
        )
        for name, path in PAGES:
            r = runs[cached][path]
            lines.append(
                f"| {name} `{path}` | {label} | {r.requests_per_second:.0f} | {r.p50_ms:.2f} "
                f"| {r.p99_ms:.2f} | {r.errors} "
                f"| {r.requests_per_second / static.requests_per_second:.2f} " + page_columns(path)
            )
    if runs is None:
        for name, path in PAGES:
            lines.append(f"| {name} `{path}` | – " + "| " * 5 + page_columns(path))
    return "\n".join(lines)


# The sustained load: workers recycled every few hundred requests, so each restarts several
# times while clients keep asking. At least one worker should answer all the while.
LOAD_MAX_REQUESTS = 300


def load(env: dict[str, str], args) -> LoadResult:
    load_env = {**env, "PAGE_CACHE_SECONDS": "600", "GUNICORN_MAX_REQUESTS": str(LOAD_MAX_REQUESTS)}
    with gunicorn(load_env, workers=args.workers, log_name="bench-load-gunicorn") as server:
        for _, path in PAGES:
            warm(server.port, path)
        paths = [path for _, path in PAGES]
        return sustained_load(server, paths, args.load_seconds, args.connections)


def load_table(result: LoadResult) -> str:
    errors = ", ".join(f"{kind} {n}" for kind, n in result.errors.most_common())
    return "\n".join(
        [
            "| requests | req/s | errors | retried on a new connection | p99 ms | slowest ms "
            "| longest gap ms | gap began at s | worker restarts |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| {result.requests} | {result.requests / result.seconds:.0f} "
            f"| {result.error_count}{f' ({errors})' if errors else ''} | {result.retried} "
            f"| {result.p99_ms:.1f} | {result.max_ms:.0f} | {result.longest_gap_s * 1000:.0f} "
            f"| {result.gap_at_s:.1f} | {result.restarts} |",
        ]
    )


def max_requests_jitter() -> int:
    """As gunicorn.conf.py sets it for the load run: each worker restarts after max_requests
    plus a random number of requests up to this."""
    with mock.patch.dict(os.environ, {"GUNICORN_MAX_REQUESTS": str(LOAD_MAX_REQUESTS)}):
        config = runpy.run_path(str(BASE_DIR / "gunicorn.conf.py"))
    return int(config.get("max_requests_jitter", 0))


def cpu_ms_for_a_fixed_loop() -> float:
    """CPU time of three million multiply-adds: how fast this machine is just now (a shared
    virtual machine's speed drifts from hour to hour)."""
    start = time.process_time()
    total = 0
    for n in range(3_000_000):
        total += n * 3
    return (time.process_time() - start) * 1000


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main() -> int:
    exit_cleanly_on_sigterm()
    started = time.monotonic()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--load-seconds", type=int, default=20, help="seconds of sustained load")
    parser.add_argument(
        "--counting-only",
        action="store_true",
        help="measure only what visit counting costs (counting on against off)",
    )
    args = parser.parse_args()

    bench_dir = VAR_DIR / "bench"
    bench_dir.mkdir(parents=True, exist_ok=True)
    env = production_env(
        DATABASE_URL=os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{bench_dir / 'db.sqlite3'}"),
        MEDIA_ROOT=str(bench_dir / "media"),
        PRIVATE_MEDIA_ROOT=str(bench_dir / "private-media"),
        CACHE_DIR=str(bench_dir / "cache"),
        # No worker restarts inside a wrk measurement; the sustained load sets its own.
        GUNICORN_MAX_REQUESTS="0",
        # wrk searches thousands of times a second from one address.
        SEARCH_RATE_LIMIT_REQUESTS="0",
        NOTIFICATION_WORKER="off",
    )
    if os.environ.get("REDIS_URL"):
        env.update(REDIS_URL=os.environ["REDIS_URL"], CACHE_KEY_PREFIX="bench")

    loop_before, load_before = cpu_ms_for_a_fixed_loop(), os.getloadavg()[0]
    print("Preparing the demo site (migrate, demo content, collectstatic)...", flush=True)
    prepare_site(env)
    if args.counting_only:
        print(counting_heading(args))
        print(counting_table(counting_cost(env, args)))
        return 0
    print("Rendering each page in-process...", flush=True)
    probes = {mode: probe(env, mode) for mode in PROBE_MODES}
    if not shutil.which("wrk"):
        print(table(probes, None))
        print("\nwrk is not installed: `apt-get install -y wrk`, then run `make bench` again.")
        return 1

    runs = {}
    for cached in (True, False):
        print(f"Measuring with the page cache {'on' if cached else 'off'}...", flush=True)
        runs[cached] = measure(env, cached, args)
    through_varnish = None
    if find_program("varnishd"):
        print("Measuring through Varnish...", flush=True)
        through_varnish = measure_varnish(env, args)
    print(f"Sustained load for {args.load_seconds} s with workers recycled...", flush=True)
    sustained = load(env, args)
    print("Measuring visit counting on and off, side by side...", flush=True)
    counting_ratios = counting_cost(env, args)
    loop_after = cpu_ms_for_a_fixed_loop()

    cache_name = "Redis" if "REDIS_URL" in env else "shared file"
    counting = env.get("VISIT_COUNTING", "on").lower() in {"on", "true", "1", "yes"}
    database = env["DATABASE_URL"].split(":", 1)[0]
    print(
        f"\nMachine: {os.cpu_count()} CPUs ({cpu_model()}), Python {platform.python_version()}, "
        f"{database} database; three million multiply-adds took "
        f"{loop_before:.0f} ms of CPU before the run and {loop_after:.0f} ms after; the load "
        f"average (other work on the machine) was {load_before:.1f} before it. The bench took "
        f"{time.monotonic() - started:.0f} s."
    )
    print(
        f"\nwrk -t{args.threads} -c{args.connections} -d{args.duration}s, gunicorn "
        f"{args.workers} workers, production settings, {cache_name} cache, visit counting "
        f"{'on' if counting else 'off'}. HTML size, queries "
        "and render CPU are for one render with the page cache off, in-process (CPU: median of "
        "20): 'miss' with the other caches warm (menu and footer fragments, renditions, site "
        "root paths), as for a signed-in editor or a visitor with a session cookie; 'empty' "
        "with every cache emptied before each render.\n"
    )
    print(table(probes, runs))
    if through_varnish is None:
        print("\nvarnishd is not installed: `apt-get install -y varnish` for the Varnish rows.")
    else:
        print(
            f"\nThrough Varnish (deploy/varnish/default.vcl) in front of gunicorn {args.workers} "
            "workers, each page the page cache keeps, asked for with Accept-Encoding: gzip "
            "(HTML compressed by Varnish); beside it, the same page as a page-cache hit from "
            "gunicorn, from the table above.\n"
        )
        print(varnish_table(through_varnish, runs[True]))
    print(
        f"\nSustained load: {args.connections} keep-alive clients for {args.load_seconds} s, "
        f"each cycling through the {len(PAGES)} pages above ({len(PAGES) - len(NOT_CACHED)} of "
        f"them served from the page cache); gunicorn {args.workers} workers, each restarted "
        f"after {LOAD_MAX_REQUESTS} requests plus up to "
        f"{max_requests_jitter()} (max_requests_jitter in gunicorn.conf.py). Errors: failed "
        "connections and answers other than 2xx or 3xx. A request that meets a kept-alive "
        "connection the server has just closed is sent once more on a new one, as browsers "
        "do. Longest gap: the longest time in which no response completed.\n"
    )
    print(load_table(sustained))
    print(counting_heading(args))
    print(counting_table(counting_ratios))
    return 0


if __name__ == "__main__":
    sys.exit(main())
