"""The blog's RSS 2.0 and Atom feeds: the newest live posts, every link absolute."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from wagtail.models import Page

from pages.models import ClinicSettings

# How many of the newest posts a feed lists.
FEED_LENGTH = 20


class BlogFeed(Feed):
    """The newest posts of a blog (a blog.BlogIndexPage), as RSS."""

    feed_type = Rss201rev2Feed
    route_name = "feed"

    def __init__(self, blog_index: Page):
        super().__init__()
        self.blog_index = blog_index

    def get_object(self, request: HttpRequest, *args, **kwargs) -> Page:
        # Links are built from the request's site, so the feed names the address it was read at.
        self.request = request
        return self.blog_index

    def title(self, blog_index: Page) -> str:
        clinic_name = ClinicSettings.for_request(self.request).clinic_name
        return f"{blog_index.title} | {clinic_name}" if clinic_name else blog_index.title

    def link(self, blog_index: Page) -> str:
        return blog_index.get_full_url(self.request)

    def feed_url(self, blog_index: Page) -> str:
        return self.link(blog_index) + blog_index.reverse_subpage(self.route_name).lstrip("/")

    def description(self, blog_index: Page) -> str:
        return strip_tags(blog_index.intro).strip() or blog_index.summary or blog_index.title

    def items(self, blog_index: Page):
        # An entry shows a title, summary, byline and tags: no image or body is read.
        posts = (
            blog_index.posts(self.request)
            .select_related(None)
            .select_related("author__provider")
            .prefetch_related(None)
            .prefetch_related("tags")
        )
        return posts.defer_streamfields()[:FEED_LENGTH]

    def item_title(self, post: Page) -> str:
        return post.title

    def item_description(self, post: Page) -> str:
        return post.summary

    def item_link(self, post: Page) -> str:
        return post.get_full_url(self.request)

    def item_pubdate(self, post: Page) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(post.date, datetime.time()))

    def item_updateddate(self, post: Page) -> datetime.datetime:
        return post.modified_at()

    def item_author_name(self, post: Page) -> str | None:
        return post.author.byline if post.author else None

    def item_categories(self, post: Page) -> list[str]:
        return [tag.name for tag in post.tags.all()]


class BlogAtomFeed(BlogFeed):
    feed_type = Atom1Feed
    route_name = "atom_feed"

    def subtitle(self, blog_index: Page) -> str:
        return self.description(blog_index)
