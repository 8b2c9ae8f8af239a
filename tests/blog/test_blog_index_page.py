"""The blog at /blog/: newest posts first, ten a page, topics, and the feed advertised."""

import datetime
import re

import pytest
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from blog.models import BlogIndexPage, BlogPage
from demo.loader import ensure_home
from pages.models import HomePage
from tests.factories import BlogIndexPageFactory, BlogPageFactory


def titles(response) -> list[str]:
    return re.findall(
        r'class="post-card__link" href="[^"]+">([^<]+)</a>', response.content.decode()
    )


class TestBlogTree(WagtailPageTestCase):
    def test_blog_lives_under_the_home_page_and_holds_only_posts(self):
        self.assertAllowedParentPageTypes(BlogIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPage})
        self.assertAllowedParentPageTypes(BlogPage, {BlogIndexPage})
        self.assertAllowedSubpageTypes(BlogPage, set())

    def test_a_site_has_one_blog(self):
        home = ensure_home()
        self.assertTrue(BlogIndexPage.can_create_at(home))
        BlogIndexPageFactory(parent=home)

        self.assertFalse(BlogIndexPage.can_create_at(home))


def test_blog_lists_live_posts_newest_first_ten_a_page(client, make_posts):
    posts = make_posts(12)

    response = client.get("/blog/")

    assert response.status_code == 200
    newest_first = sorted(posts, key=lambda post: post.date, reverse=True)
    assert titles(response) == [post.title for post in newest_first[:10]]
    assert "Page 1 of 2" in response.content.decode()
    assert re.search(r'rel="next"\s+href="/blog/\?page=2"', response.content.decode())


def test_second_page_lists_the_older_posts(client, make_posts):
    posts = make_posts(12)

    response = client.get("/blog/?page=2")

    oldest = sorted(posts, key=lambda post: post.date)[:2]
    assert titles(response) == [oldest[1].title, oldest[0].title]
    assert re.search(r'rel="prev"\s+href="/blog/"', response.content.decode())


@pytest.mark.parametrize(
    ("asked", "shown"),
    [
        ("0", 1),
        ("-1", 1),
        ("abc", 1),
        ("", 1),
        ("1.5", 1),
        ("99", 2),
        ("99999999999999999999999", 2),
    ],
)
def test_page_number_out_of_range_shows_the_nearest_real_page(client, make_posts, asked, shown):
    make_posts(12)

    response = client.get("/blog/", {"page": asked})

    assert response.status_code == 200
    assert f"Page {shown} of 2" in response.content.decode()


def test_blog_without_posts_says_so(client, blog_index):
    response = client.get("/blog/?page=3")

    assert response.status_code == 200
    assert "No posts yet" in response.content.decode()


def test_drafts_and_private_posts_are_not_listed(client, blog_index, make_posts):
    (live,) = make_posts(1)
    draft = BlogPageFactory(parent=blog_index, live=False, title="A draft")
    private = BlogPageFactory(parent=blog_index, title="Staff only")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    response = client.get("/blog/")

    assert titles(response) == [live.title]
    assert draft.title not in response.content.decode()
    assert private.title not in response.content.decode()


def test_blog_advertises_its_feeds_in_the_page_head(client, blog_index):
    html = client.get("/blog/").content.decode()
    head = html.split("</head>")[0]

    assert '<link rel="alternate"\n      type="application/rss+xml"' in head
    assert 'href="/blog/feed/"' in head
    assert 'href="/blog/feed/atom/"' in head


def test_cards_show_date_reading_time_and_author(client, make_posts):
    (post,) = make_posts(1, date=datetime.date(2026, 3, 5))

    html = client.get("/blog/").content.decode()

    assert '<time class="post-meta__date" datetime="2026-03-05">March 5, 2026</time>' in html
    assert "1 min read" in html
    assert f"By {post.author.byline}" in html


def test_topics_link_to_each_tags_page(client, make_posts):
    make_posts(1)

    html = client.get("/blog/").content.decode()

    assert re.search(r'href="/blog/tag/depression/"\s*>depression</a>', html)
    assert re.search(r'href="/blog/tag/what-to-expect/"\s*>what to expect</a>', html)
    assert not re.search(r'href="/blog/tag/[^"]+"\s*aria-current', html)


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("", "http://localhost/blog/"),
        ("?page=2", "http://localhost/blog/?page=2"),
        ("?page=1", "http://localhost/blog/"),
        ("?page=abc", "http://localhost/blog/"),
        ("?page=99", "http://localhost/blog/?page=2"),
    ],
)
def test_each_page_of_posts_names_itself_as_canonical(client, make_posts, query, canonical):
    make_posts(11)

    html = client.get("/blog/" + query).content.decode()

    assert f'<link rel="canonical" href="{canonical}">' in html
