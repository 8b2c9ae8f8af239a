"""Shared media (clinic_site/buckets.py): images, renditions and documents in an
S3-compatible bucket that every app server uses, tested against moto's server."""

import json
import os
import urllib.request

from django.conf import settings as django_settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.conftest import run_django
from tests.deploy.conftest import BUCKET
from tests.factories import ImageFactory

ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"


def keys(client, prefix: str) -> set[str]:
    listing = client.list_objects_v2(Bucket=BUCKET, Prefix=prefix)
    return {item["Key"] for item in listing.get("Contents", [])}


def readable_by_anyone(client, key: str) -> bool:
    grants = client.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
    return any(grant["Grantee"].get("URI") == ALL_USERS for grant in grants)


def test_without_a_bucket_uploads_stay_on_the_local_disk():
    assert django_settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")
    assert django_settings.STORAGES["documents"]["BACKEND"].endswith("PrivateFileSystemStorage")


def test_a_bucket_in_the_environment_configures_storages_wagtail_can_hand_to_a_task(tmp_path):
    """Production settings with a bucket: both storages in it, and their options plain JSON
    (Wagtail passes them to a background task to delete a file)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "clinic.example",
        "AWS_STORAGE_BUCKET_NAME": "clinic-media",
        "AWS_S3_ENDPOINT_URL": "https://s3.example",
    }
    code = "from django.conf import settings; import json; print(json.dumps(settings.STORAGES))"
    result = run_django(code, env, timeout=60)
    assert result.returncode == 0, result.stderr
    configured = json.loads(result.stdout)

    assert configured["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert configured["documents"]["BACKEND"] == "clinic_site.storage.PrivateS3Storage"
    assert (
        configured["default"]["OPTIONS"]["location"]
        != (configured["documents"]["OPTIONS"]["location"])
    )


def test_an_image_and_its_rendition_are_public_in_the_bucket(media_in_bucket, db):
    prefix = default_storage.location
    image = ImageFactory()
    rendition = image.get_rendition("fill-80x80|format-webp")

    assert f"{prefix}/{image.file.name}" in keys(media_in_bucket, prefix)
    assert f"{prefix}/{rendition.file.name}" in keys(media_in_bucket, prefix)
    with urllib.request.urlopen(rendition.url, timeout=5) as reply:
        assert reply.status == 200
        assert reply.headers["Content-Type"] == "image/webp"
        assert "immutable" in reply.headers["Cache-Control"]
    assert readable_by_anyone(media_in_bucket, f"{prefix}/{rendition.file.name}")


def test_a_rendition_made_on_one_server_is_found_by_another(media_in_bucket, db):
    prefix = default_storage.location
    image = ImageFactory()
    made = image.get_rendition("fill-120x90")
    files_before = keys(media_in_bucket, f"{prefix}/images/")

    # Another server: nothing in its memory or its rendition cache (a cold Redis); the same
    # database and bucket.
    for alias in ("renditions", "default"):
        if alias in django_settings.CACHES:
            caches[alias].clear()
    found = get_image_model().objects.get(pk=image.pk).get_rendition("fill-120x90")

    assert found.file.name == made.file.name
    assert keys(media_in_bucket, f"{prefix}/images/") == files_before


def test_documents_are_private_in_the_bucket_and_served_by_wagtails_view(
    media_in_bucket, client, home
):
    document = get_document_model().objects.create(
        title="Intake checklist", file=ContentFile(b"Bring your ID.", name="checklist.txt")
    )
    prefix = storages["documents"].location
    key = f"{prefix}/{document.file.name}"

    assert key in keys(media_in_bucket, prefix)
    assert not readable_by_anyone(media_in_bucket, key)
    assert document.url.startswith("/documents/")
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Bring your ID."


def test_a_restricted_document_is_not_served_from_the_bucket_to_a_visitor(
    media_in_bucket, client, home
):
    staff_only = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=staff_only, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Rota",
        file=ContentFile(b"Who works when.", name="rota.txt"),
        collection=staff_only,
    )

    response = client.get(document.url)

    assert response.status_code == 302
    assert b"Who works when" not in b"".join(getattr(response, "streaming_content", [b""]))
