"""The page cache (pages/cache.py) and the kept fragments of the site's chrome.

Anonymous visitors get stored pages, and no one ever gets a stale one, not even after a
change made while the cache was down. With the page cache and the chrome's fragments on, as
in production, what changes shows at once, routing and view restrictions work as Wagtail's
own, and a page-cache miss reads the menu and footer from their fragments.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.utils.cache import add_never_cache_headers
from django_redis.cache import RedisCache
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site

from pages import cache as page_cache
from pages.models import ArticlePage, ClinicSettings, HomePage, StandardPage
from tests import factories, page_html
from tests.conftest import count_calls
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ImageFactory,
    StandardPageFactory,
    paragraph,
)


@pytest.fixture
def menu_page(home, publish):
    """A published page in the main menu, which every page shows."""
    page = home.add_child(instance=Page(title="Our treatments", slug="treatments"))
    page.show_in_menus = True
    publish(page.save_revision().publish)
    return page


def warm(client, path="/"):
    first = client.get(path)
    second = client.get(path)
    assert first["X-Cache"] == "miss"
    assert second["X-Cache"] == "hit"
    return second


def test_second_anonymous_visit_is_served_from_the_cache(client, home):
    first = client.get("/")
    second = client.get("/")

    assert first["X-Cache"] == "miss"
    assert second["X-Cache"] == "hit"
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_cache_hit_makes_no_database_query(client, home, django_assert_num_queries):
    warm(client)

    with django_assert_num_queries(0):
        response = client.get("/")

    assert response["X-Cache"] == "hit"


def test_head_request_is_answered_from_the_cache(client, home):
    warm(client)

    assert client.head("/")["X-Cache"] == "hit"


def test_publishing_shows_the_new_version_at_once(client, home, publish):
    warm(client)
    home = HomePage.objects.get(pk=home.pk)
    home.hero_title = "Feel like yourself again"

    publish(home.save_revision().publish)
    response = client.get("/")

    assert response["X-Cache"] == "miss"
    assert "Feel like yourself again" in response.content.decode()


def test_publishing_a_new_menu_page_updates_every_cached_page(client, home, publish):
    warm(client)
    page = home.add_child(instance=Page(title="Pricing", slug="pricing", show_in_menus=True))

    publish(page.save_revision().publish)

    assert 'href="/pricing/"' in client.get("/").content.decode()


def test_unpublishing_removes_the_page_from_cached_menus(client, menu_page, publish):
    assert 'href="/treatments/"' in warm(client).content.decode()

    publish(menu_page.unpublish)

    assert 'href="/treatments/"' not in client.get("/").content.decode()


def test_moving_a_page_updates_cached_menus(client, home, menu_page, publish):
    about = home.add_child(instance=Page(title="About us", slug="about"))
    publish(about.save_revision().publish)
    assert 'href="/treatments/"' in warm(client).content.decode()

    publish(menu_page.move, about, pos="last-child")
    html = client.get("/").content.decode()

    assert 'href="/treatments/"' not in html


def test_deleting_a_page_removes_it_from_cached_menus(client, menu_page, publish):
    assert 'href="/treatments/"' in warm(client).content.decode()

    publish(menu_page.delete)

    assert 'href="/treatments/"' not in client.get("/").content.decode()


def test_saving_site_settings_updates_every_cached_page(client, site, publish):
    warm(client)
    clinic = ClinicSettings.for_site(site)
    clinic.phone = "(773) 555-0199"

    publish(clinic.save)

    assert "(773) 555-0199" in client.get("/").content.decode()


@pytest.mark.parametrize("factory", [factories.TestimonialFactory, factories.ProviderFactory])
def test_saving_a_snippet_clears_the_page_cache(client, home, publish, factory):
    warm(client)

    publish(factory)

    assert client.get("/")["X-Cache"] == "miss"


def test_adding_a_view_restriction_stops_serving_the_cached_page(client, home, publish):
    warm(client)

    publish(
        PageViewRestriction.objects.create,
        page=home,
        restriction_type=PageViewRestriction.PASSWORD,
        password="staff only",
    )
    first = client.get("/")
    second = client.get("/")

    assert home.hero_title not in first.content.decode()
    assert second["X-Cache"] == "miss"
    assert "no-store" in second["Cache-Control"]


def test_uncommitted_change_is_not_announced_until_commit(client, home):
    """A publish that rolls back (or has not committed yet) must not clear the cache early,
    or a request in between would store the old page under the new generation."""
    warm(client)
    home = HomePage.objects.get(pk=home.pk)
    home.hero_title = "Draft in a transaction"

    home.save_revision().publish()  # the test's transaction never commits

    assert client.get("/")["X-Cache"] == "hit"


def test_signed_in_editor_never_gets_or_fills_the_cache(client, home, admin_user):
    warm(client)
    client.force_login(admin_user)

    first = client.get("/")
    second = client.get("/")

    assert "X-Cache" not in first
    assert "X-Cache" not in second
    assert "wagtail-userbar" in second.content.decode()


def test_editor_page_with_userbar_is_never_stored_for_visitors(client, home, admin_user):
    editor = type(client)()
    editor.force_login(admin_user)
    editor.get("/")

    response = client.get("/")

    assert response["X-Cache"] == "miss"
    assert "wagtail-userbar" not in response.content.decode()


def test_query_string_bypasses_the_cache(client, home):
    warm(client)

    first = client.get("/?utm_source=newsletter")
    second = client.get("/?utm_source=newsletter")

    assert "X-Cache" not in first
    assert "X-Cache" not in second


def _on_serve(change_response):
    def wrap(serve):
        def inner(page, request, args, kwargs):
            response = serve(page, request, args, kwargs)
            change_response(request, response)
            return response

        return inner

    return wrap


@pytest.mark.parametrize(
    "change_response",
    [
        pytest.param(lambda request, response: get_token(request), id="form-with-csrf-token"),
        pytest.param(lambda request, response: response.set_cookie("seen", "1"), id="cookie"),
        pytest.param(lambda request, response: add_never_cache_headers(response), id="no-store"),
    ],
)
def test_response_that_sets_a_cookie_or_forbids_caching_is_never_stored(
    client, home, change_response
):
    with hooks.register_temporarily("on_serve_page", _on_serve(change_response)):
        client.get("/")
        response = client.get("/")

    assert response["X-Cache"] == "miss"


def test_page_type_can_opt_out(client, home, monkeypatch):
    monkeypatch.setattr(HomePage, "cache_page", False)

    client.get("/")

    assert client.get("/")["X-Cache"] == "miss"


def test_not_found_is_not_cached(client, home):
    client.get("/no-such-page/")

    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert response["X-Cache"] == "miss"


def test_admin_pages_are_never_cached(client, home):
    client.get("/admin/login/")

    assert client.get("/admin/login/")["X-Cache"] == "miss"


def test_each_host_has_its_own_copy(client, home, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    warm(client)

    assert client.get("/", HTTP_HOST="other.example")["X-Cache"] == "miss"


def test_turned_off_when_lifetime_is_zero(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 0

    client.get("/")

    assert "X-Cache" not in client.get("/")


def test_cache_outage_is_only_a_miss(client, home, redis_down):
    responses = [client.get("/") for _ in range(3)]

    assert [r.status_code for r in responses] == [200, 200, 200]
    assert [r["X-Cache"] for r in responses] == ["miss", "miss", "miss"]
    assert "call or text 988" in responses[-1].content.decode()


def test_logged_out_visitor_with_a_stale_session_cookie_is_not_served_from_cache(client, home):
    warm(client)
    client.cookies["sessionid"] = "expired"

    assert "X-Cache" not in client.get("/")


def test_a_publish_while_the_cache_is_down_clears_it_once_it_is_back(
    client, home, publish, monkeypatch
):
    page = StandardPageFactory(parent=home, slug="about", body=paragraph("Old opening hours"))
    assert "Old opening hours" in client.get("/about/").content.decode()  # now cached
    page = StandardPage.objects.get(pk=page.pk)
    page.body = paragraph("New opening hours")
    # The cache is down for the publish: the new token goes nowhere.
    with monkeypatch.context() as outage:
        outage.setattr(cache, "set", lambda *args, **kwargs: None)
        publish(page.save_revision().publish)

    # Back again, holding the page stored before the publish under the token it still has.
    html = client.get("/about/").content.decode()

    assert "New opening hours" in html and "Old opening hours" not in html


# --- What changes shows at once; routing and restrictions as Wagtail's own ----------------


def og_image(response) -> str:
    return page_html.soup(response).find("meta", property="og:image")["content"]


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


def test_page_stored_before_entries_had_an_end_is_still_served(client, home):
    # Entries stored by the release before `expire_at` have four parts; they stay good.
    request = warm(client).wsgi_request
    key = page_cache.entry_key(request)
    generation, status, headers, content, _expires = cache.get(key)
    cache.set(key, (generation, status, headers, b"the earlier copy"), timeout=60)

    response = client.get("/")

    assert response["X-Cache"] == "hit"
    assert response.content == b"the earlier copy"
