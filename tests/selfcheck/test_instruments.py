"""The PHQ-9 and GAD-7 scorers: every band boundary, and PHQ-9 question 9 before the total."""

import pytest

from selfcheck.instruments import GAD7, PHQ9, SCALE, Instrument


def answers_totalling(instrument: Instrument, total: int, crisis: int = 0) -> dict[int, int]:
    """Answers adding up to `total`, with the crisis question (if any) answered `crisis`."""
    answers = dict.fromkeys(range(1, len(instrument.questions) + 1), 0)
    remaining = total
    if instrument.crisis_question:
        answers[instrument.crisis_question] = crisis
        remaining -= crisis
    for number in answers:
        if number == instrument.crisis_question:
            continue
        answers[number] = min(3, remaining)
        remaining -= answers[number]
    assert remaining == 0
    return answers


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "Minimal"),
        (4, "Minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Moderately severe"),
        (19, "Moderately severe"),
        (20, "Severe"),
        (27, "Severe"),
    ],
)
def test_phq9_total_falls_in_its_published_band(total, band):
    # Above 24 the total needs question 9 as well.
    question_9 = max(0, total - 24)

    result = PHQ9.score(answers_totalling(PHQ9, total, crisis=question_9))

    assert result.total == total
    assert result.band.label == band
    assert result.crisis == bool(question_9)


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "Minimal"),
        (4, "Minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Severe"),
        (21, "Severe"),
    ],
)
def test_gad7_total_falls_in_its_published_band(total, band):
    result = GAD7.score(answers_totalling(GAD7, total))

    assert result.total == total
    assert result.band.label == band
    assert not result.crisis


@pytest.mark.parametrize("answer", [1, 2, 3])
def test_phq9_question_9_above_not_at_all_calls_for_crisis_help_even_at_a_minimal_total(answer):
    result = PHQ9.score(answers_totalling(PHQ9, answer, crisis=answer))

    assert result.crisis
    assert result.total == answer
    assert result.band.label == "Minimal"


def test_phq9_question_9_answered_not_at_all_calls_for_no_crisis_help_even_when_severe():
    result = PHQ9.score(answers_totalling(PHQ9, 24, crisis=0))

    assert result.band.label == "Severe"
    assert not result.crisis


def test_phq9_crisis_help_follows_question_9_alone_at_every_total():
    for total in range(1, 26):  # with question 9 at 1, the others add up to 24 at most
        assert PHQ9.score(answers_totalling(PHQ9, total, crisis=1)).crisis


def test_gad7_never_calls_for_crisis_help():
    assert not GAD7.score(answers_totalling(GAD7, 21)).crisis


def test_bands_cover_every_possible_total_once():
    for instrument in (PHQ9, GAD7):
        covered = [total for band in instrument.bands for total in range(band.low, band.high + 1)]
        assert covered == list(range(instrument.max_total + 1)), instrument.name


def test_instruments_ask_the_published_number_of_questions_on_the_published_scale():
    assert len(PHQ9.questions) == 9
    assert len(GAD7.questions) == 7
    assert SCALE == (
        ("Not at all", 0),
        ("Several days", 1),
        ("More than half the days", 2),
        ("Nearly every day", 3),
    )
    assert PHQ9.questions[8] == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )


def test_an_answer_off_the_scale_is_refused():
    answers = answers_totalling(GAD7, 0)
    answers[1] = 4

    with pytest.raises(ValueError):
        GAD7.score(answers)
