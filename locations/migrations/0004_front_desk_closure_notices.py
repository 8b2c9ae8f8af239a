"""Front desk staff add closure notices and end them (edit their end), without any page
permission; nobody but administrators deletes one, so the record of closures stays."""

from django.db import migrations

FRONT_DESK = "Front desk"
ACTIONS = ["add", "change", "view"]


def _permission(apps, action):
    # The model was created in this same migrate run: Django adds its permissions only after
    # the last migration, so they are created here as Django would.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="locations", model="closurenotice"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_closurenotice",
        defaults={"name": f"Can {action} closure notice"},
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=FRONT_DESK)
    group.permissions.add(*(_permission(apps, action) for action in ACTIONS))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=FRONT_DESK).first()
    if group is not None:
        group.permissions.remove(*(_permission(apps, action) for action in ACTIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("locations", "0003_closure_notice"),
        ("pages", "0005_staff_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
