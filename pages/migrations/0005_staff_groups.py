"""The staff roles: Editors, Medical reviewers and Front desk, with their permissions.

- Editors: the admin, images, documents, providers, testimonials and redirects; add, edit,
  publish, lock and unlock pages on the whole tree. Clinical pages (those under the Medical
  review workflow) are the exception: pages.review.ClinicalPagePermissionTester withholds
  direct publishing there, whatever the group's page permissions say.
- Medical reviewers: the admin, and editing (not publishing) pages, so they can read and
  correct drafts; they approve or reject clinical pages through the workflow.
- Front desk: the admin and reading form submissions (wagtailforms.view_formsubmission;
  see staff.wagtail_hooks), nothing else.

Page permissions are granted on the tree's root, so they cover every page there will ever be
(the home page itself is created after migrations, by the demo loader or by staff).

Wagtail's installer creates an "Editors" group (add and edit on the whole tree), which is
extended here, and a "Moderators" group with a "Moderators approval" workflow on every page.
These roles replace both: the workflow would offer "Submit to Moderators approval" on every
page with nobody to approve, so it is switched off while unused, and the group is removed
while it has no members. The Marketing group belongs to the blog's own migration.
"""

from django.db import migrations

EDITORS = "Editors"
MEDICAL_REVIEWERS = "Medical reviewers"
FRONT_DESK = "Front desk"

# (app_label, model, codename, name) for every permission a role needs.
ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")


def _crud(app_label, model, verbose, actions):
    return [(app_label, model, f"{action}_{model}", f"Can {action} {verbose}") for action in actions]


MODEL_PERMISSIONS = {
    EDITORS: [
        ACCESS_ADMIN,
        *_crud("wagtailimages", "image", "image", ["add", "change", "delete", "choose"]),
        *_crud("wagtaildocs", "document", "document", ["add", "change", "delete", "choose"]),
        *_crud("pages", "provider", "provider", ["add", "change", "delete"]),
        *_crud("pages", "testimonial", "testimonial", ["add", "change", "delete", "publish"]),
        *_crud("wagtailredirects", "redirect", "redirect", ["add", "change", "delete"]),
    ],
    MEDICAL_REVIEWERS: [
        ACCESS_ADMIN,
        *_crud("wagtailimages", "image", "image", ["choose"]),
        *_crud("wagtaildocs", "document", "document", ["choose"]),
    ],
    FRONT_DESK: [
        ACCESS_ADMIN,
        *_crud("wagtailforms", "formsubmission", "form submission", ["view"]),
    ],
}

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    MEDICAL_REVIEWERS: ["change_page"],
    FRONT_DESK: [],
}


def _permission(apps, app_label, model, codename, name):
    # Permissions of models created in this same migrate run do not exist yet: Django adds
    # them after the last migration. Creating them here is what Django would do later.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    root = Page.objects.filter(depth=1).order_by("path").first()

    for name, permissions in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(apps, *spec) for spec in permissions))
        if root is None:
            continue
        for codename in PAGE_PERMISSIONS[name]:
            permission = _permission(
                apps, "wagtailcore", "page", codename, f"Can {codename.split('_')[0]} page"
            )
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission
            )

    retire_wagtail_moderation(apps)


def retire_wagtail_moderation(apps):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:
        return
    tasks = GroupApprovalTask.objects.filter(groups=moderators)
    in_use = False
    for workflow in Workflow.objects.filter(workflow_tasks__task__in=tasks).distinct():
        if WorkflowState.objects.filter(workflow=workflow).exists():
            in_use = True  # pages have been through it: an administrator decides
            continue
        WorkflowPage.objects.filter(workflow=workflow).delete()
        workflow.active = False
        workflow.save(update_fields=["active"])
    if in_use or moderators.user_set.exists():
        return
    tasks.update(active=False)
    moderators.delete()  # its page permissions go with it


def remove_groups(apps, schema_editor):
    # Wagtail's own Editors group stays (it predates this migration); what was retired stays
    # retired, as a reverse migration cannot know how it was set up.
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[MEDICAL_REVIEWERS, FRONT_DESK]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_clinicsettings_default_social_image"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
