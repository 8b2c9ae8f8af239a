"""Builds the demo blog: the index, bylines, tags and the posts in `blog_posts`.

Idempotent: a post that exists (by slug) is left as editors left it; only what is missing is
created. One post is scheduled a month ahead, to show scheduled publishing.
"""

import datetime
import io
import random

from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from blog.models import Author, BlogIndexPage, BlogPage
from pages.models import HomePage, Provider

INDEX = {
    "title": "Blog",
    "slug": "blog",
    "intro": (
        "<p>Plain-language posts about depression, ketamine treatment and life in recovery, "
        "written and reviewed by our team.</p>"
    ),
    "summary": "News and plain-language guides from our clinical team.",
    "show_in_menus": True,
}
EDITORIAL_TEAM = "editorial-team"
EDITORIAL_TEAM_NAME = "Editorial team"
# Tags are stored as slugs in the copy; these read better than a capitalised slug.
TAG_NAMES = {"ptsd": "PTSD"}
SCHEDULE_AHEAD = datetime.timedelta(days=30)
# Calm blues and greens for the generated illustrations.
PALETTE = [(29, 92, 99), (68, 140, 148), (143, 188, 187), (214, 233, 230), (247, 244, 237)]


def load(home: HomePage, site: Site, posts: list[dict] | None = None) -> None:
    if posts is None:
        from .blog_posts import POSTS as posts

    blog_index = ensure_blog_index(home)
    existing = set(BlogPage.objects.child_of(blog_index).values_list("slug", flat=True))
    for post in posts:
        if post["slug"] not in existing:
            create_post(blog_index, home, post)


def ensure_blog_index(home: HomePage) -> BlogIndexPage:
    blog_index = BlogIndexPage.objects.child_of(home).first()
    if blog_index is None:
        blog_index = home.add_child(instance=BlogIndexPage(**INDEX))
        blog_index.save_revision().publish()
    return blog_index


def create_post(blog_index: BlogIndexPage, home: HomePage, data: dict) -> BlogPage:
    scheduled = data.get("scheduled", False)
    go_live_at = timezone.now() + SCHEDULE_AHEAD if scheduled else None
    post = BlogPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        # A scheduled post carries the date it will appear, not the date it was written.
        date=timezone.localdate(go_live_at) if scheduled else data["published"],
        author=author_for(data["author"]),
        featured_image=make_image(data["slug"], data["title"]),
        body=[to_raw_block(block_type, value, home) for block_type, value in data["body"]],
        references=[
            {"type": "reference", "value": reference_value(reference)}
            for reference in data.get("references", [])
        ],
        live=not scheduled,
    )
    post.tags.add(*(tag_for(slug) for slug in data.get("tags", [])))
    blog_index.add_child(instance=post)
    post.go_live_at = go_live_at
    post.save_revision().publish()
    return post


def provider_keys() -> dict[str, str]:
    """Provider slugs by the keys the copy uses, from the people of the demo site."""
    try:
        from demo.people import PROVIDERS
    except ImportError:
        return {}
    return {person["key"]: slugify(person["name"]) for person in PROVIDERS}


def provider_for(key: str | None) -> Provider | None:
    slug = provider_keys().get(key or "")
    return Provider.objects.filter(slug=slug).first() if slug else None


def author_for(key: str) -> Author:
    """The byline for a key: the clinician's if their profile exists, else the editorial team."""
    provider = provider_for(key) if key != EDITORIAL_TEAM else None
    if provider is not None:
        author = Author.objects.filter(provider=provider).first()
        return author or Author.objects.create(provider=provider, name=provider.name)
    author = Author.objects.filter(name=EDITORIAL_TEAM_NAME, provider=None).first()
    return author or Author.objects.create(name=EDITORIAL_TEAM_NAME, kind=Author.Kind.TEAM)


def tag_for(slug: str) -> Tag:
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        name = TAG_NAMES.get(slug, slug.replace("-", " ").capitalize())
        tag = Tag.objects.create(name=name, slug=slug)
    return tag


def to_raw_block(block_type: str, value, home: HomePage) -> dict:
    """A body block in stored form; a call to action's page path becomes the page if it exists."""
    if block_type == "call_to_action" and "page" in value:
        value = dict(value)
        path = value.pop("page") or ""
        page = page_at(home, path) if path.startswith("/") else None
        value["page"] = page.pk if page else None
        if page is None:
            value["link_url"] = value.get("link_url") or path
    return {"type": block_type, "value": value}


def page_at(home: HomePage, path: str) -> Page | None:
    url_path = home.url_path + path.strip("/") + "/"
    return Page.objects.filter(url_path=url_path).first()


def reference_value(reference: dict) -> dict:
    return {
        "title": reference["title"],
        "publisher": reference.get("publisher") or "",
        "year": reference.get("year"),
        "url": reference.get("url") or "",
    }


def make_image(slug: str, title: str):
    """A calm abstract illustration, drawn locally so the demo downloads nothing."""
    rng = random.Random(slug)
    width, height = 1600, 900
    picture = PILImage.new("RGB", (width, height), PALETTE[rng.randrange(len(PALETTE) - 2)])
    draw = ImageDraw.Draw(picture)
    for _ in range(7):
        radius = rng.randint(120, 420)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=rng.choice(PALETTE))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    image = get_image_model()(
        title=f"Illustration: {title}",
        description="Abstract pattern of overlapping circles in soft blues and greens",
        collection=Collection.get_first_root_node(),
    )
    image.file = ImageFile(buffer, name=f"blog-{slug}.jpg")
    image.save()
    return image
