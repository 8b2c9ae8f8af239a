"""With the page cache and the chrome's fragments on, as in production: what changes shows at
once, routing and view restrictions work as Wagtail's own, and a page-cache miss reads the
menu and footer from their fragments."""

from django.contrib.auth.models import Group
from django_redis.cache import RedisCache
from wagtail.models import Page, PageViewRestriction, Site

from pages.models import ArticlePage, ClinicSettings, StandardPage
from tests import page_html
from tests.conftest import count_calls
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ImageFactory,
    StandardPageFactory,
)


def og_image(response) -> str:
    return page_html.soup(response).find("meta", property="og:image")["content"]


def add_menu_and_footer_pages(home, count: int) -> None:
    for n in range(count):
        StandardPageFactory(
            parent=home, slug=f"section-{n}", show_in_menus=True, show_in_footer=True
        )


def test_publishing_a_menu_page_shows_in_the_menu_at_once(client, home, publish):
    client.get("/")
    page = Page(title="Pricing", slug="pricing", show_in_menus=True)
    home.add_child(instance=page)

    publish(page.save_revision().publish)

    assert 'href="/pricing/"' in client.get("/?fresh").content.decode()
    assert client.get("/pricing/").status_code == 200


def test_renamed_page_answers_at_its_new_address(client, home, publish):
    page = StandardPageFactory(parent=home, slug="about-us")
    assert client.get("/about-us/").status_code == 200
    page.slug = "about"

    publish(page.save_revision().publish)

    assert client.get("/about/").status_code == 200
    # The old address leads to the new one (Wagtail records a redirect), not to a stale copy.
    old = client.get("/about-us/")
    assert (old.status_code, old["Location"]) == (301, "/about/")


def test_unpublished_page_is_gone_at_once(client, home, publish):
    page = StandardPageFactory(parent=home, slug="offer", show_in_menus=True)
    assert client.get("/offer/").status_code == 200

    publish(page.unpublish)

    assert client.get("/offer/").status_code == 404
    assert 'href="/offer/"' not in client.get("/").content.decode()


def test_changed_clinic_settings_show_at_once(client, site, publish):
    client.get("/")
    clinic = ClinicSettings.for_site(site)
    clinic.phone = "(773) 555-0199"

    publish(clinic.save)

    assert "(773) 555-0199" in client.get("/?fresh").content.decode()


def test_draft_page_is_not_served(client, home):
    draft = home.add_child(instance=Page(title="Coming soon", slug="soon", live=False))
    assert draft.pk

    assert client.get("/soon/").status_code == 404


def test_live_page_under_a_draft_parent_is_served_as_wagtail_serves_it(client, home):
    parent = home.add_child(instance=Page(title="Drafted", slug="drafted", live=False))
    StandardPageFactory(parent=parent, slug="inside")

    response = client.get("/drafted/inside/")

    assert response.status_code == 200
    # Its breadcrumb trail leaves the unpublished parent out: that link would be a 404.
    assert 'href="/drafted/"' not in response.content.decode()
    assert client.get("/drafted/").status_code == 404


def test_nested_pages_route_as_before(client, home):
    learn = ArticleIndexPageFactory(parent=home)
    ArticlePageFactory(parent=learn, slug="what-is-ketamine")

    assert client.get("/learn/what-is-ketamine/").status_code == 200
    assert client.get("/learn/what-is-ketamine/more/").status_code == 404
    assert client.get("/learn/nothing-here/").status_code == 404


def test_password_protected_page_and_its_children_still_ask_for_the_password(client, home, publish):
    private = StandardPageFactory(parent=home, slug="staff-only")
    StandardPageFactory(parent=private, slug="rota")
    client.get("/")
    publish(
        PageViewRestriction.objects.create,
        page=private,
        restriction_type=PageViewRestriction.PASSWORD,
        password="s3cret",
    )

    for path in ("/staff-only/", "/staff-only/rota/"):
        response = client.get(path)
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode(), path


def test_group_restricted_page_is_refused_to_visitors(client, home, publish):
    private = StandardPageFactory(parent=home, slug="clinicians")
    restriction = publish(
        PageViewRestriction.objects.create,
        page=private,
        restriction_type=PageViewRestriction.GROUPS,
    )
    restriction.groups.set(Group.objects.all()[:1])

    response = client.get("/clinicians/")

    assert response.status_code == 302
    assert "next=/clinicians/" in response["Location"]


