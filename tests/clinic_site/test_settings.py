"""Configuration: production refuses to start half-configured, and says why in one line."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


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
