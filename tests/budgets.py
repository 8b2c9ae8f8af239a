"""Query budgets: how many SQL queries one render of each page type makes with every cache empty,
whatever the amount of content it shows.

tests/test_query_budgets.py builds each page type's content at a small and a large size, renders
it once (filling per-process caches such as content types, and making the image renditions),
empties the cache, and counts the queries of one more render: at both sizes the count must be
the budget, exactly.

A budget is what the code does now, measured and written down. A change that saves a query
lowers it; one that needs another query raises it and says why in its commit. A count that
differs between the sizes is a query per listed thing: fix the code, not the budget.

Every page below the home page pays for its frame, 11 queries and 2 more for each level below
the home page:
- routing: the site, the home page's own row, then for each level the child with that slug and
  its page type's row;
- Wagtail's view-restriction check: the page's ancestors, then their restrictions (2);
- clinic settings, with the header's booking page and the default link-preview image; Wagtail's
  list of site root paths (kept in the cache, so read only when it is empty); the breadcrumb
  trail;
- the view restrictions that the menu, the footer and the listings share (read once);
- the main menu; the footer's clinics and policy pages;
- the live clinics with their closure notices not yet ended (locations.closures), for the
  site-wide banner; kept in the cache between renders, so a warm render does not pay it.
The home page's frame is 10: no level below it and no breadcrumb trail.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from wagtail.models import Page, Site

from blog.models import BlogIndexPage
from consultations.models import ConsultationFormField, ConsultationPage
from demo import forms as demo_forms
from demo import referrals as demo_referrals
from locations.models import LocationIndexPage, LocationPageReference, OpeningHours, SpecialDate
from pages.models import (
    ArticleIndexPage,
    ArticleReference,
    ArticleRelatedArticle,
    ClinicSettings,
    ConditionIndexPage,
    ConditionReference,
    ConditionRelatedArticle,
    HomePage,
    HomePageTestimonial,
    StandardPageReference,
)
from referrals.models import ReferralPage
from selfcheck.models import SelfCheckPage, SelfCheckRelatedArticle
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    LocationIndexPageFactory,
    LocationPageFactory,
    ProviderFactory,
    SelfCheckPageFactory,
    StandardPageFactory,
    TeamPageFactory,
    TestimonialFactory,
    small_image,
    varied_body,
)

# One of each thing a page lists, then many: more than a page of blog posts or search results.
SMALL = 1
LARGE = 12

# Shown once for each page in the main menu, which every page's frame has at the same size.
MENU_LINK = 'class="site-nav__link"'


# Content builders. Each makes one page type's content at `size` and returns its address.


def frame(home: HomePage, size: int) -> None:
    """What every page's frame shows, as on the demo site: `size` pages in the main menu and
    the footer, and a consultation form page as the header's booking page."""
    for n in range(size):
        StandardPageFactory(
            parent=home,
            title=f"Policy {n}",
            slug=f"policy-{n}",
            show_in_menus=True,
            show_in_footer=True,
        )
    clinic_settings = ClinicSettings.for_site(Site.objects.get(is_default_site=True))
    if clinic_settings.booking_page_id is None:
        # The header only links to it: a form without questions will do.
        form = ConsultationPage(
            title="Book a consultation",
            slug="book-a-consultation",
            to_address="frontdesk@clinic.example",
        )
        clinic_settings.booking_page = home.add_child(instance=form)
        clinic_settings.save()


def learn_section(home: HomePage) -> ArticleIndexPage:
    return ArticleIndexPage.objects.first() or ArticleIndexPageFactory(parent=home)


def conditions_section(home: HomePage) -> ConditionIndexPage:
    return ConditionIndexPage.objects.first() or ConditionIndexPageFactory(parent=home)


def locations_section(home: HomePage) -> LocationIndexPage:
    return LocationIndexPage.objects.first() or LocationIndexPageFactory(parent=home)


def blog_section(home: HomePage) -> BlogIndexPage:
    return BlogIndexPage.objects.first() or BlogIndexPageFactory(parent=home)


def add_clinics(home: HomePage, size: int) -> None:
    """`size` clinics in Naperville (ZIP 60540), open Monday to Friday."""
    index = locations_section(home)
    for n in range(size):
        clinic = LocationPageFactory.build(
            title=f"Clinic {n}", name=f"Clinic {n}", slug=f"clinic-{n}"
        )
        clinic.opening_hours = [
            OpeningHours(weekday=day, opens=datetime.time(9), closes=datetime.time(17))
            for day in range(1, 6)
        ]
        index.add_child(instance=clinic)


