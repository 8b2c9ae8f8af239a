"""Builds the pages part of the demo site: home, Learn, Conditions, team, standard pages,
providers, testimonials and the clinic settings.

Every step is idempotent: what exists is left as editors made it, what is missing is created.
The copy itself lives beside this module (articles.py, conditions.py, standard_pages.py,
people.py); this module only turns it into pages.
"""

import os
from collections.abc import Iterable
from typing import Any

from django.utils.text import slugify
from wagtail.blocks import StreamBlock
from wagtail.models import Page, Site

from pages.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticleReference,
    ArticleRelatedArticle,
    ClinicSettings,
    ConditionIndexPage,
    ConditionPage,
    ConditionReference,
    ConditionRelatedArticle,
    HomePage,
    HomePageTestimonial,
    Provider,
    StandardPage,
    TeamPage,
    Testimonial,
    put_under_medical_review,
)
from selfcheck.models import SelfCheckPage, SelfCheckRelatedArticle

from . import images
from .articles import ARTICLES
from .conditions import CONDITIONS
from .people import PROVIDERS, TESTIMONIALS
from .self_checks import LINKS as SELF_CHECK_LINKS
from .self_checks import RESULT_TEXT, SELF_CHECKS
from .standard_pages import STANDARD_PAGES

HOME = {
    "title": "Home",
    "seo_title": "Ketamine infusion therapy in Chicago",
    "hero_title": "Relief from depression, in days rather than months",
    "hero_text": (
        "Low-dose ketamine infusions, given and monitored by licensed clinicians at four "
        "Chicago-area clinics. Your first consultation is free."
    ),
    "summary": (
        "Ketamine infusion therapy for depression, anxiety and PTSD at four Chicago-area "
        "clinics: Wicker Park, Orland Park, Naperville and Palos Hills."
    ),
}

BOOKING_PATH = "/book-a-consultation/"
# Where `make run` serves the site unless HOST and PORT say otherwise (the Makefile's defaults).
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
# The demo's clinical pages carry no "Medically reviewed by" line: only an approval in the
# Medical review workflow names a reviewer, and no clinician has reviewed the demo copy. The
# first real approval in the admin gives a page its byline.
# Pages some readers open in crisis show how to get help before anything else.
CRISIS_FIRST = {"suicidal-thoughts"}
# The site's title template adds the clinic's name; titles in the copy need not repeat it.
TITLE_SUFFIX = " | Balance Ketamine"
FOOTER_PAGES = {"privacy-policy", "medical-disclaimer", "accessibility"}
MENU_PAGES = {"about"}
HOME_TESTIMONIALS = 3

NIMH_DEPRESSION_URL = "https://www.nimh.nih.gov/health/topics/depression"
ZARATE_2006_URL = "https://pubmed.ncbi.nlm.nih.gov/16894061/"

SECTIONS = {
    "learn": {
        "title": "Learn",
        "seo_title": "Learn about ketamine therapy",
        "summary": (
            "Plain answers about ketamine therapy: what it is, how an infusion works, safety, "
            "cost, and who it may help. Every article is checked by a clinician."
        ),
        "intro": (
            "<p>Clear, medically reviewed answers about ketamine therapy: what it is, how "
            "treatment works, what it costs and who it may help. Every article lists the "
            "studies and sources behind it.</p>"
        ),
    },
    "conditions": {
        "title": "Conditions we treat",
        "seo_title": "Conditions treated with ketamine therapy",
        "summary": (
            "Depression, anxiety, PTSD, suicidal thoughts and chronic pain: what each is, how "
            "ketamine may help, and what the research shows."
        ),
        "intro": (
            "<p>Ketamine is not right for everyone. These pages explain each condition, how "
            "ketamine may help, and what research does and does not show yet.</p>"
        ),
    },
    "team": {
        "title": "Our team",
        "seo_title": "Our providers",
        "summary": "The licensed clinicians who assess, treat and look after you.",
        "intro": (
            "<p>Every infusion is given and watched over by licensed clinicians trained in "
            "psychiatry or anesthesia. The profiles below are placeholders until the clinic "
            "adds its own team.</p>"
        ),
    },
}

