"""The blog at /blog/ (BlogIndexPage): newest posts first, ten a page, topics, the feed
advertised, and each tag's page at /blog/tag/<tag>/."""

import datetime
import json
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


# --- A tag's page: /blog/tag/<tag>/ lists that tag's live posts only -------------------------


def test_tag_page_lists_only_that_tags_posts(client, blog_index, make_posts):
    tagged = make_posts(2)
    other = BlogPageFactory(parent=blog_index, title="About sleep")
    other.tags.add("sleep")
    other.save()

    response = client.get("/blog/tag/depression/")

    assert response.status_code == 200
    assert sorted(titles(response)) == sorted(post.title for post in tagged)
    html = response.content.decode()
    assert "<h1" in html and "Posts about depression</h1>" in html
    assert html.count("<h1") == 1


def test_tag_page_marks_its_own_topic(client, make_posts):
    make_posts(1)

    html = client.get("/blog/tag/depression/").content.decode()

    assert re.search(r'href="/blog/tag/depression/"\s*aria-current="page">depression</a>', html)
    assert re.search(r'href="/blog/tag/what-to-expect/"\s*>what to expect</a>', html)


def test_tag_page_is_its_own_listing_for_search_engines(client, make_posts):
    make_posts(11)

    first = client.get("/blog/tag/depression/").content.decode()
    second = client.get("/blog/tag/depression/?page=2").content.decode()

    assert re.search(r"<title>\s*Posts about depression \| Blog\s*\| Balance Ketamine", first)
    assert '<link rel="canonical" href="http://localhost/blog/tag/depression/">' in first
    assert re.search(r"<title>\s*Posts about depression \| Blog \(page 2\)", second)
    assert '<link rel="canonical" href="http://localhost/blog/tag/depression/?page=2">' in second


def test_tag_page_breadcrumbs_lead_back_to_the_blog(client, make_posts):
    make_posts(1)

    html = client.get("/blog/tag/depression/").content.decode()
    trail = html.split('aria-label="Breadcrumb"')[1].split("</nav>")[0]

    assert re.findall(r">([^<]+)</a>", trail) == ["Home", "Blog", "Posts about depression"]
    assert re.search(r'href="/blog/"\s*>Blog</a>', trail)
    assert 'href="/blog/tag/depression/" aria-current="page"' in trail
    ld = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S).group(1))
    (crumbs,) = [node for node in ld["@graph"] if node["@type"] == "BreadcrumbList"]
    assert [item["item"] for item in crumbs["itemListElement"]] == [
        "http://localhost/",
        "http://localhost/blog/",
        "http://localhost/blog/tag/depression/",
    ]


def test_tag_page_paginates_like_the_blog(client, make_posts):
    make_posts(11)

    response = client.get("/blog/tag/depression/", {"page": "7"})

    assert response.status_code == 200
    assert len(titles(response)) == 1
    assert "Page 2 of 2" in response.content.decode()
    assert re.search(r'rel="prev"\s+href="/blog/tag/depression/"', response.content.decode())


def test_unknown_tag_is_not_found(client, make_posts):
    make_posts(1)

    assert client.get("/blog/tag/no-such-topic/").status_code == 404


def test_tag_only_on_drafts_is_not_found(client, blog_index):
    draft = BlogPageFactory(parent=blog_index, live=False)
    draft.tags.add("unannounced")
    draft.save()

    assert client.get("/blog/tag/unannounced/").status_code == 404


def test_tag_page_advertises_the_blog_feed(client, make_posts):
    make_posts(1)

    head = client.get("/blog/tag/depression/").content.decode().split("</head>")[0]

    assert 'type="application/rss+xml"' in head
    assert 'href="/blog/feed/"' in head


# --- The routes of the blog's own addresses ----------------------------------------------


def test_blog_index_still_routes_its_own_addresses(client, home):
    blog = BlogIndexPageFactory(parent=home)
    post = BlogPageFactory(parent=blog, slug="first-post")
    post.tags.add("sleep")
    post.save()

    assert client.get("/blog/").status_code == 200
    assert client.get("/blog/first-post/").status_code == 200
    assert client.get("/blog/tag/sleep/").status_code == 200
    assert client.get("/blog/feed/")["Content-Type"].startswith("application/rss+xml")
    assert client.get("/blog/no-such-post/").status_code == 404
