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

# Each test migrates back and forth, so it needs real commits; the data the migrations made
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


def test_document_moves_to_private_storage_with_its_id(before_the_move):
    old = old_document()

    move()

    document = ClinicDocument.objects.get()
    assert document.pk == old.pk
    assert document.title == "Consent form"
    assert document.created_at == old.created_at
    assert document.file_hash == old.file_hash
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / document.file.name).read_bytes() == PDF
    assert not (Path(settings.MEDIA_ROOT) / old.file.name).exists()
    assert not WagtailDocument.objects.exists()


def test_moved_document_downloads_at_its_old_address(before_the_move, client):
    old = old_document()
    address = old.url

    move()

    response = client.get(address)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_moved_document_keeps_its_tags_search_entry_usage_and_history(home, before_the_move):
    old = old_document()
    old.tags.add("consent", "first visit")
    log(old, "wagtail.create")
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
                        "value": f'<p>Bring the <a linktype="document" id="{old.pk}">form</a>.</p>',
                    }
                ],
            ),
        )

    move()

    document = ClinicDocument.objects.get()
    assert sorted(document.tags.names()) == ["consent", "first visit"]
    assert list(ClinicDocument.objects.search("consent form")) == [document]
    assert [usage[0].specific for usage in document.get_usage()] == [page]
    assert [entry.action for entry in log_registry.get_logs_for_instance(document)] == [
        "wagtail.create"
    ]


def test_document_whose_file_is_missing_still_moves(before_the_move):
    old = old_document()
    old.file.storage.delete(old.file.name)

    move()

    document = ClinicDocument.objects.get()
    assert document.pk == old.pk
    assert document.file.name == old.file.name


def test_documents_uploaded_after_the_move_get_new_ids(before_the_move):
    old = old_document()

    move()

    new = ClinicDocument.objects.create(title="Aftercare", file=ContentFile(PDF, name="a.pdf"))
    assert new.pk > old.pk


def test_migrating_back_returns_documents_to_media_root(before_the_move):
    old = old_document()
    move()

    call_command("migrate", "pages", BEFORE_THE_MOVE, verbosity=0)

    document = WagtailDocument.objects.get()
    assert document.pk == old.pk
    assert (Path(settings.MEDIA_ROOT) / document.file.name).read_bytes() == PDF
    assert not list(Path(settings.PRIVATE_MEDIA_ROOT).rglob(Path(document.file.name).name))
    assert not ClinicDocument.objects.exists()
