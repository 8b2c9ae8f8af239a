"""Visit statistics: counts per day, and nothing about who made them.

No table here has a column for an address, a user agent, a cookie, a visitor or a full
referring address: a row is a day, what was counted, and how many. Raw daily rows older than
25 months are rolled up into one row per month (`monthly=True`, dated the 1st) by
`manage.py rollup_visits`, so every report sums rows the same way.
"""

from django.db import models


class CountBase(models.Model):
    """A day's count of one thing (or a month's, once rolled up)."""

    day = models.DateField(help_text="The day counted, on the clinic's clock (Chicago).")
    monthly = models.BooleanField(
        default=False,
        help_text="A month's total, rolled up from daily counts older than 25 months.",
    )
    count = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        period = f"{self.day:%B %Y}" if self.monthly else f"{self.day:%Y-%m-%d}"
        return f"{self.count} on {period}"


class PageViewCount(CountBase):
    """How often a page was read on a day, cached or not."""

    path = models.CharField(max_length=255, help_text="The page's path on the site.")

    class Meta:
        verbose_name = "page views"
        verbose_name_plural = "page views"
        constraints = [
            models.UniqueConstraint(fields=["day", "monthly", "path"], name="visits_page_day")
        ]
        permissions = [("view_visit_statistics", "Can see the visit statistics report")]


class ReferrerCount(CountBase):
    """How many page views came from another site, by its host name alone."""

    host = models.CharField(max_length=253, help_text="The referring site's host name.")

    class Meta:
        verbose_name = "referrer"
        constraints = [
            models.UniqueConstraint(fields=["day", "monthly", "host"], name="visits_referrer_day")
        ]


class FormCount(CountBase):
    """Views and submissions of a form page, per clinic, on a day."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", help_text="The form."
    )
    clinic = models.CharField(
        max_length=255,
        blank=True,
        help_text=(
            "For views, the clinic preselected by the link the visitor followed (its slug); "
            "for submissions, the clinic chosen in the form. Empty when none was."
        ),
    )
    # `count` holds the views.
    submissions = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "form funnel count"
        constraints = [
            models.UniqueConstraint(
                fields=["day", "monthly", "page", "clinic"], name="visits_form_day"
            )
        ]


class SearchTermCount(CountBase):
    """How often a search term was searched on a day. Shown only from five a day up."""

    term = models.CharField(max_length=100)

    class Meta:
        verbose_name = "search term"
        constraints = [
            models.UniqueConstraint(fields=["day", "monthly", "term"], name="visits_search_day")
        ]


class FlushState(models.Model):
    """Where the flusher got to in the cache's numbered batches (one row)."""

    last_batch = models.PositiveBigIntegerField(default=0)
    last_day = models.DateField(
        null=True, blank=True, help_text="The day of the last flush, to tidy up once a day."
    )

    def __str__(self) -> str:
        return f"Visit counts written up to batch {self.last_batch}"


class DemoFill(models.Model):
    """Marks the counts the demo loader made up, so the report can say so."""

    first_day = models.DateField()
    last_day = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Demo visit counts from {self.first_day} to {self.last_day}"