def test_alias_of_a_protected_page_is_protected_too(client, home, publish):
    private = StandardPageFactory(parent=home, slug="staff-only")
    publish(
        PageViewRestriction.objects.create,
        page=private,
        restriction_type=PageViewRestriction.PASSWORD,
        password="s3cret",
    )
    publish(private.create_alias, update_slug="staff-copy")

    assert 'name="password"' in client.get("/staff-copy/").content.decode()


def test_each_site_gets_its_own_menu(client, home, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    StandardPageFactory(parent=home, slug="main-site-section", show_in_menus=True)
    other_root = Page.get_first_root_node().add_child(
        instance=Page(title="Other clinic", slug="other-clinic")
    )
    StandardPageFactory(parent=other_root, slug="other-section", show_in_menus=True)
    Site.objects.create(hostname="other.example", root_page=other_root)

    main = client.get("/").content.decode()
    other = client.get("/other-section/", HTTP_HOST="other.example").content.decode()

    assert 'href="/main-site-section/"' in main and 'href="/other-section/"' not in main
    assert 'href="/other-section/"' in other and 'href="/main-site-section/"' not in other


def test_cache_outage_reads_the_database_instead(client, home, redis_down):
    StandardPageFactory(parent=home, slug="about", show_in_menus=True)

    responses = [client.get("/about/") for _ in range(2)]

    assert [r.status_code for r in responses] == [200, 200]
    assert 'href="/about/"' in responses[-1].content.decode()


def test_listing_card_shows_a_retitled_article_at_once(client, home, publish):
    learn = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=learn, title="What ketamine is")
    assert "What ketamine is" in client.get("/learn/").content.decode()
    article = ArticlePage.objects.get(pk=article.pk)
    article.title = "Ketamine, explained"

    publish(article.save_revision().publish)
    html = client.get("/learn/").content.decode()

    assert "Ketamine, explained" in html and "What ketamine is" not in html


def test_structured_data_follows_a_publish(client, home, publish):
    learn = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=learn, slug="basics", title="What ketamine is")
    assert '"name":"What ketamine is"' in client.get("/learn/basics/").content.decode()
    article = ArticlePage.objects.get(pk=article.pk)
    article.title = "Ketamine, explained"

    publish(article.save_revision().publish)
    html = client.get("/learn/basics/").content.decode()

    assert '"name":"Ketamine, explained"' in html
    assert '"name":"What ketamine is"' not in html


def test_with_the_cache_down_cards_cost_no_cache_calls(client, learn, redis_down, monkeypatch):
    # Each call waits on Redis until it fails: a listing's calls must not grow with its cards.
    calls = count_calls(monkeypatch, RedisCache, ("get", "set", "add", "get_many", "delete"))
    ArticlePageFactory(parent=learn, slug="first")
    client.get("/learn/")
    calls.clear()
    assert "first" in client.get("/learn/").content.decode()
    with_one = len(calls)

    for n in range(5):
        ArticlePageFactory(parent=learn, slug=f"more-{n}")
    calls.clear()
    html = client.get("/learn/").content.decode()

    assert html.count('class="card__title"') == 6
    assert len(calls) == with_one


def test_link_preview_image_follows_a_publish(client, home, publish):
    first, second = ImageFactory(title="Clinic room"), ImageFactory(title="Waiting room")
    page = StandardPageFactory(parent=home, slug="visit", listing_image=first)
    before = og_image(client.get("/visit/"))
    page = StandardPage.objects.get(pk=page.pk)
    page.listing_image = second

    publish(page.save_revision().publish)
    after = og_image(client.get("/visit/"))

    assert "fill-1200x630" in before and "fill-1200x630" in after
    assert before != after


def test_the_kept_menu_marks_each_sections_own_link_as_current(client, home):
    learn = ArticleIndexPageFactory(parent=home, show_in_menus=True)
    first, second = (ArticlePageFactory(parent=learn, slug=slug) for slug in ("first", "second"))
    about = StandardPageFactory(parent=home, slug="about", show_in_menus=True)
    client.cookies["sessionid"] = "not-signed-in"  # each request renders its page

    def current(path: str) -> list[str]:
        menu = page_html.soup(client.get(path)).select("nav.site-nav a[aria-current=page]")
        return [link["href"] for link in menu]

    assert current(first.url) == current(second.url) == ["/learn/"]
    assert current(about.url) == ["/about/"]
    assert current("/") == []
