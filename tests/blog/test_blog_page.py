"""A blog post (BlogPage): byline, reading time, tags, sources, related posts, BlogPosting
data, its authors, a post scheduled for later, and the admin."""

import datetime
import json
import re
import xml.etree.ElementTree as ET
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from blog.models import Author, BlogPage
from demo.loader import ensure_home
from pages.models import put_under_medical_review
from tests.blog.conftest import requires_block_templates
from tests.factories import (
    AuthorFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    ImageFactory,
    ProviderFactory,
)


def paragraph(words: int) -> dict:
    return {"type": "paragraph", "value": "<p>" + " ".join(["word"] * words) + "</p>"}


def blog_posting(html: str) -> dict:
    """The BlogPosting node of the page's one JSON-LD graph."""
    (payload,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    (node,) = [node for node in json.loads(payload)["@graph"] if node["@type"] == "BlogPosting"]
    return node


def test_post_shows_date_reading_time_author_and_tags(client, blog_index):
    post = BlogPageFactory(
        parent=blog_index,
        date=datetime.date(2026, 4, 9),
        author=AuthorFactory(name="Editorial team", kind=Author.Kind.TEAM),
    )
    post.tags.add("recovery")
    post.save()

    response = client.get(post.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert '<time class="post-meta__date" datetime="2026-04-09">April 9, 2026</time>' in html
    assert "1 min read" in html
    assert "By Editorial team" in html
    assert re.search(r'href="/blog/tag/recovery/"\s*>recovery</a>', html)


def test_clinician_byline_and_medical_reviewer_come_from_provider_profiles(client, blog_index):
    put_under_medical_review(blog_index)
    writer = ProviderFactory(name="Dr. Ana Ruiz", credentials="MD")
    reviewer = ProviderFactory(name="Dr. Ben Ode", credentials="DO")
    post = BlogPageFactory(
        parent=blog_index, author=AuthorFactory(name="", provider=writer), medical_reviewer=reviewer
    )

    html = client.get(post.url).content.decode()

    assert "By Dr. Ana Ruiz, MD" in html
    assert "Medically reviewed by Dr. Ben Ode, DO" in html


def test_a_post_that_skips_medical_review_names_no_reviewer(client, blog_index):
    # A reviewer left from old data, or from before the workflow was taken off.
    post = BlogPageFactory(parent=blog_index, medical_reviewer=ProviderFactory(name="Dr. Ben Ode"))

    post.save_revision().publish()

    post.refresh_from_db()
    assert post.medical_reviewer is None
    assert "Medically reviewed by" not in client.get(post.url).content.decode()


def test_a_post_in_medical_review_keeps_its_approved_reviewer_on_a_new_revision(blog_index):
    put_under_medical_review(blog_index)
    post = BlogPageFactory(parent=blog_index, medical_reviewer=ProviderFactory(name="Dr. Ben Ode"))

    revision = post.save_revision()

    assert revision.as_object().medical_reviewer.name == "Dr. Ben Ode"


def test_marketing_cannot_name_a_reviewer_in_the_editor(client, blog_index, make_staff):
    post = BlogPageFactory(parent=blog_index)
    client.force_login(make_staff("mia", "Marketing"))

    form = client.get(f"/admin/pages/{post.pk}/edit/").content.decode()

    assert form.count('name="author"') == 1  # the byline's other fields are there
    assert 'name="medical_reviewer"' not in form


def test_a_preview_of_a_post_in_medical_review_says_not_yet_medically_reviewed(blog_index, rf):
    put_under_medical_review(blog_index)
    post = BlogPageFactory(parent=blog_index, medical_reviewer=ProviderFactory(name="Dr. Ben Ode"))

    html = post.make_preview_request(rf.get("/admin/")).content.decode()

    assert "Not yet medically reviewed" in html
    assert "Dr. Ben Ode" not in html


def test_reading_time_follows_the_body_into_drafts_and_the_live_post(client, blog_index, publish):
    post = BlogPageFactory(parent=blog_index, body=[paragraph(50)])
    post.body = [paragraph(650)]

    draft = post.save_revision()

    # The draft (what a preview or a scheduled publish shows) has the new time already...
    assert draft.as_object().reading_minutes == 4
    assert "1 min read" in client.get(post.url).content.decode()
    # ...and the post and its card show it once it is published.
    publish(draft.publish)
    assert "4 min read" in client.get(post.url).content.decode()
    assert "4 min read" in client.get(blog_index.url).content.decode()


def test_sources_are_numbered_for_in_text_citations(client, blog_index):
    post = BlogPageFactory(
        parent=blog_index,
        references=[
            {
                "type": "reference",
                "value": {
                    "title": "Depression",
                    "publisher": "NIMH",
                    "year": 2024,
                    "url": "https://www.nimh.nih.gov/health/topics/depression",
                },
            },
            {"type": "reference", "value": {"title": "A second source", "publisher": ""}},
        ],
    )

    html = client.get(post.url).content.decode()

    first = re.search(r'id="ref-1">(.*?)</li>', html, re.S).group(1)
    assert re.search(r'<a [^>]*href="https://www.nimh.nih.gov/[^"]+">Depression</a>', first)
    assert " ".join(re.sub(r"<[^>]+>", "", first).split()) == "Depression. NIMH, 2024."
    assert re.search(r'id="ref-2">\s*A second source\.\s*</li>', html)


def test_post_carries_blogposting_structured_data(client, blog_index):
    post = BlogPageFactory(
        parent=blog_index,
        title="Life after depression",
        summary="What can change.",
        date=datetime.date(2026, 1, 20),
        featured_image=ImageFactory(),
        author=AuthorFactory(
            name="", provider=ProviderFactory(name="Dr. Ana Ruiz", role="Psychiatrist")
        ),
    )
    post.tags.add("recovery", "sleep")
    post.save_revision().publish()
    post.refresh_from_db()

    data = blog_posting(client.get(post.url).content.decode())

    url = "http://localhost/blog/life-after-depression/"
    assert data["url"] == data["mainEntityOfPage"] == url
    assert data["headline"] == "Life after depression"
    assert data["description"] == "What can change."
    assert data["datePublished"] == "2026-01-20"
    assert data["dateModified"] == post.last_published_at.isoformat()
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Dr. Ana Ruiz",
            "honorificSuffix": "MD",
            "jobTitle": "Psychiatrist",
        }
    ]
    assert re.fullmatch(r"http://localhost/media/images/.+\.jpg", data["image"])
    assert data["publisher"]["@type"] == "MedicalOrganization"
    assert data["publisher"]["name"] == "Balance Ketamine"
    assert sorted(data["keywords"].split(", ")) == ["recovery", "sleep"]


