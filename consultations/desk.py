"""The front desk's view of requests: their order, how many wait, and changing their status.

Any request model that inherits `DeskRequest` (consultations/models.py) works with these
helpers: consultation requests here, and any other kind of request an app adds. Such an app
shows its requests on the Front desk dashboard panel by registering a `DeskQueue` with the
`register_front_desk_queue` hook (see `consultations/wagtail_hooks.py` for this app's own).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import models, transaction
from django.db.models import Case, Count, IntegerField, Min, Q, Value, When
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from .status import RequestStatus as Status

QUEUE_HOOK = "register_front_desk_queue"


def desk_order(queryset: models.QuerySet) -> models.QuerySet:
    """Urgent new requests on top, then the other new ones, then the rest; newest first
    within each."""
    received = queryset.model.received_field
    rank = Case(
        When(Q(status=Status.NEW, urgent=True), then=Value(0)),
        When(status=Status.NEW, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return queryset.alias(desk_rank=rank).order_by("desk_rank", f"-{received}", "-pk")


@dataclass(frozen=True)
class Waiting:
    """How many requests wait for a first contact, and since when the oldest has."""

    count: int
    urgent: int
    oldest: datetime | None


def waiting(queryset: models.QuerySet) -> Waiting:
    """The new requests in `queryset`, counted in one query."""
    received = queryset.model.received_field
    figures = queryset.filter(status=Status.NEW).aggregate(
        count=Count("pk"), urgent=Count("pk", filter=Q(urgent=True)), oldest=Min(received)
    )
    return Waiting(**figures)


def change_status(item: models.Model, to_status: str, user) -> models.Model | None:
    """Set a request's status (a DeskRequest, consultations/models.py) and record who changed
    it and when, in its status history. None if it was unchanged."""
    if to_status not in Status.values:
        raise ValueError(f"Unknown request status: {to_status!r}")
    with transaction.atomic():
        # Read afresh under a lock, so two people saving at once record both changes in order.
        current = type(item).objects.select_for_update().get(pk=item.pk)
        if current.status == to_status:
            return None
        now = timezone.now()
        type(item).objects.filter(pk=item.pk).update(status=to_status, status_changed_at=now)
        change = current.status_history.create(
            from_status=current.status,
            to_status=to_status,
            changed_by=user,
            changed_by_name=_name(user),
            changed_at=now,
        )
    item.status, item.status_changed_at = to_status, now
    return change


def _name(user) -> str:
    if user is None:
        return ""
    return (user.get_full_name() or user.get_username())[:150]


@dataclass(frozen=True)
class DeskQueue:
    """One kind of request as the Front desk dashboard panel lists it."""

    label: str
    queryset: Callable[[], models.QuerySet]
    list_url: Callable[[], str]
    permission: str

    def visible_to(self, user) -> bool:
        return user.has_perm(self.permission)


def queues_for(user) -> list[DeskQueue]:
    queues = [fn() for fn in hooks.get_hooks(QUEUE_HOOK)]
    return [queue for queue in queues if queue is not None and queue.visible_to(user)]


def waiting_for(seconds: float) -> str:
    """A waiting time in words: "5 minutes", "3 hours", "2 days"."""
    minutes = int(seconds // 60)
    for size, unit in ((24 * 60, "day"), (60, "hour"), (1, "minute")):
        if minutes >= size:
            amount = minutes // size
            return f"{amount} {unit}{'s' if amount != 1 else ''}"
    return "less than a minute"


class FrontDeskPanel(Component):
    """The dashboard's count of new requests and how long the oldest has waited.

    Counts and times only: nothing a visitor wrote appears on the dashboard.
    """

    name = "front_desk"
    # Before Wagtail's own panels: requests waiting for a call come first.
    order = 50
    template_name = "consultations/admin/front_desk_panel.html"

    def __init__(self, queues: list[DeskQueue]):
        self.queues = queues

    def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
        now = timezone.now()
        rows = []
        for queue in self.queues:
            figures = waiting(queue.queryset())
            oldest = waiting_for((now - figures.oldest).total_seconds()) if figures.oldest else ""
            rows.append(
                {
                    "label": queue.label,
                    "count": figures.count,
                    "urgent": figures.urgent,
                    "oldest_waiting": oldest,
                    "url": queue.list_url(),
                }
            )
        return {"rows": rows}
