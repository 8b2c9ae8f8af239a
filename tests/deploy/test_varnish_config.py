"""The Varnish configuration (deploy/varnish/) compiles, with the example backends and with
those `make cluster` writes; what it does is checked by `make cluster-check`."""

import shutil
import subprocess

import pytest

from deploy.cluster import VCL, backends_vcl

VARNISHD = shutil.which("varnishd", path="/usr/sbin:/usr/bin:/sbin:/bin")
pytestmark = pytest.mark.skipif(VARNISHD is None, reason="Varnish is not installed")


def compile_vcl(vcl_path: str, tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            VARNISHD,
            "-C",
            "-j",
            "none",
            "-f",
            str(VCL),
            "-p",
            f"vcl_path={vcl_path}",
            "-n",
            str(tmp_path / "n"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_vcl_compiles_with_the_example_backends(tmp_path):
    result = compile_vcl(str(VCL.parent), tmp_path)

    assert result.returncode == 0, result.stderr


def test_the_vcl_compiles_with_the_backends_make_cluster_writes(tmp_path):
    (tmp_path / "backends.vcl").write_text(backends_vcl([8601, 8602, 8603]))

    result = compile_vcl(f"{tmp_path}:{VCL.parent}", tmp_path)

    assert result.returncode == 0, result.stderr
    assert "app_c" in (tmp_path / "backends.vcl").read_text()


def test_a_vcl_without_backends_is_refused(tmp_path):
    """A backends.vcl that declares no director is an error, so the tests above would notice
    one that failed to load (run as root without "-j none", the compiler cannot read a private
    folder and quietly takes the example's instead)."""
    (tmp_path / "backends.vcl").write_text("# nothing\n")

    result = compile_vcl(f"{tmp_path}:{VCL.parent}", tmp_path)

    assert result.returncode != 0
