"""Documents: files that pages link to, kept where no web server can hand them out."""

from django.core.files.storage import Storage, storages
from django.db import models
from wagtail.documents.models import AbstractDocument, Document


def document_storage() -> Storage:
    """Where documents are kept: settings.STORAGES["documents"], outside every public media
    path, so that the storage can change (to a private bucket, say) with the settings alone."""
    return storages["documents"]


class ClinicDocument(AbstractDocument):
    """A PDF, Word, OpenDocument or text file that editors upload for pages to link to."""

    file = models.FileField(upload_to="documents", storage=document_storage, verbose_name="file")

    admin_form_fields = Document.admin_form_fields
