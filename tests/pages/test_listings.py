"""Listings' images as a visitor on a phone receives them (pages/listings.py fetches the
renditions cards show): modern formats with a fallback, a size for every screen, no layout
shift, and nothing below the fold loaded before it is needed."""

import pytest

from tests import page_html
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    LocationIndexPageFactory,
    LocationPageFactory,
    ProviderFactory,
    TeamPageFactory,
    small_image,
)

LISTING_PAGES = ["/learn/", "/conditions/", "/team/", "/blog/", "/blog/tag/recovery/"]
CLINIC_PAGE = "/locations/test-clinic/"


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
