"""The demo site's made-up visit counts (demo/visits.py)."""

import datetime

import pytest
from django.db.models import Sum
from django.utils import timezone

from demo import visits as demo_visits
from visits.models import DemoFill, FormCount, PageViewCount, ReferrerCount, SearchTermCount


@pytest.mark.usefixtures("shared_demo_site")
class TestDemoVisits:
    def test_ninety_days_of_counts_up_to_today(self):
        days = set(PageViewCount.objects.values_list("day", flat=True))
        today = timezone.localdate()
        assert len(days) == 90
        assert max(days) == today
        assert min(days) == today - datetime.timedelta(days=89)

    def test_every_part_of_the_report_has_something_to_show(self):
        assert PageViewCount.objects.filter(path="/").exists()
        assert ReferrerCount.objects.filter(host="google.com").exists()
        assert SearchTermCount.objects.filter(count__gte=5).exists()
        totals = FormCount.objects.aggregate(views=Sum("count"), sent=Sum("submissions"))
        assert 0 < totals["sent"] < totals["views"]

    def test_the_home_page_is_the_most_read(self):
        top = (
            PageViewCount.objects.values("path")
            .annotate(total=Sum("count"))
            .order_by("-total")
            .first()
        )
        assert top["path"] == "/"

    def test_the_counts_are_marked_as_demo_data_in_the_report(self, admin_client):
        assert DemoFill.objects.count() == 1
        html = admin_client.get("/admin/reports/visits/").content.decode()
        assert "Demo data" in html
        assert "google.com" in html

    def test_loading_again_adds_nothing(self):
        before = PageViewCount.objects.count()
        from wagtail.models import Site

        site = Site.objects.get(is_default_site=True)
        demo_visits.load(home=site.root_page.specific, site=site)
        assert PageViewCount.objects.count() == before
