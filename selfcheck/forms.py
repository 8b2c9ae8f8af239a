"""The answers of one self-check, as posted without JavaScript. Read, scored, then dropped."""

from dataclasses import dataclass

from django import forms

from .instruments import DIFFICULTY_SCALE, SCALE, Instrument, Result

DIFFICULTY_FIELD = "difficulty"


@dataclass(frozen=True)
class Option:
    label: str
    value: str
    checked: bool


@dataclass(frozen=True)
class Question:
    """One question as the template shows it: a fieldset of radio buttons."""

    number: int
    name: str
    text: str
    options: tuple[Option, ...]
    error: str
    scored: bool = True

    @property
    def id(self) -> str:
        return f"question-{self.name}"


class SelfCheckForm(forms.Form):
    """One required choice per scored question, and the optional difficulty question."""

    def __init__(self, instrument: Instrument, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instrument = instrument
        choices = [(str(value), label) for label, value in SCALE]
        for number, text in enumerate(instrument.questions, start=1):
            self.fields[instrument.field_name(number)] = forms.TypedChoiceField(
                label=text,
                choices=choices,
                coerce=int,
                error_messages={
                    "required": f"Choose an answer to question {number}",
                    "invalid_choice": f"Choose one of the four answers to question {number}",
                },
            )
        if instrument.difficulty_question:
            self.fields[DIFFICULTY_FIELD] = forms.ChoiceField(
                label=instrument.difficulty_question,
                choices=[(label, label) for label in DIFFICULTY_SCALE],
                required=False,
            )

    def questions(self) -> list[Question]:
        """Every question with its options, what was chosen (kept after an error) and its
        error."""
        questions = []
        for number, name in enumerate(self.fields, start=1):
            field = self[name]
            chosen = str(field.value() or "") if self.is_bound else ""
            scored = name != DIFFICULTY_FIELD
            options = tuple(
                Option(label=label, value=str(value), checked=str(value) == chosen)
                for value, label in field.field.choices
            )
            questions.append(
                Question(
                    number=number,
                    name=name,
                    text=field.label,
                    options=options,
                    error=" ".join(field.errors),
                    scored=scored,
                )
            )
        return questions

    def error_summary(self) -> list[dict[str, str]]:
        return [
            {"href": f"#{question.id}", "text": question.error}
            for question in self.questions()
            if question.error
        ]

    def result(self) -> Result:
        """The score of valid answers."""
        instrument = self.instrument
        answers = {
            number: self.cleaned_data[instrument.field_name(number)]
            for number in range(1, len(instrument.questions) + 1)
        }
        return instrument.score(answers)
