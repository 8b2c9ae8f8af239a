"""Standard pages (StandardPage): where they live, and a body that renders."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from demo.loader import ensure_home
from pages.models import HomePage, StandardPage
from tests.factories import StandardPageFactory


def test_standard_page_renders_its_body(client, home):
    StandardPageFactory(
        parent=home,
        slug="about",
        title="About us",
        body=[{"type": "heading", "value": {"text": "Who we are", "level": "h2"}}],
    )

    html = client.get("/about/").content.decode()

    assert "<h1" in html and "About us" in html
    assert 'id="who-we-are"' in html


class TestStandardPageInTheAdmin(WagtailPageTestCase):
    """Where standard pages live, and an editor creating one."""

    def setUp(self):
        self.login()
        self.home = ensure_home()

    def test_standard_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_editor_can_create_a_standard_page(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "About us",
                    "body": streamfield([("paragraph", rich_text("<p>Who we are.</p>"))]),
                    "show_in_footer": "on",
                }
            ),
        )
        self.assertTrue(StandardPage.objects.get(slug="about-us").show_in_footer)
