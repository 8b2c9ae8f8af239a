"""Closure notices: a clinic closed, or open with changed hours, from one moment to another.

Front desk staff add and end notices in the admin (Closure notices; locations.views); a notice
in force shows at the top of its clinic's page, on its card in /locations/ and in the finder,
and as a banner on every page when every clinic has one.

How a notice appears and disappears on its own, pages cache included: every page's render
reads the schedule below and tells the page cache (pages.cache.expire_at) to keep the page no
later than the next start or end of any notice. A cached page is therefore never served past
the moment its notices change, and pages are cached as long as ever while no notice is
scheduled. Saving a notice clears the page cache, as saving a snippet does, so a notice added
or ended now shows at once.

The schedule itself (every live clinic and every notice not yet ended) is one query, kept in
the shared cache under the page cache's generation token: any publish or notice change makes a
new token, and the list is read afresh. A page render costs no query for it while it is kept.
"""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import FilteredRelation, Q
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.dateformat import time_format

from pages import cache as page_cache

SCHEDULE_KEY = "closure-notices:"
# The schedule is read afresh with each new page cache token; this bounds its life otherwise.
SCHEDULE_SECONDS = 3600
SCHEDULE_ATTR = "closure_schedule"


class ClosureNotice(models.Model):
    """A clinic closed, or open with changed hours, for a while: shown on the site on its own."""

    class Status(models.TextChoices):
        CLOSED = "closed", "Closed"
        CHANGED_HOURS = "changed_hours", "Open with changed hours"

    location = models.ForeignKey(
        "locations.LocationPage",
        on_delete=models.CASCADE,
        related_name="closure_notices",
        verbose_name="clinic",
        help_text="The clinic this notice is about.",
    )
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.CLOSED,
        help_text="Closed, or open with the changed hours below.",
    )
    opens = models.TimeField(
        null=True,
        blank=True,
        help_text="Changed hours only: the time the clinic opens on these days, e.g. 10:00.",
    )
    closes = models.TimeField(
        null=True,
        blank=True,
        help_text="Changed hours only: the time the clinic closes on these days, e.g. 14:00.",
    )
    message = models.CharField(
        max_length=200,
        help_text=(
            'One or two short sentences for patients, e.g. "Closed for snow. We will call '
            'everyone booked today to move their appointment."'
        ),
    )
    starts_at = models.DateTimeField(
        "starts",
        default=timezone.now,
        help_text="When the notice starts to show (Central Time). It shows on its own then.",
    )
    ends_at = models.DateTimeField(
        "ends",
        help_text=(
            "When the notice stops showing (Central Time). To end a notice early, use "
            '"End now" in the list of notices.'
        ),
    )

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = "closure notice"

    def __str__(self) -> str:
        return f"{self.location.name}: {self.get_status_display()} ({self.when_text})"

    def clean(self):
        super().clean()
        errors = {}
        if self.status == self.Status.CHANGED_HOURS:
            if self.opens is None:
                errors["opens"] = "Enter the time the clinic opens, or choose “Closed”."
            if self.closes is None:
                errors["closes"] = "Enter the time the clinic closes, or choose “Closed”."
            if not errors and self.closes <= self.opens:
                errors["closes"] = "The closing time must be later than the opening time."
        else:
            self.opens = self.closes = None
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "The end must be later than the start."
        if errors:
            raise ValidationError(errors)

    @property
    def when_text(self) -> str:
        return period_text(self.starts_at, self.ends_at)

    def is_in_force(self, now: datetime.datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.starts_at <= now < self.ends_at


def local(moment: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(moment, timezone.get_default_timezone())


def moment_text(moment: datetime.datetime) -> str:
    """e.g. "Monday, December 7, 9:00 AM"."""
    moment = local(moment)
    return f"{date_format(moment, 'l, F j')}, {time_format(moment, 'g:i A')}"


def period_text(starts: datetime.datetime, ends: datetime.datetime) -> str:
    return f"from {moment_text(starts)} until {moment_text(ends)}"


@dataclass(frozen=True)
class Notice:
    """A closure notice as pages show it: plain values, kept in the shared cache."""

    location_id: int
    location_name: str
    status: str
    message: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    opens: datetime.time | None = None
    closes: datetime.time | None = None

    @property
    def is_closed(self) -> bool:
        return self.status == ClosureNotice.Status.CLOSED

    @property
    def hours_text(self) -> str:
        """Today's hours while the notice is in force: "Closed" or e.g. "10:00 AM – 2:00 PM"."""
        if self.is_closed or not (self.opens and self.closes):
            return "Closed"
        return f"{time_format(self.opens, 'g:i A')} – {time_format(self.closes, 'g:i A')}"

    @property
    def heading(self) -> str:
        if self.is_closed:
            return f"{self.location_name} is closed"
        return f"{self.location_name} has changed hours: {self.hours_text}"

    @property
    def when_text(self) -> str:
        return period_text(self.starts_at, self.ends_at)

    def is_in_force(self, now: datetime.datetime) -> bool:
        return self.starts_at <= now < self.ends_at

    def opening_hours_specification(self) -> dict:
        """schema.org special hours for each day of the notice (a closed day opens and closes
        at midnight)."""
        closed = self.is_closed or not (self.opens and self.closes)
        return {
            "@type": "OpeningHoursSpecification",
            "validFrom": local(self.starts_at).date().isoformat(),
            "validThrough": local(self.ends_at).date().isoformat(),
            "opens": "00:00" if closed else self.opens.strftime("%H:%M"),
            "closes": "00:00" if closed else self.closes.strftime("%H:%M"),
        }


@dataclass(frozen=True)
class Schedule:
    """Every live clinic and every notice not yet ended when it was read, soonest first."""

    clinic_ids: frozenset[int]
    notices: tuple[Notice, ...]

    def in_force(self, now: datetime.datetime) -> list[Notice]:
        return [notice for notice in self.notices if notice.is_in_force(now)]

    def in_force_at(self, clinic_id: int, now: datetime.datetime) -> list[Notice]:
        return [notice for notice in self.in_force(now) if notice.location_id == clinic_id]

    def not_ended(self, clinic_id: int, now: datetime.datetime) -> list[Notice]:
        return [n for n in self.notices if n.location_id == clinic_id and n.ends_at > now]

    def site_wide(self, now: datetime.datetime) -> list[Notice]:
        """The notices in force when every clinic has one (else none): the site-wide banner."""
        notices = self.in_force(now)
        affected = {notice.location_id for notice in notices}
        if not self.clinic_ids or not self.clinic_ids <= affected:
            return []
        return notices

    def next_change(self, now: datetime.datetime) -> datetime.datetime | None:
        """The next moment a notice starts or ends, or None when none is scheduled."""
        moments = [
            moment
            for notice in self.notices
            for moment in (notice.starts_at, notice.ends_at)
            if moment > now
        ]
        return min(moments, default=None)


def read_schedule(now: datetime.datetime) -> Schedule:
    """One query: the live clinics, each with the notices not ended at `now`."""
    location_page = apps.get_model("locations", "LocationPage")
    rows = (
        location_page.objects.live()
        .annotate(
            notice=FilteredRelation(
                "closure_notices", condition=Q(closure_notices__ends_at__gt=now)
            )
        )
        .order_by("notice__starts_at", "path")
        .values_list(
            "pk",
            "name",
            "notice__pk",
            "notice__status",
            "notice__message",
            "notice__starts_at",
            "notice__ends_at",
            "notice__opens",
            "notice__closes",
        )
    )
    clinic_ids = set()
    notices = []
    for pk, name, notice_pk, status, message, starts, ends, opens, closes in rows:
        clinic_ids.add(pk)
        if notice_pk is not None:
            notices.append(Notice(pk, name, status, message, starts, ends, opens, closes))
    notices.sort(key=lambda notice: (notice.starts_at, notice.ends_at))
    return Schedule(frozenset(clinic_ids), tuple(notices))


def closure_schedule(request: HttpRequest | None) -> Schedule:
    """The schedule for this request, read once, from the shared cache while it is current."""
    if request is not None and hasattr(request, SCHEDULE_ATTR):
        return getattr(request, SCHEDULE_ATTR)
    generation = page_cache.current_generation(request) if request is not None else None
    key = SCHEDULE_KEY + generation if generation else None
    schedule = cache.get(key) if key else None
    if not isinstance(schedule, Schedule):
        schedule = read_schedule(timezone.now())
        if key:
            cache.set(key, schedule, timeout=SCHEDULE_SECONDS)
    if request is not None:
        setattr(request, SCHEDULE_ATTR, schedule)
    return schedule


def notices_for_request(request: HttpRequest | None) -> tuple[Schedule, datetime.datetime]:
    """The schedule and the moment to show it at, and the page cache told to keep this page
    no later than the schedule's next change."""
    schedule = closure_schedule(request)
    now = timezone.now()
    if request is not None:
        page_cache.expire_at(request, schedule.next_change(now))
    return schedule, now


def _clear_page_cache(**kwargs) -> None:
    page_cache.clear()


post_save.connect(_clear_page_cache, sender=ClosureNotice, dispatch_uid="closure_notice_saved")
post_delete.connect(_clear_page_cache, sender=ClosureNotice, dispatch_uid="closure_notice_deleted")
