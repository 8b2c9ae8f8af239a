"""The team page: every provider, each with the anchor that bylines link to."""

from tests.factories import ImageFactory, ProviderFactory, StandardPageFactory


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