def test_post_link_preview_is_an_article_with_its_featured_image(client, blog_index):
    post = BlogPageFactory(parent=blog_index, featured_image=ImageFactory())

    html = client.get(post.url).content.decode()

    assert '<meta property="og:type" content="article">' in html
    assert re.search(r'<meta property="og:image" content="http://localhost/media/images/', html)


def test_team_author_is_an_organization_in_structured_data(client, blog_index):
    post = BlogPageFactory(
        parent=blog_index, author=AuthorFactory(name="Editorial team", kind=Author.Kind.TEAM)
    )

    data = blog_posting(client.get(post.url).content.decode())

    assert data["author"] == [{"@type": "Organization", "name": "Editorial team"}]
    assert data["dateModified"].startswith(post.date.isoformat())


def test_structured_data_cannot_close_its_script_element(client, blog_index):
    title = "Ketamine </script><script>alert(1)</script> & you"
    post = BlogPageFactory(parent=blog_index, title=title, slug="ketamine-and-you")

    html = client.get(post.url).content.decode()

    assert "<script>alert(1)" not in html
    assert blog_posting(html)["headline"] == title


def test_related_posts_share_tags_first_then_newest(client, blog_index):
    def post(title: str, day: int, *tags: str, **kwargs) -> BlogPage:
        page = BlogPageFactory(
            parent=blog_index, title=title, date=datetime.date(2026, 1, day), **kwargs
        )
        page.tags.add(*tags)
        page.save()
        return page

    current = post("Current", 1, "ptsd", "safety")
    post("Shares two tags", 2, "ptsd", "safety")
    post("Shares one tag", 3, "safety")
    post("Newest, no shared tag", 9, "cost")
    post("Older, no shared tag", 4, "cost")
    post("Draft sharing tags", 10, "ptsd", "safety", live=False)

    html = client.get(current.url).content.decode()
    related = html.split('class="related-posts"')[1]

    assert re.findall(r'class="post-card__link" href="[^"]+">([^<]+)</a>', related) == [
        "Shares two tags",
        "Shares one tag",
        "Newest, no shared tag",
    ]
    assert "<h3" in related


