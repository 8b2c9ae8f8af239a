"""The blog: dated posts by marketing and clinicians, with authors, tags and a feed."""

import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import StructValue
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from pages.blocks import BodyBlock, ReferenceBlock
from pages.listings import fetch_related, public_pages, with_images
from pages.models import BasePage, ClinicSettings, IndexPage
from pages.review.permissions import requires_medical_review
from pages.seo import structured_data
from pages.seo.meta import site_for_request, site_root_url, social_image

from .feeds import BlogAtomFeed, BlogFeed
from .text import reading_minutes

if TYPE_CHECKING:
    from wagtail.images.models import AbstractImage

    from pages.models import Provider

POSTS_PER_PAGE = 10
RELATED_POSTS = 3
# The renditions of a post card (templates/blog/components/post_card.html), fetched with the
# posts of every listing.
POST_CARD_IMAGE_SPEC = "format-{avif,webp,jpeg} fill-{480x270,960x540}"
# Sub-paths the blog index answers itself; a post with one of these slugs would be unreachable.
RESERVED_SLUGS = {"feed", "tag"}


class Author(index.Indexed, models.Model):
    """A byline: a clinician (linked to their provider profile) or a staff writer or team."""

    class Kind(models.TextChoices):
        PERSON = "person", "A person"
        TEAM = "team", "A team"

    provider = models.ForeignKey(
        "pages.Provider",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="blog_authors",
        help_text=(
            "For a clinician: choose their provider profile, and the byline shows their name "
            "and credentials from it."
        ),
    )
    name = models.CharField(
        max_length=120,
        blank=True,
        help_text=(
            'The byline for a staff writer or team, e.g. "Editorial team". Leave empty for a '
            "clinician: their provider profile supplies the name."
        ),
    )
    kind = models.CharField(
        max_length=10,
        choices=Kind.choices,
        default=Kind.PERSON,
        help_text="Whether the byline names one person or a team.",
    )
    bio = models.TextField(
        blank=True,
        max_length=400,
        help_text="One or two sentences about the writer. Optional.",
    )

    panels = [
        FieldPanel("provider"),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("bio"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = "blog author"

    def __str__(self) -> str:
        return self.byline

    def save(self, *args, **kwargs):
        # Keep the clinician's name on the author too, so the byline survives if their
        # provider profile is ever deleted.
        if self.provider_id and not self.name:
            self.name = self.provider.name
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if not self.provider_id and not self.name.strip():
            raise ValidationError(
                {"name": "Give a name, or choose the provider profile of the clinician."}
            )

    @property
    def display_name(self) -> str:
        return self.provider.name if self.provider_id else self.name

    @property
    def credentials(self) -> str:
        return self.provider.credentials if self.provider_id else ""

    @property
    def byline(self) -> str:
        """The name as a reader sees it: "Dr. Maria Lopez, MD" or "Editorial team"."""
        if self.credentials:
            return f"{self.display_name}, {self.credentials}"
        return self.display_name


class BlogPageTag(TaggedItemBase):
    """Links a blog post to one of its tags."""

    content_object = ParentalKey(
        "blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


def live_posts(request: HttpRequest | None = None) -> QuerySet["BlogPage"]:
    """Live, public posts, newest first, with what a listing shows fetched up front."""
    posts = (
        public_pages(BlogPage.objects.live(), request)
        .select_related("author", "author__provider")
        .order_by("-date", "-first_published_at", "-pk")
        # A card shows no body: a post's StreamFields are most of its row.
        .defer_streamfields()
    )
    return with_images(posts, POST_CARD_IMAGE_SPEC, "listing_image", "featured_image")


def page_number(request: HttpRequest, page_count: int) -> int:
    """The page the visitor asked for, moved to the nearest real page if out of range."""
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        return 1
    return min(max(number, 1), max(page_count, 1))


class BlogIndexPage(RoutablePageMixin, IndexPage):
    """The blog's front page at /blog/: lists posts, tags and the feed."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["blog.BlogPage"]

    # What this request shows, set by the routes below. Wagtail fetches the page afresh for
    # every request, so these never leak from one visitor to the next.
    current_tag: Tag | None = None
    current_page_number: int = 1

    class Meta:
        verbose_name = "blog index"

    def posts(self, request: HttpRequest | None = None) -> QuerySet["BlogPage"]:
        return live_posts(request).child_of(self)

    def listed_pages(self):
        return BlogPage.objects.child_of(self)

    def get_listing(self, request: HttpRequest | None = None) -> QuerySet["BlogPage"]:
        # Newest first, not in tree order; the routes below show them a page at a time.
        return self.posts(request)

    def paginate(self, request: HttpRequest, posts: QuerySet["BlogPage"]) -> PaginatorPage:
        paginator = Paginator(posts, POSTS_PER_PAGE)
        page = paginator.page(page_number(request, paginator.num_pages))
        self.current_page_number = page.number
        return page

    def topics(self, posts: QuerySet["BlogPage"]) -> QuerySet[Tag]:
        """The tags of these posts, for the list of topics."""
        return (
            Tag.objects.filter(blog_blogpagetag_items__content_object__in=posts)
            .distinct()
            .order_by("name")
        )

    @path("")
    def index_route(self, request: HttpRequest) -> HttpResponse:
        posts = self.posts(request)
        return self.render(
            request,
            context_overrides={
                "posts": self.paginate(request, posts),
                "topics": self.topics(posts),
            },
        )

    @path("tag/<slug:tag>/", name="tag")
    def tag_route(self, request: HttpRequest, tag: str) -> HttpResponse:
        self.current_tag = get_object_or_404(Tag, slug=tag)
        all_posts = self.posts(request)
        posts = self.paginate(request, all_posts.filter(tags=self.current_tag))
        if not posts.paginator.count:
            # A tag no live post here carries (yet): nothing to show, nothing to index.
            raise Http404("No posts with this tag.")
        return self.render(
            request,
            context_overrides={
                "posts": posts,
                "tag": self.current_tag,
                "topics": self.topics(all_posts),
                "tag_breadcrumbs": self.tag_breadcrumbs(request),
            },
        )

    def listing_title(self) -> str:
        return f"Posts about {self.current_tag.name}" if self.current_tag else self.title

    def listing_path(self) -> str:
        """Where this listing is, below the blog's own address: "tag/ptsd/?page=2"."""
        subpath = ""
        if self.current_tag:
            subpath = self.reverse_subpage("tag", kwargs={"tag": self.current_tag.slug})
        query = f"?page={self.current_page_number}" if self.current_page_number > 1 else ""
        return subpath.lstrip("/") + query

    def get_meta_title(self) -> str:
        title = super().get_meta_title()
        if self.current_tag:
            title = f"{self.listing_title()} | {title}"
        if self.current_page_number > 1:
            title = f"{title} (page {self.current_page_number})"
        return title

    def get_canonical_url(self, request: HttpRequest | None = None) -> str:
        # Each tag and each page of posts is its own listing, not a copy of the blog's front.
        return super().get_canonical_url(request) + self.listing_path()

    def tag_breadcrumbs(self, request: HttpRequest) -> list[dict]:
        """The visible trail of a tag's page: home, the blog, then the tag as current."""
        crumbs = [
            {"title": crumb.title, "url": crumb.get_url(request), "is_current": False}
            for crumb in self.get_breadcrumb_pages(request)
        ]
        crumbs.append({"title": self.listing_title(), "url": request.path, "is_current": True})
        return crumbs

    def get_json_ld_nodes(self, request: HttpRequest | None = None) -> list[dict]:
        if not self.current_tag:
            return super().get_json_ld_nodes(request)
        trail = [
            (crumb.title, crumb.get_full_url(request))
            for crumb in self.get_breadcrumb_pages(request)
        ]
        url = self.get_canonical_url(request)
        trail.append((self.listing_title(), url))
        return [structured_data.breadcrumb_list_node(trail, page_url=url)]

    @path("feed/", name="feed")
    def feed_route(self, request: HttpRequest) -> HttpResponse:
        return BlogFeed(self)(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed_route(self, request: HttpRequest) -> HttpResponse:
        return BlogAtomFeed(self)(request)


class BlogPage(BasePage):
    """A dated blog post: news, stories and plain-language explainers."""

    date = models.DateField(
        "published date",
        default=timezone.localdate,
        help_text=(
            "The date readers see on the post; the blog lists posts newest first by it. "
            "To publish later, set a go-live date in the editor's Status panel "
            "(Status → Set schedule), then publish."
        ),
    )
    author = models.ForeignKey(
        "blog.Author",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="posts",
        help_text="Whose name appears on the post. Add new bylines under Snippets › Blog authors.",
    )
    medical_reviewer = models.ForeignKey(
        "pages.Provider",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_blog_posts",
        help_text=(
            "The clinician who approved this post in Medical review, set by their approval. "
            'The post then says "Medically reviewed by" them. A post that is not sent '
            "through Medical review names no reviewer."
        ),
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Shown at the top of the post and, unless a listing image is set, on the blog's "
            "cards. Landscape, at least 1200 px wide."
        ),
    )
    body = StreamField(BodyBlock(), help_text="The post itself.")
    references = StreamField(
        [("reference", ReferenceBlock())],
        blank=True,
        help_text=(
            "Sources for the post's health claims, numbered in this order. In the text, select "
            'a claim and choose "Cite" in the toolbar: source 1 is linked as "[1]" to '
            '"#ref-1", source 2 as "[2]" to "#ref-2", and so on.'
        ),
    )
    # Worked out from the body whenever the post is validated or saved (so drafts, previews
    # and revisions carry it too), rather than by walking every listed post's body on
    # every render of a listing.
    reading_minutes = models.PositiveSmallIntegerField(
        default=1,
        editable=False,
        help_text="Minutes a reader needs for the body, at an unhurried 200 words a minute.",
    )
    tags = ClusterTaggableManager(
        through=BlogPageTag,
        blank=True,
        help_text="A few topics, e.g. depression, what to expect. Each tag has its own page.",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("author"),
                FieldPanel("medical_reviewer", read_only=True),
            ],
            heading="Byline",
        ),
        FieldPanel("featured_image"),
        FieldPanel("body"),
        FieldPanel("references"),
        FieldPanel("tags"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    og_type = "article"

    class Meta:
        verbose_name = "blog post"

    def record_medical_review(self, reviewer: "Provider", reviewed: datetime.date) -> None:
        """Stamp an approval in Medical review: the post names `reviewer`."""
        self.medical_reviewer = reviewer

    @cached_property
    def under_medical_review(self) -> bool:
        """Whether this post is published only through a Medical reviewer's approval."""
        return requires_medical_review(self)

    def save_revision(self, *args, **kwargs):
        # A post that skips Medical review carries no reviewer: nobody reviewed it, whatever
        # an earlier approval (before the workflow was taken off) or old data said.
        if self.medical_reviewer_id and not self.under_medical_review:
            self.medical_reviewer = None
        return super().save_revision(*args, **kwargs)

    def full_clean(self, *args, **kwargs) -> None:
        self.reading_minutes = reading_minutes(self.body)
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.reading_minutes = reading_minutes(self.body)
        return super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": f'"{self.slug}" is used by the blog itself; choose another slug.'}
            )

    @property
    def card_image(self) -> "AbstractImage | None":
        """The image of cards and link previews: the listing image, else the featured one."""
        return self.listing_image or self.featured_image

    def blog_index(self, request: HttpRequest | None = None) -> "BlogIndexPage | None":
        """The blog this post is in, in one query."""
        return BlogIndexPage.objects.ancestor_of(self).first()

    @property
    def source_list(self) -> list[StructValue]:
        """The post's sources in citation order, for the shared references list."""
        return [child.value for child in self.references]

    @cached_property
    def tag_list(self) -> list[Tag]:
        """This post's tags, read once: the page, its related posts and its JSON-LD use them."""
        return list(self.tags.all())

    def related_posts(self, request: HttpRequest | None = None) -> list["BlogPage"]:
        """Other posts sharing the most tags with this one, then the newest."""
        # Counted in a subquery: a join with GROUP BY would group on every column of the
        # posts, their authors and images.
        shared_tags = (
            BlogPageTag.objects.filter(
                content_object=OuterRef("pk"), tag_id__in=[tag.pk for tag in self.tag_list]
            )
            .values("content_object")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return list(
            live_posts(request)
            .sibling_of(self, inclusive=False)
            .annotate(shared_tags=Coalesce(Subquery(shared_tags), 0))
            .order_by("-shared_tags", "-date", "-first_published_at", "-pk")[:RELATED_POSTS]
        )

    def get_context(self, request, *args, **kwargs):
        # The byline's author and reviewer and the post's images, in one query rather than
        # one apiece as the template and the JSON-LD first touch each.
        fetch_related(
            self, "author__provider", "medical_reviewer", "featured_image", "listing_image"
        )
        context = super().get_context(request, *args, **kwargs)
        context["blog_index"] = self.blog_index(request)
        context["related_posts"] = self.related_posts(request)
        return context

    def get_social_image(self) -> "AbstractImage | None":
        return self.card_image

    def get_json_ld_nodes(self, request: HttpRequest | None = None) -> list[dict]:
        return super().get_json_ld_nodes(request) + [self.blog_posting_node(request)]

    def blog_posting_node(self, request: HttpRequest | None = None) -> dict:
        """This post as a schema.org BlogPosting, every URL absolute."""
        clinic = ClinicSettings.for_request(request) if request else None
        site = site_for_request(request)
        image = self.card_image
        return structured_data.blog_posting_node(
            url=self.get_canonical_url(request),
            headline=self.title,
            root_url=site_root_url(request),
            publisher_name=clinic.clinic_name if clinic else (site.site_name if site else ""),
            description=self.meta_description,
            date_published=self.date,
            date_modified=self.modified_at(),
            authors=[self.author_node()] if self.author else [],
            image_url=social_image(image, request).url if image else "",
            keywords=[tag.name for tag in self.tag_list],
        )

    def author_node(self) -> dict:
        author = self.author
        if author.provider_id:
            return structured_data.provider_person_node(author.provider)
        if author.kind == Author.Kind.TEAM:
            return {"@type": "Organization", "name": author.display_name}
        return structured_data.person_node(name=author.display_name)

    def modified_at(self) -> datetime.datetime | datetime.date:
        """When readers last saw a change: the last publication, else the published date."""
        return self.last_published_at or timezone.make_aware(
            datetime.datetime.combine(self.date, datetime.time())
        )
