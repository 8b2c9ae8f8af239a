"""The staff style guide (pages/style_guide.py): every block and component, drawn by the
site's own templates."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from pages.blocks import BodyBlock

URL = "/admin/style-guide/"


@pytest.fixture
def editor_client(client, make_staff, site):
    client.force_login(make_staff("editor", "Editors"))
    return client


def test_anonymous_visitor_is_sent_to_sign_in(client, site):
    response = client.get(URL)

    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_style_guide_lives_at_its_admin_address():
    assert reverse("style_guide") == URL


def test_staff_see_every_body_block_by_its_label(editor_client):
    response = editor_client.get(URL)

    assert response.status_code == 200
    labels = [
        h.get_text(" ", strip=True)
        for h in BeautifulSoup(response.content, "html.parser").select(".style-guide__label")
    ]
    for name, block in BodyBlock().child_blocks.items():
        assert f"{block.label} {name}" in labels


def test_blocks_render_through_their_own_templates_with_sample_content(editor_client):
    html = editor_client.get(URL).content.decode()

    soup = BeautifulSoup(html, "html.parser")
    for kind in ["info", "warning", "crisis"]:
        assert soup.select_one(f".callout--{kind}") is not None, kind
    assert soup.select_one("details.faq__item summary").get_text(strip=True) == "Can I drive home?"
    assert soup.select_one(".statistic__figure").get_text(strip=True) == "71%"
    assert soup.select_one(".testimonial__quote") is not None


def test_style_guide_loads_the_site_stylesheets(editor_client):
    soup = BeautifulSoup(editor_client.get(URL).content, "html.parser")

    stylesheets = [link["href"] for link in soup.select('link[rel="stylesheet"]')]

    assert any("css/site" in href for href in stylesheets)
    assert any("css/blog" in href for href in stylesheets)
    assert any("css/locations" in href for href in stylesheets)


def test_components_are_shown_with_errors_and_the_real_header(editor_client):
    soup = BeautifulSoup(editor_client.get(URL).content, "html.parser")

    assert soup.select_one(".site-header .site-menu__toggle") is not None
    assert soup.select_one(".crisis-banner") is not None
    assert soup.select_one(".crisis-help") is not None
    assert soup.select_one(".breadcrumbs [aria-current='page']") is not None
    assert soup.select_one(".pagination") is not None
    assert len(soup.select(".error-summary__list li")) == 4
    assert len(soup.select(".form-field--error")) == 4


def test_cards_appear_once_the_site_has_pages(client, make_staff, demo_site):
    client.force_login(make_staff("editor", "Editors"))

    soup = BeautifulSoup(client.get(URL).content, "html.parser")

    cards = soup.select(
        "#cards .card, #cards .post-card, #cards .location-card, #cards .team-member"
    )
    assert len(cards) == 5
    assert soup.select_one("#blocks .figure__image") is not None


def test_style_guide_is_in_the_admin_menu(editor_client):
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()

    assert URL in html
