"""Medical review in every language: a Spanish clinical page is reviewed on its own.

- A translation of a page under Medical review is under it too: when Wagtail (or
  wagtail-localize, or the demo loader) copies a page for translation, the copy gets the
  workflow the original has of its own. Its descendants inherit it as in English.
- A translation never carries the original's review: the reviewer and the review dates are
  neither copied into a new translation nor synchronised from the original afterwards, so a
  Spanish page shows only its own reviewer's approval and dates.
"""

from django.apps import apps
from wagtail.models import Page, WorkflowPage
from wagtail.signals import copy_for_translation_done

# The fields an approval writes (pages.review.models.MedicalReviewMixin, blog.BlogPage).
REVIEW_FIELDS = ("medical_reviewer", "last_reviewed", "next_review_due")


def give_translation_the_workflow(sender, source_obj, target_obj, **kwargs) -> None:
    if not isinstance(source_obj, Page) or not isinstance(target_obj, Page):
        return
    own = WorkflowPage.objects.filter(page=source_obj).select_related("workflow").first()
    if own is not None:
        WorkflowPage.objects.get_or_create(page=target_obj, defaults={"workflow": own.workflow})


def reviewed_models() -> list[type[Page]]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and any(hasattr(model, name) for name in REVIEW_FIELDS)
    ]


def keep_reviews_per_language() -> None:
    """Leave the review fields out of copies and out of wagtail-localize's synchronisation."""
    from wagtail_localize.fields import get_translatable_fields

    for model in reviewed_models():
        names = [name for name in REVIEW_FIELDS if hasattr(model, name)]
        model.exclude_fields_in_copy = [*model.exclude_fields_in_copy, *names]
        # wagtail-localize uses this list instead of deriving one when a model sets it.
        model.translatable_fields = [
            field for field in get_translatable_fields(model) if field.field_name not in names
        ]


def connect() -> None:
    copy_for_translation_done.connect(
        give_translation_the_workflow, dispatch_uid="medical_review_translation_workflow"
    )
    keep_reviews_per_language()
