"""Listing queries shared by index pages, the home page and the footer."""

from django.apps import apps
from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.http import HttpRequest
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

# The renditions templates/components/card.html asks for. A listing fetches exactly these up
# front: a spec the template asks for but the listing does not fetch costs a query per card
# whenever the rendition cache is cold (tests/pages/test_listings.py catches a mismatch).
CARD_IMAGE_SPEC = "fill-{480x270,960x540} format-{avif,webp,jpeg}"
# Where Wagtail's own `prefetch_renditions` puts an image's renditions.
PREFETCHED = "prefetched_renditions"
# Where a request keeps the view restrictions it read (`public_pages`).
RESTRICTED_PAGES_ATTR = "restricted_pages"


def renditions(spec: str) -> QuerySet:
    """The renditions a `{% site_picture %}` pattern such as "fill-{480x270,960x540}
    format-{avif,webp}" asks for, as a queryset to prefetch."""
    return (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=Filter.expand_spec(spec))
    )


def with_images(items: QuerySet, spec: str, *image_fields: str) -> QuerySet:
    """`items` with the images their `image_fields` (foreign keys) choose joined in, and those
    images' renditions of `spec` fetched in one query per field, however many items there
    are."""
    return items.select_related(*image_fields).prefetch_related(
        *(
            # Where Wagtail's own `prefetch_renditions` puts them, so `{% site_picture %}` finds
            # them.
            Prefetch(f"{field}__renditions", queryset=renditions(spec), to_attr=PREFETCHED)
            for field in image_fields
        )
    )


def fetch_renditions(images: list, spec: str) -> None:
    """Fetch the renditions of `spec` of all these images in one query."""
    prefetch_related_objects(
        images, Prefetch("renditions", queryset=renditions(spec), to_attr=PREFETCHED)
    )


def public_pages(pages: PageQuerySet, request: HttpRequest | None = None) -> PageQuerySet:
    """`pages.public()`: no page behind a password, login or group restriction.

    Wagtail reads the restrictions afresh for each `public()`; a page with a menu, a footer
    and listings would read them several times, so they are read once per request here.
    """
    if request is None:
        return pages.public()
    restricted = getattr(request, RESTRICTED_PAGES_ATTR, None)
    if restricted is None:
        restricted = [
            restriction.page for restriction in PageViewRestriction.objects.select_related("page")
        ]
        setattr(request, RESTRICTED_PAGES_ATTR, restricted)
    for page in restricted:
        pages = pages.exclude(pages.descendant_of_q(page, inclusive=True))
    return pages


def card_pages(pages: PageQuerySet, request: HttpRequest | None = None) -> PageQuerySet:
    """Live, public pages in tree order, with what a card shows fetched in a fixed number of
    queries however many pages there are."""
    return with_images(
        public_pages(pages.live(), request).order_by("path"), CARD_IMAGE_SPEC, "listing_image"
    )


def fetch_related(page: Page, *relations: str) -> None:
    """Read what `page`'s foreign keys `relations` point at ("author__provider" follows on)
    in one query, where touching each would cost a query apiece. A relation whose key differs
    from the stored row's (a preview of an unsaved choice) is left to be read as usual."""
    if page.pk is None:
        return
    # Without the page's StreamFields, most of its row: what the relations point at is wanted.
    stored = type(page).objects.select_related(*relations).defer_streamfields().get(pk=page.pk)
    for name in {relation.split("__")[0] for relation in relations}:
        key = page._meta.get_field(name).attname
        if getattr(page, key) == getattr(stored, key):
            setattr(page, name, getattr(stored, name))


def optional_page_model(app_label: str, model_name: str) -> type[Page] | None:
    """A page type from another app, or None while that app does not define it yet."""
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None