def add_posts(home: HomePage, size: int, *tags: str, images: bool = True) -> None:
    """`size` live posts with these tags, each with a featured image unless `images` is false
    (for pages that show none: renditions are most of a build's time)."""
    blog = blog_section(home)
    for _ in range(size):
        post = BlogPageFactory(parent=blog, featured_image=small_image() if images else None)
        if tags:
            post.tags.add(*tags)
            post.save()


def add_references(model: type, page: Page, size: int) -> None:
    for n in range(size):
        model.objects.create(
            page=page,
            sort_order=n,
            title=f"Study {n + 1}",
            publisher="Journal",
            year=2000 + n,
            url=f"https://example.org/{n + 1}",
        )


def add_related_articles(model: type, page: Page, home: HomePage, size: int) -> None:
    learn = learn_section(home)
    for n in range(size):
        model.objects.create(page=page, article=ArticlePageFactory(parent=learn), sort_order=n)


def home_page(home: HomePage, size: int) -> str:
    frame(home, size)
    conditions = conditions_section(home)
    for _ in range(size):
        ConditionPageFactory(parent=conditions)
    add_clinics(home, size)
    add_posts(home, size, images=False)
    home = HomePage.objects.get(pk=home.pk)
    home.hero_image = small_image()
    home.featured_testimonials = [
        HomePageTestimonial(testimonial=testimonial, sort_order=n)
        for n, testimonial in enumerate(TestimonialFactory.create_batch(size))
    ]
    questions = [
        {"question": f"Question {n}?", "answer": f"<p>Answer {n}.</p>"} for n in range(size)
    ]
    home.faq = [{"type": "faq", "value": {"title": "Questions", "items": questions}}]
    home.save_revision().publish()
    return "/"


def learn_index(home: HomePage, size: int) -> str:
    frame(home, size)
    learn = learn_section(home)
    for _ in range(size):
        ArticlePageFactory(parent=learn, listing_image=small_image())
    return learn.url


def article(home: HomePage, size: int) -> str:
    frame(home, size)
    TeamPageFactory(parent=home)  # the reviewer's byline links to their entry on it
    page = ArticlePageFactory(
        parent=learn_section(home), listing_image=small_image(), body=varied_body(size)
    )
    add_references(ArticleReference, page, size)
    add_related_articles(ArticleRelatedArticle, page, home, size)
    return page.url


def conditions_index(home: HomePage, size: int) -> str:
    frame(home, size)
    conditions = conditions_section(home)
    for _ in range(size):
        ConditionPageFactory(parent=conditions, listing_image=small_image())
    return conditions.url


def condition(home: HomePage, size: int) -> str:
    frame(home, size)
    TeamPageFactory(parent=home)
    page = ConditionPageFactory(
        parent=conditions_section(home), listing_image=small_image(), body=varied_body(size)
    )
    add_references(ConditionReference, page, size)
    add_related_articles(ConditionRelatedArticle, page, home, size)
    return page.url


def self_check(instrument: str) -> Callable[[HomePage, int], str]:
    def build(home: HomePage, size: int) -> str:
        frame(home, size)
        TeamPageFactory(parent=home)  # the reviewer's byline links to their entry on it
        page = SelfCheckPageFactory(
            parent=learn_section(home), slug=f"self-check-{instrument}", instrument=instrument
        )
        add_related_articles(SelfCheckRelatedArticle, page, home, size)
        return page.url

    return build


def standard_page(home: HomePage, size: int) -> str:
    frame(home, size)
    page = StandardPageFactory(parent=home, body=varied_body(size))
    add_references(StandardPageReference, page, size)
    return page.url


def team(home: HomePage, size: int) -> str:
    frame(home, size)
    for _ in range(size):
        ProviderFactory(photo=small_image())
    return TeamPageFactory(parent=home).url


def locations_index(home: HomePage, size: int) -> str:
    frame(home, size)
    add_clinics(home, size)
    return locations_section(home).url


def clinic(home: HomePage, size: int) -> str:
    frame(home, size)
    page = LocationPageFactory.build(slug="the-clinic", body=varied_body(size))
    page.opening_hours = [
        OpeningHours(weekday=1 + n % 7, opens=datetime.time(8 + n % 3), closes=datetime.time(18))
        for n in range(size)
    ]
    page.special_dates = [
        SpecialDate(date=datetime.date(2099, 1, 1 + n), closed=True) for n in range(size)
    ]
    page.providers = [ProviderFactory(photo=small_image()) for _ in range(size)]
    locations_section(home).add_child(instance=page)
    add_references(LocationPageReference, page, size)
    for _ in range(size):
        TestimonialFactory(location=page)
    return page.url


