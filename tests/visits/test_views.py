"""Admin → Reports → Visits (visits/views.py): who sees it, what it shows, its CSV."""

import datetime

import pytest
from django.utils import timezone

from visits.models import DemoFill, FormCount, PageViewCount, ReferrerCount, SearchTermCount

URL = "/admin/reports/visits/"


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def counts(home, today):
    PageViewCount.objects.create(day=today, path="/", count=40)
    PageViewCount.objects.create(day=today, path="/learn/", count=12)
    ReferrerCount.objects.create(day=today, host="duckduckgo.com", count=9)
    SearchTermCount.objects.create(day=today, term="ketamine cost", count=7)
    SearchTermCount.objects.create(day=today, term="rare words", count=4)
    yesterday = today - datetime.timedelta(days=1)
    SearchTermCount.objects.create(day=yesterday, term="rare words", count=3)


@pytest.mark.parametrize("group", ["Editors", "Marketing"])
def test_editors_and_marketing_open_the_report(client, make_staff, group, counts):
    client.force_login(make_staff("someone", group))
    response = client.get(URL)
    assert response.status_code == 200
    assert b"Most read pages" in response.content


def test_the_report_is_in_the_reports_menu(client, make_staff, home):
    client.force_login(make_staff("mo", "Marketing"))
    assert URL.encode() in client.get("/admin/").content


def test_front_desk_cannot_open_the_report(client, make_staff, counts):
    client.force_login(make_staff("fd", "Front desk"))
    assert client.get(URL).status_code in (302, 403)


def test_the_report_shows_pages_referrers_and_their_charts(admin_client, counts, home):
    html = admin_client.get(URL).content.decode()
    assert f"{home.title}\n" in html or f"{home.title}<" in html
    assert "duckduckgo.com" in html
    assert html.count("<svg") >= 3
    assert "<caption>Page views per day</caption>" in html


def test_a_rare_search_term_is_not_shown(admin_client, counts):
    """Seven on one day is shown; four one day and three the next never reach five a day."""
    html = admin_client.get(URL).content.decode()
    assert "ketamine cost" in html
    assert "rare words" not in html
    csv = admin_client.get(URL, {"export": "searches"}).content.decode()
    assert "ketamine cost,7" in csv
    assert "rare words" not in csv


def test_the_range_picker_limits_the_days_counted(admin_client, counts, today):
    old = today - datetime.timedelta(days=100)
    PageViewCount.objects.create(day=old, path="/old/", count=3)
    assert "/old/" not in admin_client.get(URL).content.decode()
    response = admin_client.get(URL, {"start": old.isoformat(), "end": old.isoformat()})
    assert "/old/" in response.content.decode()
    assert "/learn/" not in response.content.decode()


def test_a_backwards_range_says_what_is_wrong(admin_client, counts, today):
    response = admin_client.get(
        URL, {"start": today.isoformat(), "end": (today - datetime.timedelta(days=3)).isoformat()}
    )
    assert response.status_code == 200
    assert "The first day must come before the last." in response.content.decode()


def test_csv_export_of_pages_cannot_run_as_a_formula(admin_client, home, today):
    PageViewCount.objects.create(day=today, path="=cmd()", count=2)
    response = admin_client.get(URL, {"export": "pages"})
    assert response["Content-Type"].startswith("text/csv")
    assert "'=cmd()" in response.content.decode()


def test_the_form_funnel_names_each_clinic(admin_client, consultation_page, today):
    FormCount.objects.create(day=today, page=consultation_page, clinic="", count=30)
    FormCount.objects.create(day=today, page=consultation_page, clinic="Naperville", submissions=2)
    html = admin_client.get(URL).content.decode()
    assert "No clinic chosen on arrival" in html
    assert "Naperville" in html
    assert "6.7%" in html
    csv = admin_client.get(URL, {"export": "forms"}).content.decode()
    assert "Naperville,0,2" in csv


def test_demo_counts_are_marked_as_demo_data(admin_client, counts, today):
    assert "Demo data" not in admin_client.get(URL).content.decode()
    DemoFill.objects.create(first_day=today - datetime.timedelta(days=89), last_day=today)
    assert "Demo data" in admin_client.get(URL).content.decode()


def test_the_date_fields_show_the_days_shown(admin_client, counts, today):
    html = admin_client.get(URL).content.decode()
    assert f'value="{today.isoformat()}"' in html
