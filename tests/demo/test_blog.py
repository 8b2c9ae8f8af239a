"""The demo blog that `load_demo_content` builds (demo/blog.py) from demo/blog_posts.py."""

import datetime
import xml.etree.ElementTree as ET

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from blog.models import Author, BlogIndexPage, BlogPage
from demo import blog as demo
from demo.blog_posts import POSTS
from demo.people import PROVIDERS
from tests.blog.conftest import requires_block_templates
from tests.factories import ProviderFactory


def small_copy(**overrides) -> list[dict]:
    post = {
        "slug": "first-visit",
        "title": "Your first visit",
        "summary": "What happens.",
        "published": datetime.date(2026, 2, 1),
        "scheduled": False,
        "author": "editorial-team",
        "tags": ["what-to-expect", "ptsd"],
        "body": [
            ("paragraph", "<p>Welcome.</p>"),
            (
                "call_to_action",
                {
                    "title": "Ready?",
                    "text": "",
                    "button_text": "Book",
                    "page": "/book-a-consultation/",
                    "link_url": "",
                },
            ),
        ],
        "references": [{"title": "A source", "publisher": "NIMH", "year": None, "url": ""}],
    }
    post.update(overrides)
    return [post]


def test_loader_builds_the_blog_posts_and_readable_tags(home, site):
    demo.load(home, site, posts=small_copy())

    blog_index = BlogIndexPage.objects.child_of(home).get()
    post = BlogPage.objects.child_of(blog_index).get()
    assert blog_index.live and blog_index.show_in_menus
    assert post.live
    assert post.date == datetime.date(2026, 2, 1)
    assert sorted(post.tags.names()) == ["PTSD", "What to expect"]
    assert post.featured_image.width == 1600
    assert post.references[0].value["title"] == "A source"


def test_loader_credits_the_editorial_team_when_provider_profiles_are_missing(home, site):
    demo.load(home, site, posts=small_copy(author="medical-director"))

    author = BlogPage.objects.get().author
    assert author.byline == "Editorial team"
    assert author.kind == Author.Kind.TEAM


def test_loader_credits_clinicians_through_their_provider_profiles(home, site):
    person = next(p for p in PROVIDERS if p["key"] == "medical-director")
    provider = ProviderFactory(name=person["name"], slug=slugify(person["name"]))

    demo.load(
        home,
        site,
        posts=small_copy(author="medical-director"),
    )

    post = BlogPage.objects.get()
    assert post.author.provider == provider
    assert post.medical_reviewer is None  # the blog skips Medical review


def test_call_to_action_links_by_address_until_the_booking_page_exists(home, site):
    demo.load(home, site, posts=small_copy())

    cta = BlogPage.objects.get().body.raw_data[1]["value"]
    assert cta["page"] is None
    assert cta["link_url"] == "/book-a-consultation/"


def test_call_to_action_links_the_booking_page_when_it_exists(home, site):
    booking = home.add_child(instance=Page(title="Book", slug="book-a-consultation"))

    demo.load(home, site, posts=small_copy())

    cta = BlogPage.objects.get().body.raw_data[1]["value"]
    assert cta["page"] == booking.pk


def test_scheduled_demo_post_waits_a_month(home, site):
    demo.load(home, site, posts=small_copy(scheduled=True))

    post = BlogPage.objects.get()
    assert not post.live
    revision = post.revisions.get()
    assert revision.approved_go_live_at > timezone.now() + datetime.timedelta(days=29)
    assert post.date == timezone.localdate(revision.approved_go_live_at)


def test_demo_copy_has_at_least_six_posts_one_scheduled():
    assert len(POSTS) >= 6
    assert sum(post["scheduled"] for post in POSTS) == 1
    assert len({tag for post in POSTS for tag in post["tags"]}) > 3


class TestTheDemoBlog:
    """The demo blog as visitors read it, built once for the class."""

    def test_demo_blog_answers_and_hides_the_scheduled_post(self, shared_demo_site, client):
        live = [post for post in POSTS if not post["scheduled"]]
        (scheduled,) = [post for post in POSTS if post["scheduled"]]

        index = client.get("/blog/")
        tag = client.get(f"/blog/tag/{live[0]['tags'][0]}/")
        feed = client.get("/blog/feed/")

        assert index.status_code == tag.status_code == feed.status_code == 200
        titles = [item.findtext("title") for item in ET.fromstring(feed.content).iter("item")]
        assert sorted(titles) == sorted(post["title"] for post in live)
        assert scheduled["title"] not in index.content.decode()
        assert client.get(f"/blog/{scheduled['slug']}/").status_code == 404

    @requires_block_templates
    def test_demo_posts_render(self, shared_demo_site, client):
        for post in POSTS:
            if not post["scheduled"]:
                response = client.get(f"/blog/{post['slug']}/")
                assert response.status_code == 200, post["slug"]
