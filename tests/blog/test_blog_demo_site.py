"""The demo blog as `make run` builds it, read by visitors: checks that only read the demo
content, so the module builds it once (`shared_demo_site`)."""

import xml.etree.ElementTree as ET

from demo.blog_posts import POSTS
from tests.blog.conftest import requires_block_templates


def test_demo_blog_answers_and_hides_the_scheduled_post(shared_demo_site, client):
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
def test_demo_posts_render(shared_demo_site, client):
    for post in POSTS:
        if not post["scheduled"]:
            response = client.get(f"/blog/{post['slug']}/")
            assert response.status_code == 200, post["slug"]
