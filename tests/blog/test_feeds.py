"""The RSS 2.0 feed at /blog/feed/ and the Atom feed at /blog/feed/atom/."""

import datetime
import xml.etree.ElementTree as ET

from tests.factories import BlogPageFactory

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_items(response) -> list[ET.Element]:
    root = ET.fromstring(response.content)
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    return root.findall("./channel/item")


def test_feed_is_rss_with_absolute_links(client, make_posts):
    (post,) = make_posts(1, date=datetime.date(2026, 2, 3))

    response = client.get("/blog/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("link") == "http://localhost/blog/"
    assert channel.find(f"{ATOM}link").get("href") == "http://localhost/blog/feed/"
    (item,) = rss_items(response)
    assert item.findtext("title") == post.title
    assert item.findtext("link") == f"http://localhost/blog/{post.slug}/"
    assert item.findtext("description") == post.summary
    assert item.findtext("pubDate").startswith("Tue, 03 Feb 2026")
    assert sorted(c.text for c in item.findall("category")) == ["depression", "what to expect"]


def test_feed_lists_the_20_newest_live_posts(client, blog_index, make_posts):
    posts = make_posts(22)
    BlogPageFactory(parent=blog_index, live=False, title="Unpublished draft")

    items = rss_items(client.get("/blog/feed/"))

    newest = sorted(posts, key=lambda post: post.date, reverse=True)[:20]
    assert [item.findtext("title") for item in items] == [post.title for post in newest]


def test_atom_feed_parses_with_absolute_links(client, make_posts):
    (post,) = make_posts(1)

    response = client.get("/blog/feed/atom/")

    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    (entry,) = root.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href") == f"http://localhost/blog/{post.slug}/"
