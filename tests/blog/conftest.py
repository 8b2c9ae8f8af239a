import pytest

from tests.factories import BlogIndexPageFactory, BlogPageFactory, ImageFactory


@pytest.fixture
def blog_index(home):
    return BlogIndexPageFactory(parent=home)


@pytest.fixture
def make_posts(blog_index):
    """Create `count` live posts with an image and two tags each, dated one day apart."""

    def make(count: int, **kwargs):
        posts = []
        for _ in range(count):
            post = BlogPageFactory(parent=blog_index, featured_image=ImageFactory(), **kwargs)
            post.tags.add("depression", "what to expect")
            post.save()
            posts.append(post)
        return posts

    return make
