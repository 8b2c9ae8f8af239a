"""What every page shows and only a publish changes, kept between requests: the site, its
clinic settings, the menu, the footer's links, the view restrictions and the page tree's
addresses (for routing).

Read from the database on every request, these were half of a page's queries, for data that
changes a few times a week. They are stored in Django's cache as one entry per
site, under the page cache's generation token (pages/page_cache.py): every publish, unpublish,
move and deletion, and every snippet, setting, site or restriction saved, replaces that token,
so no entry outlives the content it was read from. Each request unpickles its own copy, so
nothing a request sets on these objects reaches another request.

With SITE_DATA_CACHE_SECONDS at 0 (the tests, unless they turn it on), or with the cache down,
every request reads the database as before.

The same generation keeps HTML too: each page's main content, its listing cards and its JSON-LD
(`fragment_cache`, `content_fragment`), for CONTENT_CACHE_SECONDS; at 0 they are rendered on
every page-cache miss.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.utils.functional import SimpleLazyObject
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from pages import page_cache

SITE_KEY_PREFIX = "site-data:site:"
DATA_KEY_PREFIX = "site-data:data:"
# Stored as the "no site answers this host" result, which a cache miss (None) cannot be.
NO_SITE = "no-site"

T = TypeVar("T")


@dataclass(frozen=True)
class Link:
    """A page as a menu or the footer shows it."""

    title: str
    url: str
    url_path: str


class TreeEntry(NamedTuple):
    pk: int
    content_type_id: int
    title: str
    live: bool


@dataclass
class SiteData:
    """Everything `load` reads for one site."""

    settings: object  # pages.models.ClinicSettings, its booking page and image fetched
    menu: list[Link]
    footer_locations: list[Link]
    footer_legal: list[Link]
    restricted_pages: list[Page]
    # Every page of the site by url_path, drafts included (as Wagtail's own routing includes
    # them: a draft parent may have a live child).
    tree: dict[str, TreeEntry]
    root_url_path: str
    # An alias page takes its source's view restrictions, which a look at the restricted
    # pages' paths would miss; with any alias in the site, restrictions are read as Wagtail does.
    has_aliases: bool
    # The live team page's address, where bylines link a reviewer's name ("" without one).
    team_url: str

    def live_ancestors(self, page: Page) -> list[Page] | None:
        """The live pages from the site's home page down to `page`'s parent, as plain Page
        objects holding their title and address; None for a page outside this site."""
        root = self.root_url_path
        if not page.url_path.startswith(root) or page.url_path == root:
            return None
        slugs = page.url_path[len(root) :].strip("/").split("/")
        paths = [root + "".join(f"{slug}/" for slug in slugs[:end]) for end in range(len(slugs))]
        pages = [self.page_at(path) for path in paths]
        return [page for page in pages if page is not None and page.live]

    def page_at(self, url_path: str, model: type[Page] = Page) -> Page | None:
        """The page at `url_path` as a `model` holding its id, title, address and live flag
        (all a link needs), or None when no page, or none of that type, is there."""
        entry = self.tree.get(url_path)
        if entry is None:
            return None
        if model is not Page and entry.content_type_id != _content_type_id(model):
            return None
        return model(id=entry.pk, title=entry.title, url_path=url_path, live=entry.live)

    def restrictions_may_apply(self, page: Page) -> bool:
        """Whether a view restriction could apply to `page`, without a query to find out."""
        return self.has_aliases or any(
            page.path.startswith(restricted.path) for restricted in self.restricted_pages
        )


def enabled() -> bool:
    return settings.SITE_DATA_CACHE_SECONDS > 0


def _remember(request: HttpRequest, key: str, compute: Callable[[], object]) -> object:
    generation = page_cache.current_generation(request)
    if generation is None:
        # The cache is down: nothing can be kept, and nothing is stale.
        return compute()
    key = f"{key}:{generation}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=settings.SITE_DATA_CACHE_SECONDS)
    return value


def remember(request: HttpRequest, key: str, compute: Callable[[], T]) -> T:
    """`compute()`, kept under the current generation when the site data cache is on: for
    other values that only a publish changes (the sitemap's addresses, for one)."""
    if not enabled():
        return compute()
    return _remember(request, key, compute)


class SiteMiddleware:
    """Find the site for the request from the cache, so Wagtail's per-request lookup
    (`Site.find_for_request`) costs no query. The site's root page is kept as its specific
    type, which is where Wagtail starts routing."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if enabled():
            try:
                # Only hosts in ALLOWED_HOSTS get an entry: the others are refused further in.
                request.get_host()
            except DisallowedHost:
                pass
            else:
                hostname = split_domain_port(request._get_raw_host())[0]
                key = f"{SITE_KEY_PREFIX}{hostname}:{request.get_port()}"
                try:
                    site = _remember(request, key, lambda: _find_site(request))
                except DatabaseError:
                    # The view finds out, and answers as it does during an outage (a health
                    # check reports it; a page gets the 503 page).
                    pass
                else:
                    request._wagtail_site = None if site == NO_SITE else site
        return self.get_response(request)


def _find_site(request: HttpRequest) -> Site | str:
    site = Site._find_for_request(request)
    if site is None:
        return NO_SITE
    site.root_page = site.root_page.specific
    return site


def for_request(request: HttpRequest | None) -> SiteData | None:
    """The data for the request's site, or None with no site or with the cache off."""
    if request is None or not enabled():
        return None
    if not hasattr(request, "_site_data"):
        # While it loads, anything asking for it reads the database instead.
        request._site_data = None
        site = Site.find_for_request(request)
        if site is not None:
            data = _remember(request, f"{DATA_KEY_PREFIX}{site.pk}", lambda: load(site, request))
            request._site_data = data
            request._restricted_pages = data.restricted_pages
    return request._site_data


@dataclass(frozen=True)
class FragmentCache:
    """How long a template fragment (or a value) that shows other pages' content may be kept,
    0 keeping nothing, and the part of its key that changes with any publish."""

    seconds: int
    key: str

    def get_or_compute(self, name: str, compute: Callable[[], T]) -> T:
        """`compute()`, kept under `name` and this key (None is kept too). With nothing to be
        kept, no cache call at all: during a Redis outage each call waits for it to fail."""
        if not self.seconds:
            return compute()
        # Hashed: a page's address may be long or hold any character.
        full_name = f"{name}\n{self.key}".encode("utf-8", "surrogateescape")
        key = "kept:" + hashlib.sha256(full_name).hexdigest()
        kept = cache.get(key)
        if kept is None:
            kept = (compute(),)
            cache.set(key, kept, timeout=self.seconds)
        return kept[0]


NOT_KEPT = FragmentCache(seconds=0, key="")


def fragment_cache(request: HttpRequest | None) -> FragmentCache:
    """For a listing's cards: kept under the current generation and site, as the site data is;
    never kept for a preview, whose listings may show unsaved content."""
    if (
        request is None
        or not enabled()
        or not settings.CONTENT_CACHE_SECONDS
        or getattr(request, "is_preview", False)
    ):
        return NOT_KEPT
    site = Site.find_for_request(request)
    generation = page_cache.current_generation(request)
    if site is None or generation is None:
        return NOT_KEPT
    return FragmentCache(seconds=settings.CONTENT_CACHE_SECONDS, key=f"{generation}:{site.pk}")


def content_fragment(
    request: HttpRequest | None, page: Page | None, template: str
) -> FragmentCache:
    """For a page's main content (base.html's `content` block), kept under the current
    generation and site, as the cards are: a page-cache miss (an editor signed in, a visitor
    with a session cookie, a cache entry evicted) then renders only the page's frame.

    Kept only for a page Wagtail served after its view-restriction check passed (so a password
    form never fills or reads the entry), for GET and HEAD without a query string (so no
    listing page, finder result or preselected answer is stored), never for a preview, and
    not for a page type that sets `cache_content = False` (a form, whose token is the
    visitor's own: see `form_fragment`). The key holds the address and template, so a
    RoutablePage's routes each keep their own.
    """
    if not getattr(page, "cache_content", True):
        return NOT_KEPT
    return _served_page_fragment(request, page, template)


def form_fragment(
    request: HttpRequest | None, page: Page | None, template: str, form: object
) -> FragmentCache:
    """For a form's blank fields, kept as a page's content is. A bound form (answers sent
    back with their errors) is never kept; the CSRF token stays outside the fragment."""
    if getattr(form, "is_bound", True):
        return NOT_KEPT
    return _served_page_fragment(request, page, template)


def _served_page_fragment(
    request: HttpRequest | None, page: Page | None, template: str
) -> FragmentCache:
    if (
        page is None
        or request is None
        or request.method not in ("GET", "HEAD")
        or request.META.get("QUERY_STRING")
        or not getattr(request, page_cache.CACHEABLE_ATTR, False)
    ):
        return NOT_KEPT
    fragment = fragment_cache(request)
    if not fragment.seconds:
        return NOT_KEPT
    return FragmentCache(seconds=fragment.seconds, key=f"{fragment.key}:{template}:{request.path}")


def lazy(compute: Callable[[], T]) -> T:
    """A template context value worked out the first time the template uses it: a page whose
    content comes from the fragment cache then skips the queries behind it."""
    return SimpleLazyObject(compute)


def load(site: Site, request: HttpRequest) -> SiteData:
    """Read the site's data from the database (a fixed number of queries)."""
    from pages.models import ClinicSettings, TeamPage

    clinic_settings, _ = (
        ClinicSettings.base_queryset()
        .select_related("booking_page", "default_social_image")
        .get_or_create(site=site)
    )
    menu, footer_locations, footer_legal = links(site, request)
    tree, has_aliases = {}, False
    for url_path, alias_of_id, *entry in Page.objects.descendant_of(
        site.root_page, inclusive=True
    ).values_list("url_path", "alias_of_id", "pk", "content_type_id", "title", "live"):
        tree[url_path] = TreeEntry(*entry)
        has_aliases = has_aliases or alias_of_id is not None
    return SiteData(
        settings=clinic_settings,
        menu=menu,
        footer_locations=footer_locations,
        footer_legal=footer_legal,
        restricted_pages=request._restricted_pages,
        tree=tree,
        root_url_path=site.root_page.url_path,
        has_aliases=has_aliases,
        team_url=TeamPage.live_url(request),
    )


def links(site: Site, request: HttpRequest) -> tuple[list[Link], list[Link], list[Link]]:
    """The main menu (top-level pages marked "show in menus"), then the footer's clinic
    locations and its legal pages (standard pages marked "show in footer"), live and public,
    in tree order."""
    from pages.models import StandardPage
    from pages.models.listings import optional_page_model, public_pages

    def link(page: Page) -> Link:
        return Link(title=page.title, url=page.get_url(request), url_path=page.url_path)

    menu = public_pages(site.root_page.get_children().live().in_menu(), request)

    legal_type = ContentType.objects.get_for_model(StandardPage)
    wanted = Q(content_type=legal_type, standardpage__show_in_footer=True)
    location_model = optional_page_model("locations", "LocationPage")
    location_type = None
    if location_model is not None:
        location_type = ContentType.objects.get_for_model(location_model)
        wanted |= Q(content_type=location_type)
    # Titles and addresses are all a link needs, so the plain page rows suffice.
    footer = public_pages(Page.objects.in_site(site).live(), request).filter(wanted)
    locations, legal = [], []
    for page in footer.order_by("path"):
        is_location = location_type is not None and page.content_type_id == location_type.pk
        (locations if is_location else legal).append(link(page))
    return [link(page) for page in menu], locations, legal


def route(root: Page, request: HttpRequest, path_components: list[str]):
    """Route from the site's root page with the tree's addresses in hand: one query for the
    page served, where Wagtail reads every ancestor in turn (two queries a level).

    Returns None when the data is not at hand; the caller then routes as Wagtail does.
    A page type with its own `route` (a RoutablePage such as the blog index) is fetched and
    routes the rest of the path itself, exactly as it would have.
    """
    data = for_request(request)
    root_entry = data.tree.get(root.url_path) if data is not None else None
    if root_entry is None or root_entry.pk != root.pk:
        return None
    path, found, remaining = root.url_path, None, path_components
    for index, component in enumerate(path_components):
        entry = data.tree.get(f"{path}{component}/")
        if entry is None:
            # Wagtail would look for this child and, not finding it, answer 404.
            raise Http404
        path, found, remaining = f"{path}{component}/", entry, path_components[index + 1 :]
        if _answers_the_rest(_page_model(entry.content_type_id), entry, remaining):
            break
    if found is None:
        return Page.route(root, request, remaining)
    try:
        page = _page_model(found.content_type_id).objects.get(pk=found.pk)
    except Page.DoesNotExist as error:
        raise Http404 from error
    return page.route(request, remaining)


def _answers_the_rest(model: type[Page], entry: TreeEntry, remaining: list[str]) -> bool:
    """Whether the page routes the rest of the path itself rather than pass it to a child."""
    if model.route is Page.route:
        return False
    if model.route is RoutablePageMixin.route:
        # As RoutablePageMixin.route decides, from the class alone: a live page answers the
        # paths its routes match and passes the others to its children.
        if not entry.live:
            return False
        try:
            model.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
        except Http404:
            return False
    return True


def _content_type_id(model: type[Page]) -> int:
    return ContentType.objects.get_for_model(model).pk


def _page_model(content_type_id: int) -> type[Page]:
    return ContentType.objects.get_for_id(content_type_id).model_class() or Page
