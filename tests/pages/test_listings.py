"""Images as a visitor on a phone receives them: modern formats with a fallback, a size for
every screen, no layout shift, and nothing below the fold loaded before it is needed."""

from pathlib import Path
from unittest import mock

import pytest
from django.template import engines
from wagtail.images import image_operations

from tests import page_html
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    ImageFactory,
    LocationIndexPageFactory,
    LocationPageFactory,
    ProviderFactory,
    TeamPageFactory,
)

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
LISTING_PAGES = ["/learn/", "/conditions/", "/team/", "/blog/", "/blog/tag/recovery/"]
CLINIC_PAGE = "/locations/test-clinic/"


def small_image():
    # Small files keep the AVIF renditions quick to make.
    return ImageFactory(file__width=320, file__height=200)


@pytest.fixture
def site_with_images(home):
    """Two of everything a listing shows with an image, and a hero image on the home page."""
    home.hero_image = small_image()
    home.save_revision().publish()
    learn = ArticleIndexPageFactory(parent=home)
    conditions = ConditionIndexPageFactory(parent=home)
    TeamPageFactory(parent=home)
    blog = BlogIndexPageFactory(parent=home)
    providers = [ProviderFactory(photo=small_image()) for _ in range(2)]
    for _ in range(2):
        ArticlePageFactory(parent=learn, listing_image=small_image())
        ConditionPageFactory(parent=conditions, listing_image=small_image())
        post = BlogPageFactory(parent=blog, featured_image=small_image())
        post.tags.add("recovery")
        post.save()
    clinic = LocationPageFactory(
        parent=LocationIndexPageFactory(parent=home), slug="test-clinic", title="Test clinic"
    )
    clinic.providers.set(providers)
    clinic.save_revision().publish()
    return home


def content_images(document):
    """The <img> elements of the page's main content (the header's logo is not content)."""
    return document.select("main img")


@pytest.mark.parametrize("path", [*LISTING_PAGES, CLINIC_PAGE])
def test_every_image_has_size_alt_text_and_modern_formats(client, site_with_images, path):
    document = page_html.soup(client.get(path))

    images = content_images(document)
    assert len(images) == 2
    for img in images:
        assert int(img["width"]) > 0 and int(img["height"]) > 0, img
        assert img.has_attr("alt"), img  # empty for a decorative image, never missing
        assert img["loading"] == "lazy", img
        assert img["src"].endswith((".jpg", ".jpeg", ".png")), img
        assert "," in img["srcset"] and img["sizes"], img
        picture = img.find_parent("picture")
        assert picture is not None, img
        offered = {source["type"] for source in picture.find_all("source")}
        assert {"image/avif", "image/webp"} <= offered, img
        for source in picture.find_all("source"):
            assert "," in source["srcset"] and source["sizes"], source


def test_home_hero_image_is_fetched_first(client, site_with_images):
    document = page_html.soup(client.get("/"))

    (hero,) = document.select("main img.hero__image")
    assert hero.get("loading", "eager") == "eager"
    assert hero["fetchpriority"] == "high"
    assert int(hero["width"]) > 0 and int(hero["height"]) > 0
    offered = {source["type"] for source in hero.find_parent("picture").find_all("source")}
    assert {"image/avif", "image/webp"} <= offered


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
