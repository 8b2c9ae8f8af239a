"""Reading grades (content_checks/reading.py): textstat's value, of a page's prose only."""

import textstat

from content_checks.reading import TARGET_GRADE, body_text, grade_page, grade_text
from tests.content_checks.conftest import HARD, PLAIN
from tests.factories import StandardPageFactory, paragraph_block


def test_grade_of_a_fixed_english_text_is_textstats_flesch_kincaid_grade():
    assert grade_text(PLAIN).grade == round(textstat.flesch_kincaid_grade(PLAIN), 1) == 1.3
    assert grade_text(HARD).grade == round(textstat.flesch_kincaid_grade(HARD), 1) == 39.2


def test_plain_text_is_within_the_target_and_dense_text_above_it():
    assert TARGET_GRADE == 8
    assert not grade_text(PLAIN).above_target
    assert grade_text(HARD).above_target
    assert grade_text(HARD).verdict.startswith("Above the target")


def test_a_few_words_are_too_short_to_grade():
    grade = grade_text("Call us to book.")

    assert grade.grade is None
    assert grade.display == "Too short to grade"
    assert not grade.above_target


def test_body_text_reads_headings_and_paragraphs_but_not_the_sources_list(home):
    page = StandardPageFactory(
        parent=home,
        body=[
            {"type": "heading", "value": {"text": "What to expect", "level": "h2"}},
            paragraph_block("A nurse stays with you &amp; checks on you."),
            {
                "type": "references",
                "value": {
                    "title": "Sources",
                    "references": [
                        {
                            "title": "Pharmacokinetic considerations",
                            "publisher": "Neuron",
                            "year": 2019,
                            "url": "https://doi.org/10.1016/j.neuron.2019.02.005",
                        }
                    ],
                },
            },
        ],
    )

    # A heading ends a sentence of its own rather than running into the next one.
    assert body_text(page) == "What to expect.\nA nurse stays with you & checks on you."


def test_page_grade_is_the_grade_of_its_body(home):
    page = StandardPageFactory(parent=home, body=[paragraph_block(HARD)])

    assert grade_page(page).grade == grade_text(HARD).grade
