"""Listing queries shared by index pages, the home page and the footer."""

from django.apps import apps
from django.db.models import Prefetch, QuerySet
from wagtail.images import get_image_model
from wagtail.models import Page


def images_with_renditions() -> QuerySet:
    """Images with their renditions fetched up front, for listings of many cards."""
    return get_image_model().objects.prefetch_renditions()


def card_pages(pages: QuerySet) -> QuerySet:
    """Live, public pages in tree order, with what a card shows fetched in a fixed number of
    queries however many pages there are."""
    return (
        pages.live()
        .public()
        .order_by("path")
        .prefetch_related(Prefetch("listing_image", queryset=images_with_renditions()))
    )


def optional_page_model(app_label: str, model_name: str) -> type[Page] | None:
    """A page type from another app, or None while that app does not define it yet."""
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None
