"""Move the documents uploaded so far out of MEDIA_ROOT, which a web server may serve, and
into their private storage (settings.STORAGES["documents"]).

Each of Wagtail's own documents becomes a ClinicDocument with the same id, so links to it
from rich text and document blocks keep working, and what points at it by content type and id
(its tags, its search entry, where it is used, its history) follows it. A document whose file
is missing moves without it. Migrating back moves everything back.
"""

from django.core.management.color import no_style
from django.db import migrations, transaction

WAGTAIL_DOCUMENT = ("wagtaildocs", "Document")
CLINIC_DOCUMENT = ("pages", "ClinicDocument")

# Copied as they are; the file and the upload date are handled on their own.
COPIED_FIELDS = ["id", "title", "collection_id", "uploaded_by_user_id", "file_size", "file_hash"]

# Rows that point at a document by content type and id: model, content type field, id field.
POINTERS = [
    ("taggit", "TaggedItem", "content_type", "object_id"),
    ("wagtailsearch", "IndexEntry", "content_type", "object_id"),
    ("wagtailcore", "ReferenceIndex", "to_content_type", "to_object_id"),
    ("wagtailcore", "ModelLogEntry", "content_type", "object_id"),
]


def move_documents(source_label, target_label):
    def move(apps, schema_editor):
        Source = apps.get_model(*source_label)
        Target = apps.get_model(*target_label)
        documents = list(Source.objects.order_by("pk"))
        if not documents:
            return
        source_storage = Source._meta.get_field("file").storage
        target_storage = Target._meta.get_field("file").storage

        moved_files = []
        for document in documents:
            name = document.file.name
            if name and source_storage.exists(name):
                with source_storage.open(name) as content:
                    name = target_storage.save(name, content)
                moved_files.append(document.file.name)
            Target.objects.create(
                file=name, **{field: getattr(document, field) for field in COPIED_FIELDS}
            )
            # Creating a document stamps it with today's date; keep the day it was uploaded.
            Target.objects.filter(pk=document.pk).update(created_at=document.created_at)

        ContentType = apps.get_model("contenttypes", "ContentType")
        source_type = ContentType.objects.filter(
            app_label=Source._meta.app_label, model=Source._meta.model_name
        ).first()
        if source_type:
            target_type, _ = ContentType.objects.get_or_create(
                app_label=Target._meta.app_label, model=Target._meta.model_name
            )
            ids = [str(document.pk) for document in documents]
            for app_label, model_name, type_field, id_field in POINTERS:
                Pointer = apps.get_model(app_label, model_name)
                Pointer.objects.filter(**{type_field: source_type, f"{id_field}__in": ids}).update(
                    **{type_field: target_type}
                )

        Source.objects.filter(pk__in=[document.pk for document in documents]).delete()

        # The copies kept their ids; new documents must be numbered after them.
        connection = schema_editor.connection
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), [Target]):
                cursor.execute(sql)

        def delete_moved_files():
            for old_name in moved_files:
                source_storage.delete(old_name)

        # Only once the new rows are saved: should the migration fail, every document still
        # has its file where its row points.
        transaction.on_commit(delete_moved_files, using=connection.alias)

    return move


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0010_clinic_document"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(
            move_documents(WAGTAIL_DOCUMENT, CLINIC_DOCUMENT),
            move_documents(CLINIC_DOCUMENT, WAGTAIL_DOCUMENT),
        ),
    ]
