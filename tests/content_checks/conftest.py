import pytest

from tests.factories import ArticleIndexPageFactory

# Short sentences and short words: well within grade 8.
PLAIN = (
    "Ketamine is a medicine. Doctors have used it for many years. In small doses it can ease "
    "low mood. You sit in a soft chair. A nurse stays with you. Most visits take about an "
    "hour. You can go home the same day, but someone must drive you."
)
# One long sentence of long words: far above it.
HARD = (
    "Intravenous ketamine administration, characterized by N-methyl-D-aspartate receptor "
    "antagonism, demonstrates considerable therapeutic potential for treatment-resistant "
    "depressive disorders, particularly among individuals for whom conventional "
    "pharmacological interventions have proven insufficiently efficacious, notwithstanding "
    "substantial interindividual variability in dissociative phenomena."
)


@pytest.fixture
def learn(home):
    return ArticleIndexPageFactory(parent=home)
