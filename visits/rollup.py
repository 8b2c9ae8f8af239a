"""Keeping the counts small: daily rows older than 25 months become monthly totals, and
search terms too rare to show are dropped once their day is over.

`manage.py rollup_visits` runs both; the flusher (visits/flush.py) runs them once a day.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import F, Sum
from django.db.models.functions import TruncMonth

from .models import FormCount, PageViewCount, ReferrerCount, SearchTermCount

KEEP_DAILY_MONTHS = 25
# A search term is shown only for the days on which it was searched this often.
MIN_SEARCHES_SHOWN = 5

# Each table and the fields that say what a row counts.
TABLES = [
    (PageViewCount, ["path"]),
    (ReferrerCount, ["host"]),
    (FormCount, ["page_id", "clinic"]),
    (SearchTermCount, ["term"]),
]


def rollup_cutoff(today: datetime.date) -> datetime.date:
    """The 1st of the month 25 months before today's: daily rows before it are rolled up."""
    months = today.year * 12 + today.month - 1 - KEEP_DAILY_MONTHS
    return datetime.date(months // 12, months % 12 + 1, 1)


def drop_rare_search_terms(today: datetime.date) -> int:
    """Forget terms searched fewer than MIN_SEARCHES_SHOWN times on a day that is over: they
    are never shown, and a rare term is the likeliest to say something about one person."""
    deleted, _ = SearchTermCount.objects.filter(
        monthly=False, day__lt=today, count__lt=MIN_SEARCHES_SHOWN
    ).delete()
    return deleted


def rollup(today: datetime.date) -> int:
    """Replace daily rows before the cutoff with one row per month and thing counted.
    Returns how many daily rows were rolled up."""
    cutoff = rollup_cutoff(today)
    rolled = 0
    with transaction.atomic():
        for model, keys in TABLES:
            old = model.objects.filter(monthly=False, day__lt=cutoff)
            sums = {"total": Sum("count")}
            if model is FormCount:
                sums["sent"] = Sum("submissions")
            groups = old.annotate(month=TruncMonth("day")).values("month", *keys).annotate(**sums)
            for group in groups:
                fields = {key: group[key] for key in keys}
                month = group["month"]
                if isinstance(month, datetime.datetime):
                    month = month.date()
                updates = {"count": F("count") + group["total"]}
                if "sent" in group:
                    updates["submissions"] = F("submissions") + group["sent"]
                if not model.objects.filter(monthly=True, day=month, **fields).update(**updates):
                    extra = {"submissions": group["sent"]} if "sent" in group else {}
                    model.objects.create(
                        monthly=True, day=month, count=group["total"], **fields, **extra
                    )
            rolled += old.delete()[0]
    return rolled


def tidy(today: datetime.date) -> tuple[int, int]:
    """Drop rare search terms, then roll up old rows. Returns (dropped, rolled up)."""
    dropped = drop_rare_search_terms(today)
    return dropped, rollup(today)
