import pytest

from tests.factories import ArticleIndexPageFactory, ConditionIndexPageFactory, TeamPageFactory


@pytest.fixture
def learn(home):
    return ArticleIndexPageFactory(parent=home)


@pytest.fixture
def conditions_index(home):
    return ConditionIndexPageFactory(parent=home)


@pytest.fixture
def team_page(home):
    return TeamPageFactory(parent=home)
