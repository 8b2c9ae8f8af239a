"""A tag's page at /blog/tag/<tag>/ lists that tag's live posts only."""

import json
import re

from tests.factories import BlogPageFactory


def titles(response) -> list[str]:
    return re.findall(
        r'class="post-card__link" href="[^"]+">([^<]+)</a>', response.content.decode()
    )


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