HOME_SECTIONS = {
    "conditions_intro": (
        "Each page explains the condition, how ketamine may help and what the research shows."
    ),
    "how_it_works": [
        (
            "steps",
            {
                "title": "How treatment works",
                "steps": [
                    {
                        "title": "A free consultation",
                        "text": (
                            "<p>Call us or ask online. We talk about what you have tried, "
                            "what you hope for and any questions you have.</p>"
                        ),
                    },
                    {
                        "title": "A medical evaluation",
                        "text": (
                            "<p>A provider reviews your health, your medicines and your "
                            "mental health history to check that ketamine is safe for you.</p>"
                        ),
                    },
                    {
                        "title": "Your infusions",
                        "text": (
                            "<p>A low dose runs through an IV over about 40 to 60 minutes. A "
                            "clinician watches your blood pressure, heart rate and oxygen "
                            'the whole time. <a href="/learn/ketamine-infusion-process/">'
                            "What an infusion is like</a>.</p>"
                        ),
                    },
                    {
                        "title": "Recovery and aftercare",
                        "text": (
                            "<p>You rest until you feel clear, and someone else drives you "
                            "home. We check in afterwards and plan next steps with you.</p>"
                        ),
                    },
                ],
            },
        )
    ],
    "why_ketamine": [
        (
            "paragraph",
            "<p>Most antidepressants take weeks to help, and many people try several before "
            "one works. Ketamine acts on a different brain system, and for some people it "
            "eases symptoms within hours or days.</p>",
        ),
        (
            "statistic",
            {
                "figure": "4–8 weeks",
                "label": "is how long antidepressants usually take to work",
                "source_title": "Depression, National Institute of Mental Health",
                "source_url": NIMH_DEPRESSION_URL,
            },
        ),
        (
            "statistic",
            {
                "figure": "71%",
                "label": (
                    "of people with treatment-resistant depression responded a day after one "
                    "ketamine infusion, in a small 2006 study"
                ),
                "source_title": "Zarate et al., Archives of General Psychiatry, 2006",
                "source_url": ZARATE_2006_URL,
            },
        ),
        (
            "paragraph",
            "<p>Ketamine does not help everyone, and its effect can fade without follow-up "
            "care. We will tell you honestly whether we think it may help you. "
            '<a href="/learn/what-is-ketamine/">How ketamine works</a>.</p>',
        ),
        ("paragraph", SELF_CHECK_LINKS),
    ],
    "faq": [
        (
            "faq",
            {
                "title": "Common questions",
                "items": [
                    {
                        "question": "Will I be awake during an infusion?",
                        "answer": (
                            "<p>Yes. At the low doses we use you stay awake, though you may "
                            "feel detached or dreamy for a while. A clinician stays with you. "
                            '<a href="/learn/ketamine-infusion-process/">What to expect</a>.'
                            "</p>"
                        ),
                    },
                    {
                        "question": "What does it cost?",
                        "answer": (
                            "<p>$275 for a 45-minute infusion, and we waive the intake fee. "
                            "The consultation is free. "
                            '<a href="/learn/cost-and-insurance/">Cost and insurance</a>.</p>'
                        ),
                    },
                    {
                        "question": "Does insurance pay for it?",
                        "answer": (
                            "<p>Most plans do not cover IV ketamine for depression. We give "
                            "you the paperwork to ask your plan for out-of-network "
                            "reimbursement.</p>"
                        ),
                    },
                    {
                        "question": "Is it safe?",
                        "answer": (
                            "<p>Side effects are usually mild and short-lived, and we monitor "
                            "you throughout. It is not right for everyone. "
                            '<a href="/learn/safety-and-side-effects/">Safety and side '
                            "effects</a>.</p>"
                        ),
                    },
                ],
            },
        )
    ],
}


def served_address() -> tuple[str, int]:
    """The host and port `make run` serves the site on (the Makefile exports HOST and PORT)."""
    port = os.environ.get("PORT", "")
    return os.environ.get("HOST") or DEFAULT_HOST, int(port) if port.isdigit() else DEFAULT_PORT


def ensure_home() -> HomePage:
    """Put the home page at the top of the tree and make it the default site's root."""
    home = HomePage.objects.first()
    root = Page.get_first_root_node()
    if home is None:
        # Wagtail's installer leaves a placeholder welcome page; the clinic's home replaces it.
        for placeholder in root.get_children().exact_type(Page):
            if placeholder.slug == "home":
                placeholder.delete()
        home = root.add_child(instance=HomePage(slug="home", **HOME))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Balance Ketamine",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or "Balance Ketamine"
        site.save()
    return home


def ensure_site_address(site: Site) -> None:
    """Give the site the address `make run` serves it on.

    Canonical links, og:url, the sitemap and JSON-LD are built from the site's address, so it
    must be the one the site answers on, not Wagtail's default http://localhost/.
    """
    hostname, port = served_address()
    if (site.hostname, site.port) != (hostname, port):
        site.hostname = hostname
        site.port = port
        site.save(update_fields=["hostname", "port"])


