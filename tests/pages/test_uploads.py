"""Image uploads in the admin: sizes a clinic needs, and nothing that is not a real image."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

Image = get_image_model()


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
