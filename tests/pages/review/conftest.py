import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    ArticlePageFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    ProviderFactory,
)


def days_from_today(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def due_pages(learn, home):
    """Published clinical pages: one overdue, one due in 20 days, one not due for 60 days."""
    conditions = ConditionIndexPageFactory(parent=home)
    return {
        "overdue": ArticlePageFactory(
            parent=learn,
            title="Safety and side effects",
            medical_reviewer=ProviderFactory(name="Dr. Ada Reviewer"),
            last_reviewed=days_from_today(-370),
            next_review_due=days_from_today(-5),
            body=[{"type": "paragraph", "value": "<p>Secret clinical wording.</p>"}],
        ),
        "soon": ConditionPageFactory(
            parent=conditions,
            title="Anxiety",
            last_reviewed=days_from_today(-345),
            next_review_due=days_from_today(20),
        ),
        "later": ArticlePageFactory(
            parent=learn,
            title="Cost and insurance",
            last_reviewed=days_from_today(-305),
            next_review_due=days_from_today(60),
        ),
    }


@pytest.fixture
def editor(make_staff):
    """A member of the Editors group."""
    return make_staff("ed", "Editors")
