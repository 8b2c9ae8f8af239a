"""A post scheduled for later is invisible everywhere until `publish_scheduled` runs after its time.

The clock is moved by patching django.utils.timezone.now, which both Wagtail's publishing
and the `publish_scheduled` command read.
"""

import datetime
import xml.etree.ElementTree as ET
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from blog.models import BlogPage
from tests.factories import BlogPageFactory

GO_LIVE = datetime.timedelta(days=3)


@pytest.fixture
def scheduled_post(blog_index, make_posts):
    """One live post tagged "depression", and one more with the same tag scheduled for later."""
    make_posts(1)
    post = BlogPageFactory(parent=blog_index, live=False, title="Coming soon", slug="coming-soon")
    post.tags.add("depression")
    post.go_live_at = timezone.now() + GO_LIVE
    post.save_revision().publish()
    return post


def visible_places(client, post: BlogPage) -> set[str]:
    """Where an anonymous visitor (or a crawler, or search) can find the post."""
    places = set()
    if post.title in client.get("/blog/").content.decode():
        places.add("index")
    if post.title in client.get("/blog/tag/depression/").content.decode():
        places.add("tag page")
    feed = ET.fromstring(client.get("/blog/feed/").content)
    if post.title in [item.findtext("title") for item in feed.iter("item")]:
        places.add("feed")
    if client.get("/blog/coming-soon/").status_code == 200:
        places.add("own URL")
    if "/blog/coming-soon/" in client.get("/sitemap.xml").content.decode():
        places.add("sitemap")
    if post.title in client.get("/search/", {"q": "coming soon"}).content.decode():
        places.add("search")
    return places


def test_scheduled_post_is_saved_but_not_live(scheduled_post):
    scheduled_post.refresh_from_db()

    assert not scheduled_post.live
    assert scheduled_post.revisions.get().approved_go_live_at == scheduled_post.go_live_at


def test_scheduled_post_is_invisible_before_its_time(client, scheduled_post):
    call_command("publish_scheduled", verbosity=0)

    assert visible_places(client, scheduled_post) == set()


def test_scheduled_post_appears_everywhere_once_publish_scheduled_runs_after_its_time(
    client, scheduled_post, publish
):
    later = timezone.now() + GO_LIVE + datetime.timedelta(minutes=5)

    with mock.patch("django.utils.timezone.now", return_value=later):
        assert visible_places(client, scheduled_post) == set()  # Not until the command runs.
        publish(call_command, "publish_scheduled", verbosity=0)

    assert visible_places(client, scheduled_post) == {
        "index",
        "tag page",
        "feed",
        "own URL",
        "sitemap",
        "search",
    }


def test_cached_blog_pages_show_the_post_once_it_is_published(
    client, scheduled_post, django_capture_on_commit_callbacks
):
    paths = ["/blog/", "/blog/tag/depression/", "/blog/feed/"]
    for path in paths:
        client.get(path)
        assert client.get(path)["X-Cache"] == "hit"
    later = timezone.now() + GO_LIVE + datetime.timedelta(minutes=5)

    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        django_capture_on_commit_callbacks(execute=True),
    ):
        call_command("publish_scheduled", verbosity=0)

    for path in paths:
        assert scheduled_post.title in client.get(path).content.decode(), path
