"""Configuration (clinic_site/settings/): production refuses to start half-configured and says
why in one line; every real environment keeps two-step sign-in and lockouts on; staff
passwords are long, not common, not all digits, not the person's own name; idle sessions end
after an hour; and redirects editors make in the admin are followed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect

from pages.models import HomePage
from tests.conftest import run_django
from tests.factories import publish_child

BASE_DIR = Path(__file__).resolve().parents[2]
PRINT_SETTINGS = (
    "from django.conf import settings; "
    "print(settings.STAFF_TWO_FACTOR_REQUIRED, getattr(settings, 'AXES_ENABLED', True), "
    "'axes.middleware.AxesMiddleware' in settings.MIDDLEWARE, "
    "'staff.middleware.TwoFactorMiddleware' in settings.MIDDLEWARE, "
    "settings.AUTHENTICATION_BACKENDS[0])"
)


def _manage(*args, env):
    clean_env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    clean_env.update(env, DJANGO_SETTINGS_MODULE="clinic_site.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_names_the_missing_variable_without_a_traceback(missing):
    env = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "clinic.example"}
    del env[missing]

    result = _manage("check", env=env)

    assert result.returncode != 0
    assert missing in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_production_deploy_check_is_clean_with_a_realistic_environment(tmp_path):
    env = {
        "SECRET_KEY": "k3y-" + "a1b2c3d4e5" * 6,
        "ALLOWED_HOSTS": "clinic.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }

    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_a_cache_each_process_keeps_apart():
    env = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "clinic.example", "CACHE_URL": "locmemcache://"}

    result = _manage("check", env=env)

    assert result.returncode != 0
    assert "CACHE_URL" in result.stderr and "REDIS_URL" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_without_redis_production_shares_one_cache_between_processes(tmp_path):
    env = {
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "clinic.example",
        "CACHE_DIR": str(tmp_path / "cache"),
    }
    setter = "from django.core.cache import cache; cache.set('shared', 'from one process', 60)"
    getter = "from django.core.cache import cache; print(cache.get('shared'))"

    _manage("shell", "-c", setter, env=env)
    result = _manage("shell", "-c", getter, env=env)

    assert result.stdout.strip().splitlines()[-1] == "from one process"


@pytest.mark.parametrize("module", ["dev", "production"])
def test_two_step_sign_in_and_lockouts_are_on_outside_the_test_suite(module, tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": f"clinic_site.settings.{module}",
        "SECRET_KEY": "k3y-" + "a1b2c3d4e5" * 6,
        "ALLOWED_HOSTS": "clinic.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }

    result = run_django(PRINT_SETTINGS, env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True",
        "True",
        "True",
        "True",
        "axes.backends.AxesBackend",
    ]


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("Tr0ub4dor&3", "too short"),
        ("password1234", "too common"),
        ("839201746352", "entirely numeric"),
        ("annabel.hughes", "too similar"),
    ],
)
def test_weak_passwords_are_refused(password, reason, db):
    user = get_user_model()(username="annabel.hughes", email="annabel.hughes@clinic.example")

    with pytest.raises(ValidationError) as refused:
        validate_password(password, user=user)

    assert reason in " ".join(refused.value.messages)


def test_a_long_passphrase_is_accepted(db):
    user = get_user_model()(username="annabel.hughes")

    assert validate_password("plum-harbour-lantern-47", user=user) is None


def test_an_administrator_cannot_give_a_new_account_a_weak_password(admin_client):
    response = admin_client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "newstaff",
            "email": "newstaff@clinic.example",
            "first_name": "New",
            "last_name": "Staff",
            "password1": "short1",
            "password2": "short1",
        },
    )

    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()
    assert not get_user_model().objects.filter(username="newstaff").exists()


def test_sessions_end_after_an_hour_without_activity_by_default(settings):
    from clinic_site.settings import base

    assert base.SESSION_COOKIE_AGE == 60 * 60


def test_redirect_made_in_the_admin_sends_visitors_to_the_page(admin_client, client, home):
    target = publish_child(home, HomePage(title="Costs", slug="costs"))

    response = admin_client.post(
        "/admin/redirects/add/",
        {"old_path": "/pricing", "redirect_page": target.pk, "is_permanent": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Redirect.objects.filter(old_path="/pricing").exists()

    visit = client.get("/pricing/")

    assert visit.status_code == 301
    assert visit["Location"] == "/costs/"