def load(home: HomePage, site: Site) -> None:
    """The whole pages part of the demo site, in the order its parts link to each other."""
    providers = ensure_providers(PROVIDERS)
    testimonials = ensure_testimonials(TESTIMONIALS)
    learn = ensure_child(home, ArticleIndexPage, "learn", **section("learn"), show_in_menus=True)
    conditions = ensure_child(
        home, ConditionIndexPage, "conditions", **section("conditions"), show_in_menus=True
    )
    ensure_child(home, TeamPage, "team", **section("team"), show_in_menus=True)
    # Clinical sections: every change to their pages waits for a Medical reviewer.
    for clinical_section in (learn, conditions):
        if clinical_section is not None:
            put_under_medical_review(clinical_section)
    if learn is not None:
        ensure_articles(learn, ARTICLES, providers, site)
    if learn is not None and conditions is not None:
        ensure_conditions(conditions, learn, CONDITIONS, providers, site)
    if learn is not None:
        ensure_self_checks(learn)
    ensure_standard_pages(home, STANDARD_PAGES, site)
    ensure_home_sections(home, testimonials[:HOME_TESTIMONIALS], site)
    ensure_settings(site)


def ensure_settings(site: Site) -> ClinicSettings:
    """The defaults carry the brand and the crisis notice; then the booking page once it exists
    and the image of link previews."""
    settings = ClinicSettings.for_site(site)
    changed = False
    if settings.booking_page_id is None:
        booking_page = page_at(site, BOOKING_PATH)
        if booking_page is not None:
            settings.booking_page = booking_page
            changed = True
    if settings.default_social_image_id is None:
        # Every page without its own listing image is shared with this one.
        settings.default_social_image = images.ensure_image("hero")
        changed = True
    if changed:
        settings.save()
    return settings


def ensure_providers(people: Iterable[dict]) -> dict[str, Provider]:
    """Providers by their key in the copy, created with a placeholder portrait if missing."""
    providers = {}
    for position, person in enumerate(people):
        slug = slugify(person["name"])[:120]
        provider = Provider.objects.filter(slug=slug).first()
        if provider is None:
            provider = Provider.objects.create(
                name=person["name"],
                slug=slug,
                credentials=person["credentials"],
                role=person["role"],
                bio=person.get("bio", ""),
                sort_order=position,
                photo=images.ensure_image(images.PORTRAITS[position % len(images.PORTRAITS)]),
            )
        providers[person["key"]] = provider
    return providers


def ensure_testimonials(entries: Iterable[dict]) -> list[Testimonial]:
    """Published testimonials; the copy marks each one as a demo where visitors read it."""
    testimonials = []
    for entry in entries:
        testimonial = Testimonial.objects.filter(
            attribution=entry["attribution"], quote=entry["quote"]
        ).first()
        if testimonial is None:
            testimonial = Testimonial(
                quote=entry["quote"],
                attribution=entry["attribution"],
                condition=entry.get("condition", ""),
                consent_recorded=entry["consent_recorded"],
            )
            testimonial.save()
            testimonial.save_revision().publish()
        testimonials.append(testimonial)
    return testimonials


def ensure_articles(
    learn: ArticleIndexPage, articles: list[dict], providers: dict[str, Provider], site: Site
) -> None:
    created = {}
    for data in articles:
        page = child_page(learn, data["slug"])
        if page is not None:
            continue
        page = ArticlePage(
            slug=data["slug"],
            title=data["title"],
            seo_title=seo_title(data),
            summary=data.get("summary", ""),
            body=stream_data(ArticlePage.body.field.stream_block, data["body"], site),
            references=[ArticleReference(**reference) for reference in data["references"]],
            listing_image=images.ensure_image(listing_image_key(data["slug"])),
        )
        learn.add_child(instance=page)
        created[page] = data
    # Related articles may point at articles created later in the list, so link them last.
    for page, data in created.items():
        page.related_article_links = [
            ArticleRelatedArticle(article=article)
            for article in articles_by_slug(learn, data.get("related", []))
            if article.pk != page.pk
        ]
        page.save_revision().publish()


def ensure_self_checks(learn: ArticleIndexPage) -> None:
    """The depression and anxiety self-checks, in the Learn section and its Medical review."""
    for data in SELF_CHECKS:
        if child_page(learn, data["slug"]) is not None:
            continue
        page = SelfCheckPage(
            slug=data["slug"],
            title=data["title"],
            seo_title=data["seo_title"],
            summary=data["summary"],
            instrument=data["instrument"],
            intro=data["intro"],
            result_text=RESULT_TEXT,
            related_article_links=[
                SelfCheckRelatedArticle(article=article)
                for article in articles_by_slug(learn, data["related"])
            ],
        )
        learn.add_child(instance=page)
        page.save_revision().publish()


