"""The result of answers posted without JavaScript: scored, shown, and neither stored, logged
nor cached, with no cookie."""

import logging
import re

import pytest
from django.db import connection

from tests.html import visible_text

from .conftest import answers


def result_url(page) -> str:
    return f"/self-check/{page.pk}/result/"


def row_counts() -> dict[str, int]:
    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            counts[table] = cursor.fetchone()[0]
    return counts


def test_posted_answers_get_their_score_and_band(client, phq9_page):
    response = client.post(result_url(phq9_page), answers(9, 1, q1=3, q9=0))

    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert "Your result: 10 out of 27, moderate" in text
    assert "Your answers suggest moderate depression." in text
    assert "This is not a diagnosis." in text
    assert "Call 911" not in text.split("Your result")[1]


def test_gad7_answers_get_the_gad7_bands(client, gad7_page):
    response = client.post(result_url(gad7_page), answers(7, 3))

    text = visible_text(response.content.decode())
    assert "Your result: 21 out of 21, severe" in text
    assert "Your answers suggest severe anxiety." in text


def test_question_9_shows_crisis_help_before_the_score_whatever_the_total(client, phq9_page):
    html = client.post(result_url(phq9_page), answers(9, 0, q9=1)).content.decode()

    result = html[html.index("data-self-check-result-panel") :]
    crisis = result.index("You said you have had thoughts")
    assert crisis < result.index("Your result:")
    assert result.index('href="tel:988"') < result.index("Your result:")
    assert "Our clinic is not an emergency service." in visible_text(result)
    assert "Your result: 1 out of 27, minimal" in visible_text(result)


def test_result_response_may_be_kept_by_no_cache(client, phq9_page):
    response = client.post(result_url(phq9_page), answers(9, 2))

    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex' in response.content.decode()


def test_result_sets_no_cookie_without_any_cookie_sent(client, phq9_page):
    # No CSRF cookie exists on these pages, and the post still works.
    client.cookies.clear()
    csrf_checking = client.__class__(enforce_csrf_checks=True)

    response = csrf_checking.post(result_url(phq9_page), answers(9, 1))

    assert response.status_code == 200
    assert not response.cookies


def test_result_stores_nothing(client, phq9_page):
    client.get(phq9_page.url)  # whatever a first visit stores (the cache's token) is kept
    before = row_counts()

    client.post(result_url(phq9_page), answers(9, 2, q9=3))

    assert row_counts() == before


def test_result_logs_nothing(client, phq9_page, caplog):
    with caplog.at_level(logging.DEBUG):
        client.post(result_url(phq9_page), answers(9, 2, q9=3))

    assert caplog.records == []


def test_result_is_neither_served_from_nor_kept_in_the_page_cache(client, phq9_page):
    client.get(phq9_page.url)  # the page itself is cached
    first = client.post(result_url(phq9_page), answers(9, 3))
    second = client.post(result_url(phq9_page), answers(9, 0))

    assert "Your result: 27 out of 27" in visible_text(first.content.decode())
    assert "Your result: 0 out of 27" in visible_text(second.content.decode())
    assert first.get("X-Cache") != "hit" and second.get("X-Cache") != "hit"
    cached = client.get(phq9_page.url)
    assert cached["X-Cache"] == "hit"
    assert "Your result" not in visible_text(cached.content.decode()).split("See my result")[0]


def test_missing_answers_are_named_and_the_given_ones_kept(client, phq9_page):
    data = answers(9, 2)
    del data["q4"], data["q7"]

    response = client.post(result_url(phq9_page), data)

    html = response.content.decode()
    text = visible_text(html)
    assert response.status_code == 200
    assert "There are problems with 2 answers" in text
    assert "Choose an answer to question 4" in text
    assert "Choose an answer to question 7" in text
    assert "Your result" not in text.split("See my result")[0]
    assert len(re.findall(r'value="2"\s+checked', html)) == 7
    assert "no-store" in response["Cache-Control"]


def test_an_answer_off_the_scale_is_an_error_not_a_500(client, phq9_page):
    response = client.post(result_url(phq9_page), answers(9, 0, q1=9))

    assert response.status_code == 200
    assert "Choose one of the four answers to question 1" in visible_text(response.content.decode())


def test_the_result_address_takes_only_posts(client, phq9_page):
    assert client.get(result_url(phq9_page)).status_code == 405


@pytest.mark.django_db
def test_an_unpublished_self_check_gives_no_result(client, phq9_page):
    phq9_page.unpublish()

    assert client.post(result_url(phq9_page), answers(9, 0)).status_code == 404


def test_a_page_that_is_not_a_self_check_gives_no_result(client, phq9_page, home):
    assert client.post(f"/self-check/{home.pk}/result/", answers(9, 0)).status_code == 404
