"""The main menu and the footer's links, built from the page tree (pages/navigation.py)."""

from wagtail.models import PageViewRestriction

from tests.factories import (
    ConditionPageFactory,
    LocationIndexPageFactory,
    LocationPageFactory,
    StandardPageFactory,
)


def footer(html: str) -> str:
    return html[html.index("<footer") :]


def test_main_menu_lists_top_level_pages_marked_for_menus(client, home, learn):
    learn.show_in_menus = True
    learn.save_revision().publish()
    StandardPageFactory(parent=home, title="Hidden", show_in_menus=False)

    html = client.get("/learn/").content.decode()
    nav = html[html.index('<nav class="site-nav"') : html.index("</nav>")]

    assert 'href="/learn/"' in nav and 'aria-current="page"' in nav
    assert "Hidden" not in nav


def test_footer_links_the_legal_pages_marked_for_the_footer(client, home):
    StandardPageFactory(
        parent=home, title="Privacy policy", slug="privacy-policy", show_in_footer=True
    )
    StandardPageFactory(parent=home, title="Medical disclaimer", show_in_footer=True)
    StandardPageFactory(parent=home, title="About us", show_in_footer=False)
    StandardPageFactory(parent=home, title="Old policy", show_in_footer=True, live=False)

    html = footer(client.get("/").content.decode())

    assert 'href="/privacy-policy/">Privacy policy</a>' in html
    assert "Medical disclaimer" in html
    assert "About us" not in html and "Old policy" not in html


def test_footer_keeps_the_crisis_notice(client, home):
    html = footer(client.get("/").content.decode())

    assert 'href="tel:988"' in html and 'href="tel:911"' in html


def test_footer_has_no_locations_list_without_a_live_clinic(client, home):
    index = LocationIndexPageFactory(parent=home)
    LocationPageFactory(parent=index, title="Closed clinic", live=False)

    html = footer(client.get("/").content.decode())

    assert "Our clinics" not in html


def test_footer_lists_the_live_clinic_locations_in_tree_order(client, home):
    index = LocationIndexPageFactory(parent=home)
    LocationPageFactory(parent=index, title="Wicker Park", slug="wicker-park")
    LocationPageFactory(parent=index, title="Orland Park", slug="orland-park")
    LocationPageFactory(parent=index, title="Closed clinic", live=False)

    html = footer(client.get("/").content.decode())

    assert "Our clinics" in html
    assert 'href="/locations/wicker-park/">Wicker Park</a>' in html
    assert html.index("Wicker Park") < html.index("Orland Park")
    assert "Closed clinic" not in html


def test_password_protected_pages_stay_out_of_menus_footers_and_listings(
    client, home, conditions_index
):
    private = StandardPageFactory(
        parent=home, title="Staff handbook", show_in_menus=True, show_in_footer=True
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-words"
    )
    ConditionPageFactory(parent=conditions_index, title="Depression")
    hidden = ConditionPageFactory(parent=conditions_index, title="Unannounced condition")
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-words"
    )

    for url in ["/", "/conditions/"]:
        html = client.get(url).content.decode()
        assert "Depression" in html, url
        assert "Staff handbook" not in html, url
        assert "Unannounced condition" not in html, url
