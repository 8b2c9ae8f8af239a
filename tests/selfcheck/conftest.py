import pytest

from selfcheck.models import SelfCheckPage
from tests.factories import ProviderFactory, SelfCheckPageFactory


@pytest.fixture
def phq9_page(home):
    return SelfCheckPageFactory(
        parent=home,
        medical_reviewer=ProviderFactory(name="Dr. Maria Lopez", credentials="MD"),
    )


@pytest.fixture
def gad7_page(home):
    return SelfCheckPageFactory(
        parent=home,
        title="Anxiety self-check",
        slug="anxiety-self-check",
        instrument=SelfCheckPage.InstrumentChoices.GAD7,
        intro="<p>Seven questions about the last two weeks.</p>",
    )


def answers(count: int, value: int = 0, **overrides: int) -> dict[str, str]:
    """Posted answers: every question `value`, except those named (`q9=2`)."""
    data = {f"q{number}": str(value) for number in range(1, count + 1)}
    data.update({name: str(answer) for name, answer in overrides.items()})
    return data
