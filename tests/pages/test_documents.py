"""Documents: a private one reaches only the people its collection allows, through Wagtail's
view and never under /media/; uploads are the size a clinic needs and what their names say."""

import importlib
import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import clear_url_caches
from hypothesis import given
from hypothesis import strategies as st
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from pages.uploads import DOCUMENT_KINDS, check_document_content

Document = get_document_model()

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = zip_bytes(
    {
        "[Content_Types].xml": b"<Types/>",
        "word/document.xml": b"<w:document><w:body><w:p/></w:body></w:document>",
    }
)
ODT = zip_bytes({"mimetype": ODT_MIMETYPE, "content.xml": b"<office:document-content/>"})
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


def upload(editor, name: str, content: bytes):
    return editor.post(
        "/admin/documents/add/",
        {
            "title": "Care plan",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def file_errors(response) -> str:
    return " ".join(response.context["form"].errors.get("file", []))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("care-plan.pdf", PDF),
        ("care-plan.docx", DOCX),
        ("care-plan.odt", ODT),
        ("parking.txt", TEXT),
        ("CARE-PLAN.PDF", PDF),
    ],
    ids=["pdf", "docx", "odt", "txt", "upper-case name"],
)
def test_real_document_is_accepted_and_stored_privately(editor, name, content):
    response = upload(editor, name, content)

    assert response.status_code == 302
    document = Document.objects.get()
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / document.file.name).read_bytes() == content
    assert not list(Path(settings.MEDIA_ROOT).rglob(document.filename))


def test_document_over_the_size_limit_is_refused(editor):
    response = upload(editor, "scan.pdf", PDF + b"\x00" * (9 * 1024 * 1024))

    assert response.status_code == 200
    assert "This file is too big (9.0\xa0MB). Maximum filesize 8.0\xa0MB." in file_errors(response)
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("care-plan.pdf", b"<html><script>alert(1)</script></html>", "not a PDF"),
        ("care-plan.pdf", DOCX, "not a PDF"),
        ("care-plan.docx", PDF, "not a Word document"),
        # A ZIP, but not a Word document's.
        ("care-plan.docx", ODT, "not a Word document"),
        ("care-plan.odt", DOCX, "not an OpenDocument text"),
        ("care-plan.odt", zip_bytes({"mimetype": b"application/zip"}), "not an OpenDocument text"),
        # The start of a ZIP and nothing after it.
        ("care-plan.odt", b"PK\x03\x04" + b"\x00" * 100, "not an OpenDocument text"),
        ("care-plan.docx", DOCX[: len(DOCX) // 2], "not a Word document"),
        ("notes.txt", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "not plain text"),
        ("notes.txt", "Caf\xe9".encode("latin-1"), "not plain text"),
    ],
    ids=[
        "markup as pdf",
        "docx as pdf",
        "pdf as docx",
        "odt as docx",
        "docx as odt",
        "other zip as odt",
        "broken zip as odt",
        "cut-off docx",
        "program as txt",
        "latin-1 as txt",
    ],
)
def test_document_whose_content_does_not_match_its_name_is_refused(editor, name, content, message):
    response = upload(editor, name, content)

    assert response.status_code == 200
    extension = name.rsplit(".", 1)[1]
    assert f"does not match its .{extension} extension: it is {message}" in file_errors(response)
    assert not Document.objects.exists()


def test_every_document_type_the_clinic_takes_has_its_content_checked():
    assert set(settings.WAGTAILDOCS_EXTENSIONS) <= set(DOCUMENT_KINDS)


def test_document_type_the_clinic_does_not_take_is_refused(editor):
    response = upload(editor, "setup.exe", b"MZ\x90\x00")

    assert response.status_code == 200
    assert "File extension “exe” is not allowed" in file_errors(response)
    assert not Document.objects.exists()


def test_bulk_uploader_refuses_a_mismatched_document_too(editor):
    file = SimpleUploadedFile("care-plan.pdf", b"<html></html>")

    response = editor.post("/admin/documents/multiple/add/", {"files[]": file})

    assert response.json()["success"] is False
    assert "does not match its .pdf extension" in response.json()["error_message"]
    assert not Document.objects.exists()


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


def damaged(content: bytes, position: int, byte: int) -> bytes:
    position %= len(content)
    return content[:position] + bytes([byte]) + content[position + 1 :]


real_zip = st.sampled_from([DOCX, ODT])
any_upload = st.one_of(
    st.binary(max_size=200),
    st.binary(max_size=200).map(lambda tail: b"PK\x03\x04" + tail),
    st.builds(damaged, real_zip, st.integers(0, 10_000), st.integers(0, 255)),
    st.builds(lambda content, end: content[:end], real_zip, st.integers(0, 500)),
)


@pytest.mark.parametrize("extension", ["pdf", "docx", "odt", "txt"])
@given(content=any_upload)
def test_any_upload_is_either_taken_or_refused_with_the_message(extension, content):
    # Never another error: in the admin that would be a server error, not a message.
    file = SimpleUploadedFile(f"upload.{extension}", content)
    try:
        check_document_content(file)
    except ValidationError as error:
        assert f"does not match its .{extension} extension" in error.messages[0]