def finder(home: HomePage, size: int) -> str:
    return locations_index(home, size) + "?zip=60540"


def consultation_form(home: HomePage, size: int) -> str:
    # The form as the demo loader makes it, with the privacy policy its consent box links to.
    StandardPageFactory(parent=home, title="Privacy policy", slug="privacy-policy")
    demo_forms.load(home=home, site=Site.objects.get(is_default_site=True))
    frame(home, size)
    add_clinics(home, size)  # the form offers each clinic and lists its number
    page = ConsultationPage.objects.get()
    for n in range(size):
        ConsultationFormField.objects.create(
            page=page, sort_order=100 + n, label=f"Extra question {n}", field_type="singleline"
        )
    return page.url


def referral_form(home: HomePage, size: int) -> str:
    demo_referrals.load(home=home, site=Site.objects.get(is_default_site=True))
    frame(home, size)
    add_clinics(home, size)  # the form offers each clinic
    return ReferralPage.objects.get().url


def referral_sheet(home: HomePage, size: int) -> str:
    return referral_form(home, size) + "referral-sheet/"


def blog_index(home: HomePage, size: int) -> str:
    frame(home, size)
    add_posts(home, size, "depression", "what to expect")
    return blog_section(home).url


def blog_post(home: HomePage, size: int) -> str:
    frame(home, size)
    tags = [f"topic {n}" for n in range(size)]
    post = BlogPageFactory(
        parent=blog_section(home),
        featured_image=small_image(),
        medical_reviewer=ProviderFactory(),
        body=varied_body(size),
        references=[
            {"type": "reference", "value": {"title": f"Study {n}", "year": 2020}}
            for n in range(size)
        ],
    )
    post.tags.add(*tags)
    post.save()
    add_posts(home, size, *tags)  # candidates for its related posts
    return post.url


def blog_tag(home: HomePage, size: int) -> str:
    frame(home, size)
    add_posts(home, size, "depression")
    return f"{blog_section(home).url}tag/depression/"


def blog_feed(home: HomePage, size: int) -> str:
    frame(home, size)
    add_posts(home, size, "depression", images=False)
    return f"{blog_section(home).url}feed/"


def search(home: HomePage, size: int) -> str:
    frame(home, size)
    # Results of three page types at the large size: their summaries still come in one query.
    for n in range(size):
        if n % 3 == 0:
            StandardPageFactory(parent=home, title=f"Orchid {n}")
        elif n % 3 == 1:
            ArticlePageFactory(parent=learn_section(home), title=f"Orchid {n}")
        else:
            BlogPageFactory(parent=blog_section(home), title=f"Orchid {n}")
    return "/search/?q=orchid"


def sitemap(home: HomePage, size: int) -> str:
    frame(home, size)
    for n in range(size):
        StandardPageFactory(parent=home, title=f"Listed {n}", slug=f"listed-{n}")
    return "/sitemap.xml"


def not_found(home: HomePage, size: int) -> str:
    frame(home, size)
    return "/no-such-page/"


@dataclass(frozen=True)
class Budget:
    """One page type: how to build it, its budget, and what shows that its content is there."""

    name: str
    build: Callable[[HomePage, int], str]
    # Queries of one render with every cache empty, at any content size.
    queries: int
    # Pieces of the response that each listed thing shows once: counted, so that a builder
    # that built nothing cannot pass. `most`: how many the page shows at most (one page).
    shows: tuple[str, ...]
    most: int | None = None
    # Whether the response has the site's frame, with its main menu.
    menu: bool = True
    status: int = 200

    def shown(self, size: int) -> dict[str, int]:
        """How often each piece of `shows` (and the menu's links) appears at `size`."""
        listed = min(size, self.most) if self.most else size
        counts = dict.fromkeys(self.shows, listed)
        if self.menu:
            counts[MENU_LINK] = size
        return counts


