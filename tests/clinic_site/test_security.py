"""Security headers on public pages and in the admin, and no inline script on public pages."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def csp(response) -> dict[str, list[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.fixture
def public_page(client, home):
    return client.get("/")


@pytest.fixture
def admin_page(client, admin_user):
    client.force_login(admin_user)
    return client.get("/admin/")


@pytest.fixture(params=["public", "admin"])
def any_page(request):
    return request.getfixturevalue(f"{request.param}_page")


def test_public_page_allows_no_inline_script_or_style(public_page):
    policy = csp(public_page)

    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["frame-ancestors"] == ["'none'"]


def test_admin_page_gets_its_own_policy_with_inline_script(admin_page):
    policy = csp(admin_page)

    assert admin_page.status_code == 200
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_page_preview_may_be_framed_by_the_editor(client, admin_user, home):
    # Wagtail renders previews through the middleware as if for the public address; the
    # public policy's "frame-ancestors 'none'" would blank the editor's preview panel.
    client.force_login(admin_user)

    response = client.get(f"/admin/pages/{home.pk}/view_draft/")

    assert response.status_code == 200
    assert csp(response)["frame-ancestors"] == ["'self'"]


def test_policy_on_cached_page_matches_the_first_response(client, home):
    first = client.get("/")
    second = client.get("/")

    assert second["X-Cache"] == "hit"
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["Permissions-Policy"] == first["Permissions-Policy"]


def test_plugins_base_and_form_targets_are_locked_down(any_page):
    policy = csp(any_page)

    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]


def test_referrer_policy(any_page):
    assert any_page["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_content_type_sniffing_is_off(any_page):
    assert any_page["X-Content-Type-Options"] == "nosniff"


def test_framing_is_refused(public_page):
    assert public_page["X-Frame-Options"] == "DENY"


def test_permissions_policy_allows_only_geolocation_from_this_site(any_page):
    features = dict(item.split("=", 1) for item in any_page["Permissions-Policy"].split(", "))

    assert features.pop("geolocation") == "(self)"
    for denied in ("camera", "microphone", "payment", "usb", "browsing-topics", "interest-cohort"):
        assert features[denied] == "()"
    assert set(features.values()) == {"()"}


def test_headers_are_on_error_pages_too(client, home):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert csp(response)["script-src"] == ["'self'"]
    assert "Permissions-Policy" in response


def test_public_page_has_no_inline_script_style_or_event_handler(public_page):
    html = public_page.content.decode()

    # JSON-LD is data a browser never runs, so it is the one script element without a src.
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert all("src=" in tag or 'type="application/ld+json"' in tag for tag in scripts)
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"<style\b", html)
    assert not re.search(r"\son[a-z]+=", html)


PRODUCTION_PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client
# /healthz renders no template, so no collected static files are needed.
response = Client().get("/healthz", secure=True, HTTP_HOST="clinic.example")
print(json.dumps({
    "status": response.status_code,
    "hsts": response.get("Strict-Transport-Security", ""),
    "csrf_cookie": {
        "secure": settings.CSRF_COOKIE_SECURE,
        "samesite": settings.CSRF_COOKIE_SAMESITE,
    },
    "session_cookie": {
        "secure": settings.SESSION_COOKIE_SECURE,
        "httponly": settings.SESSION_COOKIE_HTTPONLY,
        "samesite": settings.SESSION_COOKIE_SAMESITE,
    },
}))
"""


def test_production_sends_hsts_for_a_year_and_only_secure_samesite_cookies(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}},
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings.production",
        "SECRET_KEY": "k3y-" + "a1b2c3d4e5" * 6,
        "ALLOWED_HOSTS": "clinic.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CACHE_DIR": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_PROBE],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])

    assert probe["status"] == 200
    max_age = int(re.search(r"max-age=(\d+)", probe["hsts"]).group(1))
    assert max_age >= 365 * 24 * 60 * 60
    assert "includeSubDomains" in probe["hsts"]
    assert probe["csrf_cookie"] == {"secure": True, "samesite": "Lax"}
    assert probe["session_cookie"] == {"secure": True, "httponly": True, "samesite": "Lax"}
