"""The test suite turns two-step sign-in and lockouts off for other apps' admin tests; every
real environment keeps them on."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PRINT_SETTINGS = (
    "from django.conf import settings; "
    "print(settings.STAFF_TWO_FACTOR_REQUIRED, getattr(settings, 'AXES_ENABLED', True), "
    "'axes.middleware.AxesMiddleware' in settings.MIDDLEWARE, "
    "'staff.middleware.TwoFactorMiddleware' in settings.MIDDLEWARE, "
    "settings.AUTHENTICATION_BACKENDS[0])"
)


@pytest.mark.parametrize("module", ["dev", "production"])
def test_two_step_sign_in_and_lockouts_are_on_outside_the_test_suite(module, tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": f"clinic_site.settings.{module}",
        "SECRET_KEY": "k3y-" + "a1b2c3d4e5" * 6,
        "ALLOWED_HOSTS": "clinic.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }

    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {PRINT_SETTINGS}"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True",
        "True",
        "True",
        "True",
        "axes.backends.AxesBackend",
    ]
