"""Self-check pages (SelfCheckPage): where they live, what they show before any answer, the
medical review they go through, and creation in the admin."""

import json
import re

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from demo.loader import ensure_home
from pages.models import ArticleIndexPage
from pages.review.permissions import requires_medical_review
from selfcheck.instruments import ATTRIBUTION, GAD7, PHQ9, SCALE
from selfcheck.models import SelfCheckPage
from tests.factories import ArticleIndexPageFactory, ProviderFactory
from tests.html import visible_text


def test_phq9_page_asks_the_nine_published_questions_each_in_a_fieldset(client, phq9_page):
    html = client.get(phq9_page.url).content.decode()
    text = visible_text(html)

    assert PHQ9.stem in text
    for number, question in enumerate(PHQ9.questions, start=1):
        assert f"{number}. {question}" in text
    legends = re.findall(r"<legend", html)
    # Nine scored questions and the unscored difficulty question.
    assert len(legends) == 10
    assert "how difficult have these problems made it for you" in text
    for label, value in SCALE:
        assert html.count(f'value="{value}"') >= 9, label
        assert label in text


def test_gad7_page_asks_the_seven_published_questions(client, gad7_page):
    html = client.get(gad7_page.url).content.decode()
    text = visible_text(html)

    for number, question in enumerate(GAD7.questions, start=1):
        assert f"{number}. {question}" in text
    assert len(re.findall(r"<legend", html)) == 7


def test_page_credits_the_instruments_authors(client, phq9_page):
    text = visible_text(client.get(phq9_page.url).content.decode())

    assert f"PHQ-9. {ATTRIBUTION}" in text
    assert "Spitzer, Janet B.W. Williams, Kurt Kroenke" in text
    assert "Pfizer" in text


def test_page_shows_the_editors_intro_and_the_reviewer(client, phq9_page):
    text = visible_text(client.get(phq9_page.url).content.decode())

    assert "Nine questions about the last two weeks." in text
    assert "Medically reviewed by Dr. Maria Lopez, MD on March 2, 2026" in text


def test_answers_post_to_a_path_without_them_and_no_csrf_token_is_sent(client, phq9_page):
    response = client.get(phq9_page.url)
    html = response.content.decode()

    assert f'action="/self-check/{phq9_page.pk}/result/"' in html
    assert 'method="post"' in html
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies


def test_page_before_any_answer_shows_no_result_but_carries_each_bands_words(client, phq9_page):
    html = client.get(phq9_page.url).content.decode()

    # Each band's result waits in a template the page's script fills in; none is shown.
    assert html.count("<template data-band-template") == len(PHQ9.bands)
    shown = re.sub(r"<template.*?</template>", "", html, flags=re.S)
    assert "Your result" not in shown
    assert "data-crisis-template" in html


def test_page_is_kept_in_the_page_cache_like_any_page(client, phq9_page):
    assert client.get(phq9_page.url)["X-Cache"] == "miss"
    assert client.get(phq9_page.url)["X-Cache"] == "hit"


def test_page_says_what_it_is_about_to_search_engines(client, gad7_page):
    html = client.get(gad7_page.url).content.decode()
    json_ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(json_ld[1])

    nodes = {node["@type"]: node for node in data["@graph"]}
    assert nodes["MedicalWebPage"]["about"][0]["name"] == "Anxiety"


@pytest.mark.django_db
def test_a_self_check_goes_through_medical_review_like_a_learn_article(phq9_page):
    assert requires_medical_review(phq9_page)


def test_the_pages_script_scores_as_the_server_does(self_check_js):
    # Every total of both instruments, with and without PHQ-9 question 9: the script that
    # scores in the browser must agree with the scorer the server and the tests use.
    calls, expected = [], []
    for instrument in (PHQ9, GAD7):
        count = len(instrument.questions)
        for total in range(instrument.max_total + 1):
            values = [min(3, max(0, total - 3 * n)) for n in range(count)]
            answers = dict(enumerate(values, start=1))
            result = instrument.score(answers)
            calls.append([[str(value) for value in values], instrument.crisis_question or 0])
            expected.append({"total": result.total, "crisis": result.crisis, "missing": []})

    assert self_check_js("scoreAnswers", calls) == expected


def test_the_pages_script_names_unanswered_questions(self_check_js):
    assert self_check_js("scoreAnswers", [[["1", None, "2", "", "0", "3", "0"], 0]]) == [
        {"total": 6, "crisis": False, "missing": [2, 4]}
    ]


def test_the_pages_script_finds_the_band_at_each_boundary(self_check_js):
    bands = [{"low": band.low, "high": band.high} for band in PHQ9.bands]
    totals = [edge for band in PHQ9.bands for edge in (band.low, band.high)]

    found = self_check_js("bandIndex", [[total, bands] for total in totals])

    assert [PHQ9.bands[index].label for index in found] == [
        PHQ9.band_for(total).label for total in totals
    ]


class TestSelfCheckPageInTheAdmin(WagtailPageTestCase):
    """Where self-check pages live, and an editor creating one."""

    def setUp(self):
        self.login()
        self.home = ensure_home()
        self.learn = ArticleIndexPageFactory(parent=self.home)
        self.reviewer = ProviderFactory(name="Dr. Maria Lopez", credentials="MD")

    def test_self_checks_live_in_the_learn_section_with_nothing_below(self):
        self.assertAllowedParentPageTypes(SelfCheckPage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(SelfCheckPage, set())

    def test_editor_can_create_a_self_check(self):
        data = {
            "title": "Depression self-check",
            "instrument": "phq9",
            "intro": rich_text("<p>Nine questions.</p>"),
            "result_text": rich_text("<p>Talk to your doctor.</p>"),
            "call_to_action": streamfield([]),
            "related_article_links": inline_formset([]),
            "medical_reviewer": str(self.reviewer.pk),
            "last_reviewed": "2026-03-02",
            "next_review_due": "2027-03-02",
        }

        self.assertCanCreate(self.learn, SelfCheckPage, nested_form_data(data))

    def test_questions_are_not_an_editable_field(self):
        response = self.client.get(f"/admin/pages/add/selfcheck/selfcheckpage/{self.learn.pk}/")

        html = response.content.decode()
        assert response.status_code == 200
        assert PHQ9.questions[0] not in html
        assert 'name="instrument"' in html
