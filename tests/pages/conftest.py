import datetime

import pytest

from tests.factories import (
    ArticleIndexPageFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    ProviderFactory,
    TeamPageFactory,
)


@pytest.fixture
def learn(home):
    return ArticleIndexPageFactory(parent=home)


@pytest.fixture
def conditions_index(home):
    return ConditionIndexPageFactory(parent=home)


@pytest.fixture
def team_page(home):
    return TeamPageFactory(parent=home)


@pytest.fixture
def depression(conditions_index):
    """A live condition page with its symptoms, evidence, a citation and a review."""
    return ConditionPageFactory(
        parent=conditions_index,
        title="Depression",
        slug="depression",
        symptoms="Feeling sad or empty\n- Losing interest in things you enjoyed\n\n",
        how_it_may_help='<p>Ketamine acts on glutamate<a href="#ref-1">[1]</a>.</p>',
        evidence="<p>In a 2006 trial, 71% responded within a day.</p>",
        medical_reviewer=ProviderFactory(name="Dr. Maria Lopez", credentials="MD"),
        last_reviewed=datetime.date(2026, 3, 2),
    )


@pytest.fixture
def medical_director():
    """The clinician whose review articles and condition pages name."""
    return ProviderFactory(
        name="Dr. Maria Lopez", slug="dr-maria-lopez", credentials="MD", role="Medical director"
    )
