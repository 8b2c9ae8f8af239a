"""Uploads in the admin (pages/uploads.py): images the size a clinic needs and nothing that is
not a real image; documents the size a clinic needs and what their names say, stored privately."""

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from pages.uploads import DOCUMENT_KINDS, check_document_content

Image = get_image_model()
Document = get_document_model()

# --- Images ---------------------------------------------------------------------------------


def png_bytes(width: int = 40, height: int = 30) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "#1d5c63").save(buffer, "PNG")
    return buffer.getvalue()


def png_header_claiming(width: int, height: int) -> bytes:
    """A PNG that says it is width × height but carries almost no data: a decompression
    bomb's calling card, harmless here since it is never decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


def upload(editor, name: str, content: bytes):
    file = SimpleUploadedFile(name, content, content_type="image/png")
    return editor.post(
        "/admin/images/add/",
        {"title": "Clinic photo", "description": "A bright, quiet waiting room", "file": file},
    )


def file_errors(response) -> str:
    return " ".join(response.context["form"].errors.get("file", []))


def test_ordinary_photo_is_accepted(editor):
    response = upload(editor, "waiting-room.png", png_bytes())

    assert response.status_code == 302
    assert Image.objects.get().width == 40


def test_image_without_alt_text_is_refused_and_keeps_what_was_typed(editor):
    file = SimpleUploadedFile("waiting-room.png", png_bytes(), content_type="image/png")
    response = editor.post("/admin/images/add/", {"title": "Clinic photo", "file": file})

    assert response.status_code == 200
    assert response.context["form"].errors["description"] == ["This field is required."]
    assert response.context["form"]["title"].value() == "Clinic photo"
    assert not Image.objects.exists()


def test_decompression_bomb_is_rejected_with_a_clear_message(editor):
    response = upload(editor, "bomb.png", png_header_claiming(100_000, 100_000))

    assert response.status_code == 200
    assert "too many pixels" in file_errors(response)
    assert not Image.objects.exists()


def test_image_over_the_pixel_limit_is_refused_before_it_is_decoded(editor):
    # 49 megapixels: under Pillow's default bomb limit, over the 40 the clinic allows. Real
    # pixel data is never read: the header alone is refused.
    response = upload(editor, "huge.png", png_header_claiming(7_000, 7_000))

    assert "too many pixels" in file_errors(response)
    assert "Maximum pixels 40000000" in file_errors(response)
    assert not Image.objects.exists()


def test_truncated_image_is_rejected_as_not_an_image(editor):
    response = upload(editor, "cut-off.png", png_bytes(400, 300)[:-40])

    assert response.status_code == 200
    assert "Upload a valid image" in file_errors(response)
    assert not Image.objects.exists()


def test_file_over_the_size_limit_is_rejected(editor):
    padded = png_bytes() + b"\x00" * (9 * 1024 * 1024)

    response = upload(editor, "large.png", padded)

    assert "This file is too big (9.0\xa0MB). Maximum filesize 8.0\xa0MB." in file_errors(response)
    assert not Image.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.png", b"Patient notes, not a picture", "Upload a valid image"),
        ("archive.png", b"PK\x03\x04" + b"\x00" * 100, "Upload a valid image"),
        # Markup is taken for SVG, which the clinic does not accept under any name.
        ("page.png", b"<html><script>alert(1)</script></html>", "Not a valid .png image"),
    ],
)
def test_file_that_is_not_an_image_is_rejected(editor, name, content, message):
    response = upload(editor, name, content)

    assert message in file_errors(response)
    assert not Image.objects.exists()


def test_image_format_that_does_not_match_its_name_is_rejected(editor):
    buffer = io.BytesIO()
    PILImage.new("RGB", (10, 10)).save(buffer, "GIF")

    response = upload(editor, "photo.png", buffer.getvalue())

    assert "The extension does not match the file format" in file_errors(response)
    assert not Image.objects.exists()


def test_bulk_uploader_rejects_a_bomb_too(editor):
    file = SimpleUploadedFile("bomb.png", png_header_claiming(100_000, 100_000), "image/png")

    response = editor.post("/admin/images/multiple/add/", {"files[]": file})

    assert response.json()["success"] is False
    assert "too many pixels" in response.json()["error_message"]
    assert not Image.objects.exists()


# --- Documents ------------------------------------------------------------------------------


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


@pytest.fixture
def document_editor(client, make_staff):
    client.force_login(make_staff("ed", "Editors"))
    return client


def upload_document(editor, name: str, content: bytes):
    return editor.post(
        "/admin/documents/add/",
        {
            "title": "Care plan",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


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
def test_real_document_is_accepted_and_stored_privately(document_editor, name, content):
    response = upload_document(document_editor, name, content)

    assert response.status_code == 302
    document = Document.objects.get()
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / document.file.name).read_bytes() == content
    assert not list(Path(settings.MEDIA_ROOT).rglob(document.filename))


def test_document_over_the_size_limit_is_refused(document_editor):
    response = upload_document(document_editor, "scan.pdf", PDF + b"\x00" * (9 * 1024 * 1024))

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
def test_document_whose_content_does_not_match_its_name_is_refused(
    document_editor, name, content, message
):
    response = upload_document(document_editor, name, content)

    assert response.status_code == 200
    extension = name.rsplit(".", 1)[1]
    assert f"does not match its .{extension} extension: it is {message}" in file_errors(response)
    assert not Document.objects.exists()


def test_every_document_type_the_clinic_takes_has_its_content_checked():
    assert set(settings.WAGTAILDOCS_EXTENSIONS) <= set(DOCUMENT_KINDS)


def test_document_type_the_clinic_does_not_take_is_refused(document_editor):
    response = upload_document(document_editor, "setup.exe", b"MZ\x90\x00")

    assert response.status_code == 200
    assert "File extension “exe” is not allowed" in file_errors(response)
    assert not Document.objects.exists()


def test_bulk_uploader_refuses_a_mismatched_document_too(document_editor):
    file = SimpleUploadedFile("care-plan.pdf", b"<html></html>")

    response = document_editor.post("/admin/documents/multiple/add/", {"files[]": file})

    assert response.json()["success"] is False
    assert "does not match its .pdf extension" in response.json()["error_message"]
    assert not Document.objects.exists()


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
