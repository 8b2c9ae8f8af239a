"""The moved models take their new app's names: content types (so every consultation page, its
revisions, permissions and log entries follow), tables and the submissions' index."""

from django.db import migrations

MOVED = ["consultationpage", "consultationformfield", "consultationsubmission"]


def content_types_follow(apps, schema_editor, source="pages", target="consultations"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        old = ContentType.objects.filter(app_label=source, model=model).first()
        if old is None:
            continue
        # One made meanwhile for the new label (nothing points at it yet) gives way to the one
        # that pages, revisions and permissions point at.
        ContentType.objects.filter(app_label=target, model=model).delete()
        old.app_label = target
        old.save(update_fields=["app_label"])


def content_types_go_back(apps, schema_editor):
    content_types_follow(apps, schema_editor, source="consultations", target="pages")


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("pages", "0012_consultations_move_out"),
    ]

    operations = [
        migrations.RunPython(content_types_follow, content_types_go_back),
        migrations.AlterModelTable(name="consultationpage", table=None),
        migrations.AlterModelTable(name="consultationformfield", table=None),
        migrations.AlterModelTable(name="consultationsubmission", table=None),
        migrations.RenameIndex(
            model_name="consultationsubmission",
            new_name="consultatio_submit__4199b7_idx",
            old_name="pages_consu_submit__64e982_idx",
        ),
    ]
