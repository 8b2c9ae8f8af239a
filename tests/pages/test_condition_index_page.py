"""The conditions index (ConditionIndexPage): one a site, listing its live conditions."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data

from demo.loader import ensure_home
from pages.models import ConditionIndexPage, HomePage, TeamPage
from tests.factories import ConditionIndexPageFactory, ConditionPageFactory


def test_conditions_index_lists_live_conditions(client, conditions_index, depression):
    ConditionPageFactory(parent=conditions_index, title="Draft condition", live=False)

    html = client.get("/conditions/").content.decode()

    assert 'href="/conditions/depression/"' in html
    assert "Draft condition" not in html


def test_conditions_index_without_live_pages_says_they_are_coming(client, conditions_index):
    html = client.get(conditions_index.url).content.decode()

    assert "Pages about the conditions we treat are on their way." in html


class TestConditionIndexPageInTheAdmin(WagtailPageTestCase):
    """One conditions index (and one team page) a site, created by an editor."""

    def setUp(self):
        self.login()
        self.home = ensure_home()

    def test_a_second_conditions_index_or_team_page_cannot_be_created(self):
        ConditionIndexPageFactory(parent=self.home)
        self.home.add_child(instance=TeamPage(title="Our team", slug="team"))

        self.assertFalse(ConditionIndexPage.can_create_at(self.home))
        self.assertFalse(TeamPage.can_create_at(self.home))
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_editor_can_create_the_conditions_index(self):
        self.assertCanCreate(
            self.home, ConditionIndexPage, nested_form_data({"title": "Conditions we treat"})
        )
