"""The blog's intro becomes rich text, like every section's front page (pages.IndexPage): the
plain sentence each blog had is kept as one paragraph."""

import html

import wagtail.fields
from django.db import migrations


def to_paragraph(apps, schema_editor):
    BlogIndexPage = apps.get_model("blog", "BlogIndexPage")
    for blog in BlogIndexPage.objects.exclude(intro=""):
        if not blog.intro.lstrip().startswith("<"):
            blog.intro = f"<p>{html.escape(blog.intro.strip())}</p>"
            blog.save(update_fields=["intro"])


def to_plain_text(apps, schema_editor):
    BlogIndexPage = apps.get_model("blog", "BlogIndexPage")
    for blog in BlogIndexPage.objects.filter(intro__startswith="<p>", intro__endswith="</p>"):
        blog.intro = html.unescape(blog.intro[3:-4])
        blog.save(update_fields=["intro"])


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0003_reading_minutes_stored"),
    ]

    operations = [
        migrations.AlterField(
            model_name="blogindexpage",
            name="intro",
            field=wagtail.fields.RichTextField(
                blank=True,
                help_text="A sentence or two at the top of the section, above the list of its pages.",
            ),
        ),
        migrations.RunPython(to_paragraph, to_plain_text),
    ]
