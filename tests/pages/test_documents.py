"""Documents (ClinicDocument, pages/models/documents.py): a private one reaches only the people
its collection allows, through Wagtail's view and never under /media/, and a document's file
follows it through renaming and deletion."""

import importlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import override_settings
from django.urls import clear_url_caches
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

Document = get_document_model()

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
TEXT = "Parking is free behind the clinic. Café on the corner.\n".encode()


def reload_urls() -> None:
    clear_url_caches()
    importlib.reload(importlib.import_module(settings.ROOT_URLCONF))


@pytest.fixture
def media_served():
    """The app serves /media/ itself, as `make run` and single-server installs do."""
    with override_settings(SERVE_MEDIA=True):
        reload_urls()
        yield
    reload_urls()


@pytest.fixture
def staff_only(db):
    """A collection whose documents only signed-in people may download."""
    collection = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def make_document(collection: Collection, name: str, content: bytes):
    return Document.objects.create(
        title="Care plan", file=ContentFile(content, name=name), collection=collection
    )


@pytest.fixture
def private_document(staff_only):
    return make_document(staff_only, "infusion-care-plan.pdf", PDF)


def downloaded(response) -> bytes:
    return b"".join(response.streaming_content)


def test_private_document_sends_an_anonymous_visitor_to_sign_in(client, private_document):
    response = client.get(f"/documents/{private_document.pk}/{private_document.filename}")

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert f"next=/documents/{private_document.pk}/" in response["Location"]


def test_private_document_is_not_served_under_media(client, private_document, media_served):
    # /media/ is served: an uploaded image answers there.
    image_name = default_storage.save("images/waiting-room.png", ContentFile(b"an image"))
    assert client.get(f"/media/{image_name}").status_code == 200

    assert client.get(f"/media/documents/{private_document.filename}").status_code == 404


def test_private_document_file_is_nowhere_under_media_root(private_document):
    # So a web server that serves /media/ (README, Deploying) has nothing of it to hand out.
    assert not list(Path(settings.MEDIA_ROOT).rglob(private_document.filename))
    stored = Path(settings.PRIVATE_MEDIA_ROOT) / private_document.file.name
    assert stored.read_bytes() == PDF


def test_signed_in_staff_member_downloads_a_private_document(client, make_staff, private_document):
    client.force_login(make_staff("fran", "Front desk"))

    response = client.get(private_document.url)

    assert response.status_code == 200
    assert downloaded(response) == PDF


def test_public_document_downloads_anonymously_through_the_view(client, db):
    document = make_document(Collection.get_first_root_node(), "parking.txt", TEXT)

    response = client.get(document.url)

    assert document.url == f"/documents/{document.pk}/{document.filename}"
    assert response.status_code == 200
    assert downloaded(response) == TEXT


def test_document_links_lead_to_the_view_even_if_told_to_link_to_files(db):
    document = make_document(Collection.get_first_root_node(), "parking.txt", TEXT)

    # "direct" would link to the file itself; the private storage has no address to give.
    with override_settings(WAGTAILDOCS_SERVE_METHOD="direct"):
        assert document.url == f"/documents/{document.pk}/{document.filename}"


def test_public_document_is_not_served_under_media_either(client, db, media_served):
    document = make_document(Collection.get_first_root_node(), "parking.txt", TEXT)

    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_deleting_a_document_deletes_its_file(db, django_capture_on_commit_callbacks):
    document = make_document(Collection.get_first_root_node(), "parking.txt", TEXT)
    stored = Path(settings.PRIVATE_MEDIA_ROOT) / document.file.name
    assert stored.exists()

    with django_capture_on_commit_callbacks(execute=True):
        document.delete()

    assert not stored.exists()


@pytest.fixture
def editor(client, make_staff):
    client.force_login(make_staff("ed", "Editors"))
    return client


def test_renaming_a_document_keeps_its_file(editor, db):
    document = make_document(Collection.get_first_root_node(), "parking.txt", TEXT)

    response = editor.post(
        f"/admin/documents/edit/{document.pk}/",
        {"title": "Parking", "collection": document.collection_id},
    )

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Parking"
    assert document.file.read() == TEXT
