"""The Learn index (ArticleIndexPage): one a site, listing its live articles."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from demo.loader import ensure_home
from pages.models import ArticleIndexPage
from tests.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.html import visible_text


def test_learn_index_lists_live_articles_in_tree_order(client, learn):
    ArticlePageFactory(parent=learn, title="What is ketamine?", summary="A plain introduction.")
    ArticlePageFactory(parent=learn, title="Unpublished article", live=False)
    ArticlePageFactory(parent=learn, title="Cost and insurance")

    html = client.get("/learn/").content.decode()

    assert html.index("What is ketamine?") < html.index("Cost and insurance")
    assert "A plain introduction." in html
    assert "Unpublished article" not in html
    assert html.count("<h1") == 1


def test_learn_index_without_live_articles_says_more_are_coming(client, learn):
    ArticlePageFactory(parent=learn, title="Unpublished article", live=False)

    text = visible_text(client.get("/learn/").content.decode())

    assert "New articles are on their way." in text
    assert "Unpublished article" not in text


class TestArticleIndexPageInTheAdmin(WagtailPageTestCase):
    """One Learn index a site, created by an editor."""

    def setUp(self):
        self.login()
        self.home = ensure_home()

    def test_a_second_learn_index_cannot_be_created(self):
        self.assertTrue(ArticleIndexPage.can_create_at(self.home))
        ArticleIndexPageFactory(parent=self.home)

        self.assertFalse(ArticleIndexPage.can_create_at(self.home))

    def test_editor_can_create_the_learn_index(self):
        self.assertCanCreate(
            self.home,
            ArticleIndexPage,
            nested_form_data({"title": "Learn", "intro": rich_text("<p>Start here.</p>")}),
        )
