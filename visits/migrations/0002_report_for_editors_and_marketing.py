"""Let Editors and Marketing see the visit statistics report (administrators always can).

The permission may not exist yet on a new database (Django creates permissions after all
migrations), so it is fetched or created here by content type and codename.
"""

from django.db import migrations

GROUPS = ["Editors", "Marketing"]
CODENAME = "view_visit_statistics"


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="visits", model="pageviewcount")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=CODENAME,
        defaults={"name": "Can see the visit statistics report"},
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="visits", codename=CODENAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("visits", "0001_counts"),
        ("pages", "0005_staff_groups"),
        ("blog", "0002_marketing_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
