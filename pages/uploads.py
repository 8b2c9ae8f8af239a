"""Uploads: Wagtail's checks, made to refuse oversized and broken images before decoding,
and documents whose content is not what their names say."""

import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


def limit_pillow_to_upload_limit() -> None:
    """Make Pillow refuse, from the header alone, any image over the upload pixel limit.

    Wagtail reads an upload's size through Willow, which decodes the whole image first: a
    small, highly compressed PNG under Pillow's default limit (89 megapixels) would take
    hundreds of megabytes of memory before Wagtail's own 40-megapixel check ran. Pillow
    only warns between its limit and twice that and raises above, so its limit is set to
    half ours: anything over ours is refused from the header, and Wagtail turns that into
    its "too many pixels" message.
    """
    PILImage.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, with broken files (truncated, corrupt) reported as not an
    image instead of raising a server error."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError) as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class ImageForm(BaseImageForm):
    """The admin's image upload and edit form (settings.WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = CheckedImageField(
                label=field.label, required=field.required, widget=field.widget
            )
        if "description" in self.fields:
            # The description is the image's alt text wherever a page shows it without
            # its own: people using screen readers depend on it (WCAG 1.1.1).
            description = self.fields["description"]
            description.required = True
            description.label = "Alt text (description)"
            description.help_text = (
                "Describe what the image shows for people who cannot see it, in a sentence, "
                "e.g. “A quiet treatment room with a reclining chair”. Pages can still mark an "
                "image as decorative where it adds nothing to the text."
            )


ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

# What reading a broken or hostile ZIP can raise: each means the file is not the document its
# name says it is.
UNREADABLE_ZIP = (
    zipfile.BadZipFile,
    KeyError,
    EOFError,
    OSError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    zlib.error,
)


def is_pdf(file: IO[bytes]) -> bool:
    return file.read(5) == b"%PDF-"


def is_docx(file: IO[bytes]) -> bool:
    try:
        with zipfile.ZipFile(file) as archive:
            return "word/document.xml" in archive.namelist()
    except UNREADABLE_ZIP:
        return False


def is_odt(file: IO[bytes]) -> bool:
    try:
        with zipfile.ZipFile(file) as archive, archive.open("mimetype") as entry:
            # One byte more than the expected type, so a longer entry does not match.
            return entry.read(len(ODT_MIMETYPE) + 1) == ODT_MIMETYPE
    except UNREADABLE_ZIP:
        return False


def is_utf8_text(file: IO[bytes]) -> bool:
    # Whole, since the size limit bounds it: a text file is only text if all of it is.
    content = file.read()
    if b"\x00" in content:
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# Each document extension the clinic takes (settings.WAGTAILDOCS_EXTENSIONS), what a file with
# that name must be, and how to tell.
DOCUMENT_KINDS: dict[str, tuple[str, Callable[[IO[bytes]], bool]]] = {
    "pdf": ("a PDF", is_pdf),
    "docx": ("a Word document", is_docx),
    "odt": ("an OpenDocument text", is_odt),
    "txt": ("plain text (UTF-8)", is_utf8_text),
}


def check_document_content(file: UploadedFile) -> None:
    """Refuse a document whose content is not what its extension says, so that a page's
    "care plan (PDF)" link never hands a visitor a web page, a program or an archive."""
    extension = Path(file.name).suffix[1:].lower()
    if extension not in DOCUMENT_KINDS:
        return  # The model refuses extensions the clinic does not take, with its own message.
    kind, matches = DOCUMENT_KINDS[extension]
    file.seek(0)
    try:
        if not matches(file):
            raise ValidationError(
                "The file's content does not match its .%(extension)s extension: it is not "
                "%(kind)s. Save or export the document in that format and upload it again.",
                code="content_does_not_match_extension",
                params={"extension": extension, "kind": kind},
            )
    finally:
        file.seek(0)


class DocumentForm(BaseDocumentForm):
    """The admin's document upload and edit form (settings.WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

    def clean_file(self):
        file = self.cleaned_data["file"]
        # Editing a document without choosing a new file keeps the stored one, checked on upload.
        if isinstance(file, UploadedFile):
            check_document_content(file)
        return file
