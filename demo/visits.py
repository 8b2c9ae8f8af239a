"""90 days of made-up visit counts, so Admin → Reports → Visits shows something on a fresh site.

The report says these are demo data (visits.models.DemoFill). Made once: run again, the loader
leaves the counts as they are. Deterministic (a fixed seed), so every fresh site shows the same.
"""

import datetime
import random

from django.utils import timezone
from wagtail.models import Page, Site

from pages.models import HomePage
from visits.models import DemoFill, FormCount, PageViewCount, ReferrerCount, SearchTermCount

DAYS = 90
# Where visitors come from, and how many of every hundred page views each sends.
REFERRERS = {
    "google.com": 22,
    "duckduckgo.com": 4,
    "bing.com": 3,
    "psychologytoday.com": 2,
    "facebook.com": 1,
    "yelp.com": 1,
}
# Searches on the site: a few common ones (usually shown, from five a day) and rarer ones.
SEARCH_TERMS = {
    "ketamine cost": 7,
    "insurance": 6,
    "side effects": 5,
    "depression": 4,
    "naperville": 3,
    "spravato": 2,
}
# Page views a day for the home page; other pages get a share of it by their depth.
HOME_VIEWS = 120
# Of every hundred views of a form, about this many send it.
SUBMISSION_PERCENT = 6


def relative_path(page: Page, home: Page) -> str:
    return "/" + page.url_path[len(home.url_path) :]


def load(home: HomePage, site: Site) -> None:
    if DemoFill.objects.exists():
        return
    rng = random.Random(24)
    today = timezone.localdate()
    days = [today - datetime.timedelta(days=n) for n in range(DAYS - 1, -1, -1)]
    pages = list(Page.objects.live().descendant_of(home, inclusive=True).specific())
    weights = {
        relative_path(page, home): rng.uniform(0.05, 0.6) / max(page.depth - home.depth, 1)
        for page in pages
    }
    weights["/"] = 1.0
    form_pages = [page for page in pages if hasattr(page, "get_submission_class")]
    clinics = list(
        Page.objects.live()
        .descendant_of(home)
        .filter(slug__in=["wicker-park", "orland-park", "naperville", "palos-hills"])
        .values_list("slug", "title")
    )
    page_rows, referrer_rows, form_rows, search_rows = [], [], [], []
    for n, day in enumerate(days):
        # Busier on weekdays, and slowly growing over the three months.
        level = (0.7 if day.weekday() >= 5 else 1.0) * (0.8 + 0.4 * n / DAYS)
        total = 0
        for path, weight in weights.items():
            views = round(HOME_VIEWS * weight * level * rng.uniform(0.7, 1.3))
            if views:
                page_rows.append(PageViewCount(day=day, path=path[:255], count=views))
                total += views
        for host, share in REFERRERS.items():
            count = round(total * share / 100 * rng.uniform(0.6, 1.4))
            if count:
                referrer_rows.append(ReferrerCount(day=day, host=host, count=count))
        for term, typical in SEARCH_TERMS.items():
            count = max(round(typical * level * rng.uniform(0.5, 1.5)), 0)
            if count >= 5 or day == today:  # Rarer ones are dropped once their day is over.
                search_rows.append(SearchTermCount(day=day, term=term, count=count))
        for form in form_pages:
            views = weights.get(relative_path(form, home), 0.2) * HOME_VIEWS * level
            form_rows.append(FormCount(day=day, page=form, clinic="", count=round(views * 0.7)))
            for slug, title in clinics:
                preselected = round(views * 0.3 / max(len(clinics), 1) * rng.uniform(0.5, 1.5))
                sent = round(views * SUBMISSION_PERCENT / 100 / len(clinics) * rng.uniform(0, 2))
                form_rows.append(FormCount(day=day, page=form, clinic=slug, count=preselected))
                if sent:
                    form_rows.append(FormCount(day=day, page=form, clinic=title, submissions=sent))
    PageViewCount.objects.bulk_create(page_rows)
    ReferrerCount.objects.bulk_create(referrer_rows)
    SearchTermCount.objects.bulk_create(search_rows)
    FormCount.objects.bulk_create(form_rows)
    DemoFill.objects.create(first_day=days[0], last_day=days[-1])
