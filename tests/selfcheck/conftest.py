import json
import shutil
import subprocess
from pathlib import Path

import pytest

from pages.models import put_under_medical_review
from selfcheck.models import SelfCheckPage
from tests.factories import ArticleIndexPageFactory, ProviderFactory, SelfCheckPageFactory


@pytest.fixture
def learn(home):
    """The Learn section under Medical review, as the demo site has it."""
    section = ArticleIndexPageFactory(parent=home)
    put_under_medical_review(section)
    return section


@pytest.fixture
def phq9_page(learn):
    return SelfCheckPageFactory(
        parent=learn,
        medical_reviewer=ProviderFactory(name="Dr. Maria Lopez", credentials="MD"),
    )


@pytest.fixture
def gad7_page(learn):
    return SelfCheckPageFactory(
        parent=learn,
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


JS_MODULE = Path(__file__).resolve().parents[2] / "static" / "js" / "self-check.js"
# The runner the location pages' script tests use: one call of an export per argument list.
CALL_EXPORT = Path(__file__).resolve().parents[1] / "locations" / "js" / "call_export.mjs"


@pytest.fixture
def self_check_js(tmp_path):
    """Call an export of static/js/self-check.js with node: `self_check_js(name, [[args]])`."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    copy = tmp_path / "self-check.mjs"
    shutil.copyfile(JS_MODULE, copy)

    def call(export: str, calls: list[list]) -> list:
        result = subprocess.run(
            [node, str(CALL_EXPORT), str(copy), export],
            input=json.dumps(calls),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    return call
