"""Counting visits (visits/counting.py) and writing the counts down (visits/flush.py)."""

import pytest
from django.apps import apps
from django.core.cache import cache
from django.utils import timezone

from tests.consultations.consultation import URL as FORM_URL
from tests.factories import StandardPageFactory
from visits import counting
from visits.flush import flush_round
from visits.models import FormCount, PageViewCount, ReferrerCount, SearchTermCount

from .conftest import BROWSER


def views_of(path: str) -> int:
    return sum(PageViewCount.objects.filter(path=path).values_list("count", flat=True))


def test_a_page_view_is_counted_once_whether_cached_or_rendered(client, home):
    rendered = client.get("/", **BROWSER)
    flush_round()
    assert rendered["X-Cache"] == "miss"
    assert views_of("/") == 1

    cached = client.get("/", **BROWSER)
    flush_round()
    assert cached["X-Cache"] == "hit"
    assert views_of("/") == 2
    row = PageViewCount.objects.get(path="/")
    assert row.day == timezone.localdate()


def test_staff_views_are_not_counted(client, home, make_staff):
    client.force_login(make_staff("ed", "Editors"))
    assert client.get("/", **BROWSER).status_code == 200
    flush_round()
    assert not PageViewCount.objects.exists()


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "curl/8.5.0",
        "",
    ],
)
def test_bots_and_scripts_are_not_counted(client, home, user_agent):
    client.get("/", HTTP_USER_AGENT=user_agent)
    client.get("/", HTTP_USER_AGENT=user_agent)
    flush_round()
    assert not PageViewCount.objects.exists()


def test_a_preview_is_not_counted(admin_client, home):
    response = admin_client.get(f"/admin/pages/{home.pk}/edit/preview/", **BROWSER)
    assert response.status_code == 200
    flush_round()
    assert not PageViewCount.objects.exists()


def test_only_pages_are_counted_not_missing_addresses_or_files(client, home):
    assert client.get("/no-such-page/", **BROWSER).status_code == 404
    client.get("/sitemap.xml", **BROWSER)
    flush_round()
    assert not PageViewCount.objects.exists()


def test_only_the_referring_sites_host_name_is_kept(client, home):
    client.get("/", HTTP_REFERER="https://www.Example.org/search?q=ketamine+naperville", **BROWSER)
    client.get("/", HTTP_REFERER="http://testserver/learn/", **BROWSER)
    client.get("/", **BROWSER)
    flush_round()
    assert list(ReferrerCount.objects.values_list("host", "count")) == [("example.org", 1)]
    assert views_of("/") == 3


def test_no_counting_table_has_a_column_for_an_address_user_agent_or_cookie():
    forbidden = {"ip", "address", "agent", "cookie", "session", "visitor", "user", "url"}
    forbidden |= {"referer", "ua", "fingerprint", "uuid", "identifier"}
    for model in apps.get_app_config("visits").get_models():
        for field in model._meta.get_fields():
            words = set(field.name.lower().split("_"))
            assert not words & forbidden, f"{model.__name__}.{field.name}"


def test_search_terms_are_counted_by_day_in_plain_lower_case(client, home):
    client.get("/search/?q=Ketamine++Safety", **BROWSER)
    client.get("/search/?q=ketamine%20safety", **BROWSER)
    client.get("/search/?q=ketamine+safety&page=2", **BROWSER)
    flush_round()
    assert list(SearchTermCount.objects.values_list("term", "count")) == [("ketamine safety", 2)]


def test_form_views_and_submissions_are_counted_per_clinic(client, consultation_page, send):
    client.get(f"{FORM_URL}?location=naperville", **BROWSER)
    client.get(FORM_URL, **BROWSER)
    send()
    flush_round()
    rows = {
        row.clinic: (row.count, row.submissions)
        for row in FormCount.objects.filter(page=consultation_page)
    }
    assert rows["naperville"] == (1, 0)
    assert rows[""][0] == 1
    assert sum(sent for _, sent in rows.values()) == 1


def test_a_batch_is_written_once_even_when_flushed_again(client, home):
    client.get("/", **BROWSER)
    flush_round()
    flush_round()
    client.get("/", **BROWSER)
    flush_round()
    assert views_of("/") == 2


def test_a_cache_outage_keeps_counts_in_memory_and_never_fails_the_page(client, home, redis_down):
    response = client.get("/", **BROWSER)
    assert response.status_code == 200
    assert counting.tally.push() is False
    assert sum(counting.tally.counts.values()) == 1


def test_counting_off_counts_nothing(client, home, settings):
    settings.VISIT_COUNTING = False
    client.get("/", **BROWSER)
    client.get("/", **BROWSER)
    flush_round()
    assert not PageViewCount.objects.exists()


def test_a_page_is_counted_under_its_own_path(client, home, publish):
    page = StandardPageFactory(parent=home, title="Insurance", slug="insurance")
    publish(page.save_revision().publish)
    client.get("/insurance/", **BROWSER)
    flush_round()
    assert views_of("/insurance/") == 1
    assert cache.get(counting.SEQUENCE_KEY) >= 1
