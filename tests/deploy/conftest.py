import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.deploy.fake_cache import free_port

BUCKET = "clinic-media"


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's standalone S3-compatible server on a loopback port, with the site's bucket;
    stopped when the run ends."""
    moto = shutil.which("moto_server", path=str(Path(sys.executable).parent))
    if moto is None:
        pytest.skip("moto[server] is not installed (pip install -r requirements-dev.txt)")
    port = free_port()
    process = subprocess.Popen(
        [moto, "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(endpoint, timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("moto_server did not start") from None
                time.sleep(0.2)
        yield endpoint
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def s3_client(s3_endpoint, monkeypatch):
    import boto3

    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    existing = {bucket["Name"] for bucket in client.list_buckets()["Buckets"]}
    if BUCKET not in existing:
        client.create_bucket(Bucket=BUCKET)
    return client


@pytest.fixture
def media_in_bucket(s3_client, s3_endpoint, settings, monkeypatch):
    """Uploads and documents in the bucket, configured as production reads the environment."""
    import environ

    from clinic_site.buckets import bucket_storages, client_config

    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", BUCKET)
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", s3_endpoint)
    monkeypatch.setenv("AWS_S3_URL_PROTOCOL", "http:")
    monkeypatch.setenv("AWS_MEDIA_PREFIX", f"media-{os.getpid()}")
    monkeypatch.setenv("AWS_DOCUMENTS_PREFIX", f"private-documents-{os.getpid()}")
    env = environ.Env()
    settings.AWS_S3_CLIENT_CONFIG = client_config(env)
    settings.STORAGES = {**settings.STORAGES, **bucket_storages(env)}
    # Django resolves a field's storage when the model loads, as each server does at start.
    from django.core.files.storage import storages
    from wagtail.documents import get_document_model

    field = get_document_model()._meta.get_field("file")
    monkeypatch.setattr(field, "storage", storages["documents"])
    return s3_client