BUDGETS = [
    # The frame (10) without a trail; the conditions, the chosen testimonials' rows and then the
    # testimonials, the clinics, the latest posts; the hero image and its renditions.
    Budget(
        "Home page",
        home_page,
        17,
        (
            'class="testimonial"',
            'class="faq__item"',
            'href="/conditions/condition-',
            "icon--card",  # each clinic's card
        ),
    ),
    # The frame, one level down (13); the articles with their images, and the images'
    # renditions.
    Budget("Learn index", learn_index, 15, ('class="card"',)),
    # The frame, two levels down (15); the related articles' rows, then the articles; the
    # reviewer and the team page their byline links to; the link-preview image and its
    # rendition; the body's images and testimonials; the body image's renditions; the sources.
    Budget(
        "Article",
        article,
        25,
        ('class="related__item"', 'class="references__item"', 'class="figure"'),
    ),
    # As the Learn index, with conditions.
    Budget("Conditions index", conditions_index, 15, ('class="card"',)),
    # As an article.
    Budget(
        "Condition",
        condition,
        25,
        ('class="related__item"', 'class="references__item"', 'class="figure"'),
    ),
    # The frame, two levels down (15); the related articles' rows, then the articles; the
    # reviewer and the team page their byline links to. The questions are in the code.
    Budget(
        "Depression self-check",
        self_check(SelfCheckPage.InstrumentChoices.PHQ9),
        19,
        ('class="related__item"',),
    ),
    Budget(
        "Anxiety self-check",
        self_check(SelfCheckPage.InstrumentChoices.GAD7),
        19,
        ('class="related__item"',),
    ),
    # The frame, one level down (13); the body's images and testimonials; the body image's
    # renditions; the Sources list.
    Budget(
        "Standard page",
        standard_page,
        17,
        ('class="figure"', 'class="testimonial"', 'class="references__item"'),
    ),
    # The frame, one level down (13); the providers with their photos, the photos' renditions.
    Budget("Team", team, 15, ('class="team-member"',)),
    # The frame, one level down (13); the clinics (their cards show no image).
    Budget("Locations index", locations_index, 14, ('class="location-card"',)),
    # The frame, two levels down (15); the providers with their photos, the photos' renditions;
    # the clinic's testimonials; the body's images and testimonials; the hours; the special
    # dates; the body image's renditions; the Sources list.
    Budget(
        "Clinic",
        clinic,
        24,
        (
            'class="provider-list__item"',
            'data-date="2099-',
            'class="figure"',
            'class="references__item"',
        ),
    ),
    # As the locations index: the finder sorts the same clinics by distance.
    Budget("Location finder", finder, 14, ('class="location-card"',)),
    # The frame, one level down (13; the booking page is the form itself); the clinics, the
    # questions, and the privacy policy the consent box links to.
    Budget(
        "Consultation form",
        consultation_form,
        16,
        ("Extra question", '<option value="clinic-'),
    ),
    # The frame, one level down (13); the clinics.
    Budget("Referral form", referral_form, 14, ('<option value="clinic-',)),
    # As the form: the sheet names the same clinics.
    Budget("Referral sheet", referral_sheet, 14, ('referral-sheet__choice">Clinic ',)),
    # The frame, one level down (13); the count of posts, one page of posts with their authors
    # and images, the images' renditions, the topics.
    Budget("Blog index", blog_index, 17, ('class="post-card"',), most=10),
    # The frame, two levels down (15); the post's author, reviewer and images in one query; the
    # blog above it; its tags; the related posts with their images, and the images'
    # renditions; the link-preview rendition; the body's images and testimonials; the author's
    # name and kind, each read again (2, deferred by the first query); the featured image's
    # renditions; the body image's renditions.
    Budget(
        "Blog post",
        blog_post,
        25,
        ('class="tag-list__link"', 'class="references__item"', 'class="figure"'),
    ),
    # As the blog index, and the tag.
    Budget("Blog tag", blog_tag, 18, ('class="post-card"',), most=10),
    # Routing to the blog (4) and Wagtail's view-restriction check (2); site root paths;
    # clinic settings; the shared view restrictions; the posts with their authors; their tags.
    Budget("Blog feed", blog_feed, 11, ("<item>",), menu=False),
    # The site; the shared view restrictions; the pages hidden from search engines; the count
    # of results; one page of them; their summaries, whatever their types; site root paths;
    # clinic settings; the menu; the footer; the closure notices.
    Budget("Search", search, 11, ('class="search-results__item"',), most=10),
    # The site; the shared view restrictions; the count of pages; the pages; then one query per
    # page type listed (three here: home, standard and form pages); site root paths.
    Budget("Sitemap", sitemap, 8, ("/listed-",), menu=False),
    # The site, the home page, the slug looked up in vain; clinic settings;
    # site root paths; the shared view restrictions; the menu; the footer; the closure notices;
    # the redirect lookup.
    Budget("Not found (404)", not_found, 10, (), status=404),
]
