"""Reports -> Reading level (content_checks/report.py): pages by grade, for those who write
or approve them."""

import csv
import io

import pytest

from tests.content_checks.conftest import HARD, PLAIN
from tests.factories import (
    ArticlePageFactory,
    BlogIndexPageFactory,
    StandardPageFactory,
    paragraph_block,
)
from tests.page_html import soup

REPORT_URL = "/admin/reports/reading-level/"


@pytest.fixture
def graded_pages(home, learn):
    # Marketing's rights are on the blog, which it gets when the blog is made.
    BlogIndexPageFactory(parent=home)
    return {
        "hard": ArticlePageFactory(
            parent=learn, title="How ketamine works", body=[paragraph_block(HARD)]
        ),
        "plain": StandardPageFactory(
            parent=home, title="Your first visit", body=[paragraph_block(PLAIN)]
        ),
        "short": StandardPageFactory(
            parent=home, title="Parking", body=[paragraph_block("Park at the back.")]
        ),
    }


def report_rows(response) -> list[str]:
    return [
        " ".join(row.get_text(" ").split()) for row in soup(response).select("main table tbody tr")
    ]


@pytest.mark.parametrize("group", ["Editors", "Medical reviewers", "Marketing"])
def test_report_lists_pages_hardest_first_with_those_over_the_target_marked(
    client, make_staff, graded_pages, group
):
    client.force_login(make_staff("writer", group))

    response = client.get(REPORT_URL)

    assert response.status_code == 200
    rows = report_rows(response)
    assert rows[0].startswith("How ketamine works 39.2 Above target")
    assert rows[1].startswith("Your first visit 1.3 Within target")
    assert rows[2].startswith("Parking Too short to grade Too short")


def test_a_draft_is_graded_as_the_editor_left_it(client, make_staff, graded_pages):
    page = graded_pages["plain"]
    page.body = [paragraph_block(HARD)]
    page.save_revision()
    client.force_login(make_staff("ed", "Editors"))

    rows = report_rows(client.get(REPORT_URL))

    assert "Your first visit 39.2 Above target" in " | ".join(rows)
    assert "Draft of a live page" in [row for row in rows if "Your first visit" in row][0]


def test_report_sorts_easiest_first_on_request(client, make_staff, graded_pages):
    client.force_login(make_staff("ed", "Editors"))

    rows = report_rows(client.get(REPORT_URL, {"ordering": "grade"}))

    graded = [row for row in rows if "Too short" not in row]
    assert graded[0].startswith("Your first visit")
    assert rows[-1].startswith("Parking")


def test_report_exports_grades_as_csv(client, make_staff, graded_pages):
    client.force_login(make_staff("ed", "Editors"))

    response = client.get(REPORT_URL, {"export": "csv"})

    content = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][:3] == ["Page", "Reading grade", "Target: grade 8 or below"]
    assert rows[1][:3] == ["How ketamine works", "39.2", "Above target"]


def test_front_desk_cannot_open_the_report_nor_see_it_in_the_menu(client, make_staff):
    client.force_login(make_staff("desk", "Front desk"))

    assert client.get(REPORT_URL).status_code in (302, 403)
    assert "reading-level" not in client.get("/admin/").content.decode()


def test_menu_offers_the_report_to_editors(client, make_staff):
    client.force_login(make_staff("ed", "Editors"))

    assert REPORT_URL in client.get("/admin/").content.decode()


# What every admin page reads (session, user, permissions, menu), one query per page type
# with a body, and nothing per page: grades are kept per revision.
REPORT_QUERIES = 20


@pytest.mark.parametrize("extra_pages", [0, 6])
def test_report_reads_no_more_once_grades_are_kept_however_many_pages(
    client, make_staff, graded_pages, learn, extra_pages, django_assert_num_queries
):
    for _ in range(extra_pages):
        ArticlePageFactory(parent=learn, body=[paragraph_block(PLAIN)]).save_revision()
    client.force_login(make_staff("ed", "Editors"))
    client.get(REPORT_URL)

    with django_assert_num_queries(REPORT_QUERIES):
        response = client.get(REPORT_URL)

    assert len(report_rows(response)) == 3 + extra_pages