def test_post_advertises_the_blog_feed(client, blog_index):
    post = BlogPageFactory(parent=blog_index)

    head = client.get(post.url).content.decode().split("</head>")[0]

    assert 'type="application/rss+xml"' in head
    assert 'href="/blog/feed/"' in head


def test_blog_post_links_its_blog(client, home):
    blog = BlogIndexPageFactory(parent=home, slug="news")
    post = BlogPageFactory(parent=blog, slug="first-post")
    post.tags.add("sleep")
    post.save()
    client.get("/news/first-post/")

    html = client.get("/news/first-post/").content.decode()

    assert 'href="/news/feed/"' in html and 'href="/news/feed/atom/"' in html
    assert 'href="/news/tag/sleep/"' in html


def test_slug_the_blog_uses_for_its_feed_is_refused(blog_index):
    with pytest.raises(ValidationError) as error:
        BlogPageFactory(parent=blog_index, title="Feed", slug="feed")

    assert "slug" in error.value.message_dict


def test_author_needs_a_name_or_a_provider(db):
    with pytest.raises(ValidationError):
        Author(name=" ").full_clean()

    Author(provider=ProviderFactory()).full_clean()
    Author(name="Editorial team").full_clean()


def test_clinician_author_keeps_their_name_if_the_profile_is_deleted(db):
    provider = ProviderFactory(name="Dr. Ana Ruiz", credentials="MD")
    author = Author.objects.create(provider=provider)
    assert author.byline == "Dr. Ana Ruiz, MD"

    provider.delete()
    author.refresh_from_db()

    assert author.byline == "Dr. Ana Ruiz"


# --- Scheduled posts: invisible everywhere until `publish_scheduled` runs after their time ---
# The clock is moved by patching django.utils.timezone.now, which both Wagtail's publishing
# and the `publish_scheduled` command read.


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


class TestBlogPageAdmin(WagtailPageTestCase):
    def setUp(self):
        self.blog_index = BlogIndexPageFactory(parent=ensure_home())
        self.login()

    def test_editor_can_create_and_publish_a_tagged_post(self):
        author = AuthorFactory(name="Editorial team")

        self.assertCanCreate(
            self.blog_index,
            BlogPage,
            nested_form_data(
                {
                    "title": "Five questions to ask a clinic",
                    "slug": "five-questions",
                    "date": "2026-05-01",
                    "author": author.pk,
                    "body": streamfield([("paragraph", rich_text("<p>Ask who monitors you.</p>"))]),
                    "references": streamfield([]),
                    "tags": "safety, getting started",
                }
            ),
        )

        post = BlogPage.objects.get(slug="five-questions")
        self.assertTrue(post.live)
        self.assertEqual(sorted(post.tags.names()), ["getting started", "safety"])

    @requires_block_templates
    def test_post_preview_renders(self):
        post = BlogPageFactory(parent=self.blog_index)

        self.assertPageIsPreviewable(
            post,
            post_data=nested_form_data(
                {
                    "title": post.title,
                    "slug": post.slug,
                    "date": "2026-05-01",
                    "author": post.author_id,
                    "body": streamfield([("heading", {"text": "Preview", "level": "h2"})]),
                    "references": streamfield([]),
                    "tags": "preview",
                }
            ),
        )


def test_the_date_help_points_to_where_a_go_live_date_is_set():
    help_text = BlogPage._meta.get_field("date").help_text

    assert "Status → Set schedule" in help_text
    assert "under Settings" not in help_text
