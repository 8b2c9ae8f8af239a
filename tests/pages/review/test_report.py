"""Reviews falling due in the admin (pages/review/report.py): the report, its export and the
dashboard panel, for editors, reviewers and administrators only."""

import csv
import io
import re

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import (
    ArticlePageFactory,
)
from tests.page_html import soup
from tests.pages.review.conftest import days_from_today
from tests.test_design_system import contrast

REPORT_URL = "/admin/reports/clinical-review/"


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def report_titles(response) -> list[str]:
    rows = soup(response).select("main table tbody tr")
    return [row.select_one("td a").get_text(strip=True) for row in rows]


def test_report_lists_overdue_and_soon_due_pages_but_not_later_ones(editor_client, due_pages):
    response = editor_client.get(REPORT_URL)

    assert response.status_code == 200
    assert report_titles(response) == ["Safety and side effects", "Anxiety"]
    rows = [
        " ".join(row.get_text(" ").split()) for row in soup(response).select("main table tbody tr")
    ]
    assert "Overdue" in rows[0] and "Dr. Ada Reviewer" in rows[0]
    assert "Due soon" in rows[1] and "Overdue" not in rows[1]
    assert days_from_today(20).strftime("%b %-d, %Y") in rows[1]


def test_page_saved_without_a_due_date_comes_due_a_year_after_its_review(editor_client, learn):
    page = ArticlePageFactory(
        parent=learn, title="Is it safe?", last_reviewed=days_from_today(-400), next_review_due=None
    )

    page.refresh_from_db()
    assert page.next_review_due == days_from_today(-35)
    assert report_titles(editor_client.get(REPORT_URL)) == ["Is it safe?"]


def test_report_sorts_by_title_and_by_due_date(editor_client, due_pages):
    by_title = editor_client.get(REPORT_URL, {"ordering": "title"})
    latest_first = editor_client.get(REPORT_URL, {"ordering": "-next_review_due"})

    assert report_titles(by_title) == ["Anxiety", "Safety and side effects"]
    assert report_titles(latest_first) == ["Anxiety", "Safety and side effects"]
    assert report_titles(editor_client.get(REPORT_URL, {"ordering": "-title"})) == [
        "Safety and side effects",
        "Anxiety",
    ]


def test_report_ignores_an_unknown_ordering(editor_client, due_pages):
    response = editor_client.get(REPORT_URL, {"ordering": "body"})

    assert response.status_code == 200
    assert report_titles(response) == ["Safety and side effects", "Anxiety"]


def test_report_exports_a_spreadsheet(editor_client, due_pages):
    response = editor_client.get(REPORT_URL, {"export": "csv"})

    assert response.status_code == 200
    assert "clinical-content-due-for-review" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["Page", "Review", "Next review due", "Last reviewed", "Medical reviewer"]
    assert [row[:2] for row in rows[1:]] == [
        ["Safety and side effects", "Overdue"],
        ["Anxiety", "Due soon"],
    ]
    assert rows[1][2] == days_from_today(-5).isoformat()
    assert "Dr. Ada Reviewer" in rows[1][4]


def test_report_is_for_editors_reviewers_and_administrators_only(
    client, admin_user, make_staff, due_pages
):
    allowed = [make_staff("rita", "Medical reviewers"), make_staff("ed", "Editors"), admin_user]
    for user in allowed:
        client.force_login(user)
        assert client.get(REPORT_URL).status_code == 200, user
        assert REPORT_URL in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(make_staff("fran", "Front desk"))
    response = client.get(REPORT_URL)
    assert response.status_code == 302
    assert "Safety and side effects" not in client.get(response.url).content.decode()
    assert REPORT_URL not in client.get(reverse("wagtailadmin_home")).content.decode()


# One query of due pages per page type under medical review (the self-checks added one).
REPORT_QUERIES = 16


@pytest.mark.parametrize("extra_pages", [0, 6])
def test_report_query_count_does_not_grow_with_the_pages_listed(
    editor_client, learn, due_pages, extra_pages, django_assert_num_queries
):
    for n in range(extra_pages):
        ArticlePageFactory(parent=learn, next_review_due=days_from_today(n))
    editor_client.get(REPORT_URL)

    with django_assert_num_queries(REPORT_QUERIES):
        response = editor_client.get(REPORT_URL)

    assert len(report_titles(response)) == 2 + extra_pages


def dashboard_panel(client):
    return soup(client.get(reverse("wagtailadmin_home"))).select_one("#clinical-review-due-section")


def test_dashboard_panel_counts_what_is_due_and_links_to_the_report(editor_client, due_pages):
    ArticlePageFactory(
        parent=due_pages["overdue"].get_parent(), next_review_due=days_from_today(-1)
    )

    panel = dashboard_panel(editor_client)

    text = " ".join(panel.get_text(" ").split())
    assert "2 overdue" in text
    assert "1 due in the next 30 days" in text
    assert panel.select_one(f'a[href="{REPORT_URL}"]')


def test_dashboard_panel_is_not_shown_to_front_desk(client, make_staff, due_pages):
    client.force_login(make_staff("fran", "Front desk"))

    assert dashboard_panel(client) is None


def test_overdue_and_due_soon_badges_differ_in_colour_and_words(editor_client, due_pages):
    document = soup(editor_client.get(REPORT_URL))

    badges = [badge.get_text(strip=True) for badge in document.select(".review-status")]
    classes = [badge["class"][-1] for badge in document.select(".review-status")]
    assert badges == ["Overdue", "Due soon"]
    assert classes == ["review-status--overdue", "review-status--due-soon"]
    assert document.select_one('link[href$="admin_review.css"]')


@pytest.mark.parametrize("status", ["overdue", "due-soon"])
def test_each_badge_sets_its_own_colours_with_aa_contrast(status):
    # Each badge sets both its text and its ground, so the admin's light and dark themes
    # cannot change the pairing.
    css = (settings.BASE_DIR / "static/css/admin_review.css").read_text()
    rule = re.search(r"\.review-status--" + status + r"\s*\{([^}]*)\}", css).group(1)
    colours = dict(re.findall(r"(background|color):\s*(#[0-9a-f]{6})", rule))

    assert contrast(colours["color"], colours["background"]) >= 4.5
