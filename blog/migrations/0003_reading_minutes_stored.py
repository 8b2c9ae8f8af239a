"""Store each post's reading time, worked out until now on every render of every card."""

from django.db import migrations, models

from blog.text import reading_minutes


def fill_reading_minutes(apps, schema_editor):
    BlogPage = apps.get_model("blog", "BlogPage")
    for post in BlogPage.objects.only("pk", "body"):
        BlogPage.objects.filter(pk=post.pk).update(reading_minutes=reading_minutes(post.body))


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0002_marketing_group"),
    ]

    operations = [
        migrations.AddField(
            model_name="blogpage",
            name="reading_minutes",
            field=models.PositiveSmallIntegerField(
                default=1,
                editable=False,
                help_text="Minutes a reader needs for the body, at an unhurried 200 words a minute.",
            ),
        ),
        migrations.RunPython(fill_reading_minutes, migrations.RunPython.noop),
    ]
