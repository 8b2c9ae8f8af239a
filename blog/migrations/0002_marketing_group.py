"""Create the Marketing group: blog posts and testimonials, nothing clinical.

Permissions may not exist yet on a new database (Django creates them after all migrations),
so each one is fetched or created here by content type and codename.
"""

from django.db import migrations

GROUP = "Marketing"
BLOG_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("pages", "testimonial", "add_testimonial", "Can add testimonial"),
    ("pages", "testimonial", "change_testimonial", "Can change testimonial"),
    ("pages", "testimonial", "delete_testimonial", "Can delete testimonial"),
    ("pages", "testimonial", "publish_testimonial", "Can publish testimonial"),
    ("blog", "author", "add_author", "Can add blog author"),
    ("blog", "author", "change_author", "Can change blog author"),
]
IMAGE_PERMISSIONS = [
    ("add_image", "Can add image"),
    ("choose_image", "Can choose image"),
]
PAGE_PERMISSION_NAMES = {
    "add_page": "Can add page",
    "change_page": "Can change page",
    "publish_page": "Publish any page",
    "lock_page": "Lock/unlock pages you've locked",
    "unlock_page": "Unlock any page",
}


def create_marketing_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    BlogIndexPage = apps.get_model("blog", "BlogIndexPage")

    def permission(app_label, model, codename, name):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        perm, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        return perm

    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*(permission(*spec) for spec in MODEL_PERMISSIONS))

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for codename, name in IMAGE_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=permission("wagtailimages", "image", codename, name),
            )

    # A blog created after this migration gets these from blog.signals.
    for blog_index in BlogIndexPage.objects.all():
        for codename in BLOG_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page_id=blog_index.pk,
                permission=permission(
                    "wagtailcore", "page", codename, PAGE_PERMISSION_NAMES[codename]
                ),
            )


def remove_marketing_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0001_initial"),
        ("pages", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_marketing_group, remove_marketing_group)]
