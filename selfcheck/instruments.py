"""The PHQ-9 and the GAD-7: their published questions, answer scale, scoring and bands.

They live in code, not in an editable field, so that no edit can change a validated
instrument. Both were developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke
and colleagues, with an educational grant from Pfizer Inc.; no permission is required to
reproduce, translate, display or distribute them.
"""

from collections.abc import Mapping
from dataclasses import dataclass

ATTRIBUTION = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc. No permission is required to reproduce, "
    "translate, display or distribute."
)

# The published answer scale, the same for every scored question of both instruments.
SCALE = (
    ("Not at all", 0),
    ("Several days", 1),
    ("More than half the days", 2),
    ("Nearly every day", 3),
)

DIFFICULTY_SCALE = (
    "Not difficult at all",
    "Somewhat difficult",
    "Very difficult",
    "Extremely difficult",
)


@dataclass(frozen=True)
class Band:
    """A range of totals and what it means, in plain words."""

    key: str
    label: str
    low: int
    high: int
    meaning: str


@dataclass(frozen=True)
class Instrument:
    """One validated questionnaire: its wording, its scoring and its bands."""

    key: str
    name: str
    about: str
    stem: str
    questions: tuple[str, ...]
    bands: tuple[Band, ...]
    # The unscored question on how much the problems get in the way, if the form asks it.
    difficulty_question: str = ""
    # The question (numbered from 1) whose any answer above "Not at all" shows crisis help
    # before the score, whatever the total.
    crisis_question: int | None = None

    @property
    def max_total(self) -> int:
        return len(self.questions) * SCALE[-1][1]

    def field_name(self, number: int) -> str:
        return f"q{number}"

    def band_for(self, total: int) -> Band:
        for band in self.bands:
            if band.low <= total <= band.high:
                return band
        raise ValueError(f"{total} is outside the {self.name}'s range 0 to {self.max_total}")

    def score(self, answers: Mapping[int, int]) -> "Result":
        """The result of answers given as {question number: value 0 to 3}, every question
        answered."""
        values = [answers[number] for number in range(1, len(self.questions) + 1)]
        if any(value not in range(4) for value in values):
            raise ValueError("Each answer is a value from 0 to 3.")
        total = sum(values)
        crisis = self.crisis_question is not None and answers[self.crisis_question] > 0
        return Result(instrument=self, total=total, band=self.band_for(total), crisis=crisis)


@dataclass(frozen=True)
class Result:
    """What a visitor's answers add up to. Never stored."""

    instrument: Instrument
    total: int
    band: Band
    # True when crisis help must come first (PHQ-9 question 9 answered above "Not at all").
    crisis: bool


STEM = "Over the last 2 weeks, how often have you been bothered by any of the following problems?"

PHQ9 = Instrument(
    key="phq9",
    name="PHQ-9",
    about="depression",
    stem=STEM,
    questions=(
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ),
    bands=(
        Band("minimal", "Minimal", 0, 4, "Your answers suggest few or no signs of depression."),
        Band("mild", "Mild", 5, 9, "Your answers suggest mild signs of depression."),
        Band("moderate", "Moderate", 10, 14, "Your answers suggest moderate depression."),
        Band(
            "moderately-severe",
            "Moderately severe",
            15,
            19,
            "Your answers suggest moderately severe depression.",
        ),
        Band("severe", "Severe", 20, 27, "Your answers suggest severe depression."),
    ),
    difficulty_question=(
        "If you checked off any problems, how difficult have these problems made it for you to "
        "do your work, take care of things at home, or get along with other people?"
    ),
    crisis_question=9,
)

GAD7 = Instrument(
    key="gad7",
    name="GAD-7",
    about="anxiety",
    stem=STEM,
    questions=(
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid, as if something awful might happen",
    ),
    bands=(
        Band("minimal", "Minimal", 0, 4, "Your answers suggest few or no signs of anxiety."),
        Band("mild", "Mild", 5, 9, "Your answers suggest mild anxiety."),
        Band("moderate", "Moderate", 10, 14, "Your answers suggest moderate anxiety."),
        Band("severe", "Severe", 15, 21, "Your answers suggest severe anxiety."),
    ),
)

INSTRUMENTS = {instrument.key: instrument for instrument in (PHQ9, GAD7)}
