"""The site's template tags (pages/templatetags/site_tags.py): `{% site_picture %}` renders as
Wagtail's `{% picture %}`, reading its sizes and formats once per template, and every template
uses it."""

from pathlib import Path
from unittest import mock

from django.template import engines
from wagtail.images import image_operations

from tests.factories import small_image

TEMPLATES = Path(__file__).resolve().parents[3] / "templates"


PICTURE_ARGUMENTS = (
    'image fill-{480x270,960x540} format-{avif,webp,jpeg} sizes="22rem" alt="" loading="lazy"'
)


def test_site_picture_renders_as_wagtails_picture(db):
    image = small_image()
    ours = engines["django"].from_string(
        "{% load site_tags %}{% site_picture " + PICTURE_ARGUMENTS + " %}"
    )
    wagtails = engines["django"].from_string(
        "{% load wagtailimages_tags %}{% picture " + PICTURE_ARGUMENTS + " %}"
    )

    html = ours.render({"image": image})

    assert html == wagtails.render({"image": image})
    assert html.count("<source") == 2 and 'type="image/avif"' in html


def test_site_picture_reads_its_sizes_and_formats_once_per_template(db):
    """Wagtail's tag parses its filter specs on every render: six per card, on every card."""
    image = small_image()
    template = engines["django"].from_string(
        "{% load site_tags %}{% site_picture " + PICTURE_ARGUMENTS + " %}"
    )
    template.render({"image": image})  # parses, and makes the renditions

    with mock.patch.object(
        image_operations.Operation,
        "__init__",
        autospec=True,
        side_effect=image_operations.Operation.__init__,
    ) as parse:
        html = template.render({"image": image})

    assert parse.call_count == 0
    assert 'type="image/webp"' in html


def test_templates_use_the_picture_tag_that_parses_once():
    """Every picture goes through `{% site_picture %}`, which parses its specs once."""
    using_wagtails = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.html")
        if "{% picture " in path.read_text()
    ]

    assert using_wagtails == []
