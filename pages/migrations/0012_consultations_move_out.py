"""The consultation form's models move to the consultations app, tables and rows untouched:
this app only forgets them (consultations/migrations/0001 takes them up)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0011_move_documents_to_private_storage"),
        ("consultations", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ConsultationFormField"),
                migrations.DeleteModel(name="ConsultationSubmission"),
                migrations.DeleteModel(name="ConsultationPage"),
            ],
        ),
    ]
