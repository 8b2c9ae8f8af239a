"""pages/migrations/0011: documents uploaded while they lived under MEDIA_ROOT move to the
private storage, and nothing that pointed at them loses its way."""

from itertools import count
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import override_settings
from wagtail.documents.models import Document as WagtailDocument
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry
from wagtail.models import Collection

from pages.models import ClinicDocument
from tests.factories import ArticlePageFactory, publish_child

BEFORE_THE_MOVE = "0010_clinic_document"
PDF = b"%PDF-1.4\n% consent form\n%%EOF\n"
# This run's storages outlive each test: a name of its own keeps one test's files from
# renaming another's.
file_numbers = count(1)

# The test migrates back and forth, so it needs real commits; the data the migrations made
# (the root collection, the staff groups) is restored for it.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def before_the_move():
    """The database as a site upgrading to private documents has it: Wagtail's own document
    model, its files under MEDIA_ROOT."""
    call_command("migrate", "pages", BEFORE_THE_MOVE, verbosity=0)
    yield
    call_command("migrate", verbosity=0)


def move() -> None:
    call_command("migrate", "pages", verbosity=0)


def old_document() -> WagtailDocument:
    document = WagtailDocument.objects.create(
        title="Consent form",
        file=ContentFile(PDF, name=f"consent-form-{next(file_numbers)}.pdf"),
        collection=Collection.get_first_root_node(),
    )
    assert (Path(settings.MEDIA_ROOT) / document.file.name).read_bytes() == PDF
    return document


def test_documents_move_to_private_storage_and_back_keeping_what_points_at_them(
    home, before_the_move, client
):
    """One trip forward and back, as migrating costs seconds: a plain document, one with tags,
    a search entry, a page using it and a history, and one whose file has gone missing."""
    plain = old_document()
    address = plain.url
    tagged = old_document()
    tagged.tags.add("consent", "first visit")
    log(tagged, "wagtail.create")
    # A page linking to it, indexed as it was while Wagtail's model held the documents. An
    # article: every table it keeps its parts in existed before the move.
    with override_settings(WAGTAILDOCS_DOCUMENT_MODEL="wagtaildocs.Document"):
        page = publish_child(
            home,
            ArticlePageFactory.build(
                title="Your first visit",
                medical_reviewer=None,
                body=[
                    {
                        "type": "paragraph",
                        "value": (
                            f'<p>Bring the <a linktype="document" id="{tagged.pk}">form</a>.</p>'
                        ),
                    }
                ],
            ),
        )
    missing = old_document()
    missing.file.storage.delete(missing.file.name)

    move()

    moved = ClinicDocument.objects.in_bulk()
    assert sorted(moved) == [plain.pk, tagged.pk, missing.pk]
    assert not WagtailDocument.objects.exists()
    # Each keeps its id, title, upload time and hash, and its file is private now.
    document = moved[plain.pk]
    assert (document.title, document.created_at, document.file_hash) == (
        "Consent form",
        plain.created_at,
        plain.file_hash,
    )
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / document.file.name).read_bytes() == PDF
    assert not (Path(settings.MEDIA_ROOT) / plain.file.name).exists()
    # Old links still download it.
    response = client.get(address)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    # Tags, search, usage and history come along.
    document = moved[tagged.pk]
    assert sorted(document.tags.names()) == ["consent", "first visit"]
    assert document in ClinicDocument.objects.search("consent form")
    assert [usage[0].specific for usage in document.get_usage()] == [page]
    assert [entry.action for entry in log_registry.get_logs_for_instance(document)] == [
        "wagtail.create"
    ]
    # A missing file does not stop the move.
    assert moved[missing.pk].file.name == missing.file.name
    # A document uploaded afterwards takes a new id.
    new = ClinicDocument.objects.create(title="Aftercare", file=ContentFile(PDF, name="a.pdf"))
    assert new.pk > max(moved)
    new.delete()

    call_command("migrate", "pages", BEFORE_THE_MOVE, verbosity=0)

    back = WagtailDocument.objects.get(pk=plain.pk)
    assert (Path(settings.MEDIA_ROOT) / back.file.name).read_bytes() == PDF
    assert not list(Path(settings.PRIVATE_MEDIA_ROOT).rglob(Path(back.file.name).name))
    assert not ClinicDocument.objects.exists()
