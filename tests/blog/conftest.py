import pytest
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

from tests.factories import BlogIndexPageFactory, BlogPageFactory, ImageFactory


def small_image():
    # Small files keep the rendition work of fifty-post listings quick.
    return ImageFactory(file__width=320, file__height=180)


@pytest.fixture
def blog_index(home):
    return BlogIndexPageFactory(parent=home)


@pytest.fixture
def make_posts(blog_index):
    """Create `count` live posts with an image and two tags each, dated one day apart."""

    def make(count: int, **kwargs):
        posts = []
        for _ in range(count):
            post = BlogPageFactory(parent=blog_index, featured_image=small_image(), **kwargs)
            post.tags.add("depression", "what to expect")
            post.save()
            posts.append(post)
        return posts

    return make


def _block_templates_missing() -> bool:
    try:
        get_template("blocks/paragraph_block.html")
    except TemplateDoesNotExist:
        return True
    return False


# The shared body blocks' templates (templates/blocks/) come with the educational content
# pages; until they are on this branch, a post body with blocks cannot render.
requires_block_templates = pytest.mark.skipif(
    _block_templates_missing(), reason="templates/blocks/ not on this branch yet"
)
