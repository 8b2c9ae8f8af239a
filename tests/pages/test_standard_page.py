"""Standard pages (StandardPage): where they live, and a body that renders."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from demo.loader import ensure_home
from pages.models import HomePage, StandardPage, StandardPageReference
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


def test_a_citation_lands_on_the_pages_one_sources_list(client, home):
    page = StandardPageFactory(
        parent=home,
        slug="research",
        body=[{"type": "paragraph", "value": '<p>Studied <a href="#ref-2">[2]</a>.</p>'}],
    )
    page.references = [
        StandardPageReference(title="First study", url="https://a.example/"),
        StandardPageReference(title="Second study", publisher="Neuron", year=2019),
    ]
    page.save_revision().publish()

    html = client.get("/research/").content.decode()

    assert '<a href="#ref-2">[2]</a>' in html
    assert html.count('id="ref-1"') == html.count('id="ref-2"') == 1
    assert html.count('<h2 class="references__title"') == 1
    assert '<a class="references__link" href="https://a.example/">First study</a>' in html
    assert "Neuron" in html and "2019" in html


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
                    "references": inline_formset([]),
                    "show_in_footer": "on",
                }
            ),
        )
        self.assertTrue(StandardPage.objects.get(slug="about-us").show_in_footer)