def ensure_conditions(
    index: ConditionIndexPage,
    learn: ArticleIndexPage,
    conditions: list[dict],
    providers: dict[str, Provider],
    site: Site,
) -> None:
    stream_block = ConditionPage.body.field.stream_block
    for data in conditions:
        if child_page(index, data["slug"]) is not None:
            continue
        body = list(data["body"])
        # A closing call to action has its own place on condition pages.
        call_to_action = [body.pop()] if body and body[-1][0] == "call_to_action" else []
        page = ConditionPage(
            slug=data["slug"],
            title=data["title"],
            seo_title=seo_title(data),
            summary=data.get("summary", ""),
            crisis_help_first=data.get("crisis_help_first", data["slug"] in CRISIS_FIRST),
            symptoms="\n".join(data["symptoms"]),
            how_it_may_help=data["how_it_may_help"],
            evidence=data["evidence"],
            body=stream_data(stream_block, body, site),
            call_to_action=stream_data(
                ConditionPage.call_to_action.field.stream_block, call_to_action, site
            ),
            references=[ConditionReference(**reference) for reference in data["references"]],
            related_article_links=[
                ConditionRelatedArticle(article=article)
                for article in articles_by_slug(learn, data.get("related", []))
            ],
            listing_image=images.ensure_image(listing_image_key(data["slug"])),
        )
        index.add_child(instance=page)
        page.save_revision().publish()


def ensure_standard_pages(home: HomePage, pages: list[dict], site: Site) -> None:
    for data in pages:
        ensure_child(
            home,
            StandardPage,
            data["slug"],
            title=data["title"],
            seo_title=seo_title(data),
            summary=data.get("summary", ""),
            body=stream_data(StandardPage.body.field.stream_block, data["body"], site),
            show_in_menus=data["slug"] in MENU_PAGES,
            show_in_footer=data["slug"] in FOOTER_PAGES,
        )


def ensure_home_sections(home: HomePage, testimonials: list[Testimonial], site: Site) -> None:
    """Fill the home page's sections, unless editors have already put anything in them."""
    home = HomePage.objects.get(pk=home.pk)
    if home.how_it_works or home.why_ketamine or home.faq or home.featured_testimonials.exists():
        return
    home.hero_image = home.hero_image or images.ensure_image("hero")
    home.conditions_intro = home.conditions_intro or HOME_SECTIONS["conditions_intro"]
    for field in ("how_it_works", "why_ketamine", "faq"):
        stream_block = HomePage._meta.get_field(field).stream_block
        setattr(home, field, stream_data(stream_block, HOME_SECTIONS[field], site))
    home.featured_testimonials = [
        HomePageTestimonial(testimonial=testimonial) for testimonial in testimonials
    ]
    home.save_revision().publish()


# Helpers


def section(key: str) -> dict[str, str]:
    return dict(SECTIONS[key])


def seo_title(data: dict) -> str:
    return (data.get("seo_title") or "").removesuffix(TITLE_SUFFIX)


def listing_image_key(slug: str) -> str:
    # Spread a few pictures over many pages, the same picture for the same page every run.
    return images.LISTING_IMAGES[sum(map(ord, slug)) % len(images.LISTING_IMAGES)]


def child_page(parent: Page, slug: str) -> Page | None:
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page is not None else None


def ensure_child(parent: Page, page_type: type[Page], slug: str, **fields) -> Page | None:
    """The child page at `slug`, created and published if missing.

    None if an editor has put a different kind of page there: the demo leaves it alone.
    """
    page = child_page(parent, slug)
    if page is None:
        page = page_type(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page if isinstance(page, page_type) else None


def articles_by_slug(learn: ArticleIndexPage, slugs: list[str]) -> list[ArticlePage]:
    found = {page.slug: page for page in ArticlePage.objects.child_of(learn).filter(slug__in=slugs)}
    return [found[slug] for slug in slugs if slug in found]


def page_at(site: Site, path: str) -> Page | None:
    """The page at a URL path such as "/book-a-consultation/" in this site, if any."""
    url_path = site.root_page.url_path + path.strip("/") + "/"
    return Page.objects.filter(url_path=url_path).first()


def stream_data(stream_block: StreamBlock, blocks: list[tuple[str, Any]], site: Site) -> list:
    """The copy's (block type, value) pairs as StreamField data.

    A call to action's "page" is written as a URL path; it becomes that page if it exists,
    and otherwise a plain link to the same path, which works once the page is added.
    """
    data = []
    for block_type, value in blocks:
        if block_type not in stream_block.child_blocks:
            raise ValueError(f"The demo copy uses an unknown block type: {block_type!r}")
        if block_type == "call_to_action":
            value = call_to_action_data(value, site)
        data.append({"type": block_type, "value": value})
    return data


def call_to_action_data(value: dict, site: Site) -> dict:
    value = dict(value)
    path = value.get("page")
    if isinstance(path, str):
        target = page_at(site, path) if path else None
        value["page"] = target.pk if target is not None else None
        if target is None and path:
            value["link_url"] = value.get("link_url") or path
    return value
