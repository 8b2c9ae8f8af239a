"""The team page (TeamPage): where it lives, and every provider, each with the anchor that
bylines link to."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data

from demo.loader import ensure_home
from pages.models import HomePage, TeamPage
from tests.factories import ImageFactory, ProviderFactory


def test_team_page_lists_providers_in_their_order_with_anchors(client, team_page):
    ProviderFactory(name="Jordan Lee", credentials="CRNA", role="Nurse anesthetist", sort_order=2)
    ProviderFactory(
        name="Dr. Maria Lopez",
        credentials="MD",
        role="Medical director",
        bio="Board-certified psychiatrist.",
        sort_order=1,
    )

    html = client.get("/team/").content.decode()

    assert html.index('id="dr-maria-lopez"') < html.index('id="jordan-lee"')
    assert "Dr. Maria Lopez, MD" in html and "Medical director" in html
    assert "Board-certified psychiatrist." in html
    assert "Jordan Lee, CRNA" in html


def test_provider_photo_renders_with_its_alt_text(client, team_page):
    ProviderFactory(photo=ImageFactory(description="Portrait of Dr. Lopez smiling."))

    html = client.get("/team/").content.decode()

    assert "<picture>" in html
    assert 'alt="Portrait of Dr. Lopez smiling."' in html
    assert 'loading="lazy"' in html


class TestTeamPageInTheAdmin(WagtailPageTestCase):
    """Where the team page lives, and an editor creating it."""

    def setUp(self):
        self.login()
        self.home = ensure_home()

    def test_team_page_sits_under_home_with_nothing_below(self):
        self.assertAllowedParentPageTypes(TeamPage, {HomePage})
        self.assertAllowedSubpageTypes(TeamPage, set())

    def test_editor_can_create_the_team_page(self):
        self.assertCanCreate(self.home, TeamPage, nested_form_data({"title": "Our team"}))
