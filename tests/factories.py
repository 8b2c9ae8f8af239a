"""Factories for the test suite: small, readable, and each valid on its own."""

import datetime

import factory
import wagtail_factories
from wagtail.images.models import Image

from locations.models import LocationIndexPage, LocationPage
from pages.models import (
    ArticleIndexPage,
    ArticlePage,
    ConditionIndexPage,
    ConditionPage,
    HomePage,
    Provider,
    StandardPage,
    TeamPage,
    Testimonial,
)
from selfcheck.models import SelfCheckPage


def paragraph(text: str = "Plain words about ketamine.") -> list[dict]:
    """StreamField data holding one paragraph."""
    return [paragraph_block(text)]


def paragraph_block(text: str) -> dict:
    """A raw `paragraph` body block, as the editor saves it."""
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def faq_block(*items: tuple[str, str], title: str = "Common questions") -> dict:
    """A raw `faq` body block, as the editor saves it."""
    return {
        "type": "faq",
        "value": {"title": title, "items": [{"question": q, "answer": a} for q, a in items]},
    }


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_title = "Relief from depression"

    class Meta:
        model = HomePage


class ProviderFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Dr. Test Provider {n}")
    credentials = "MD"
    role = "Psychiatrist"

    class Meta:
        model = Provider


class TestimonialFactory(factory.django.DjangoModelFactory):
    # Not a test class, whatever its name suggests to pytest.
    __test__ = False

    quote = "I felt like myself again."
    attribution = factory.Sequence(lambda n: f"A. {chr(65 + n % 26)}.")
    condition = "Depression"
    consent_recorded = datetime.date(2026, 1, 15)
    live = True

    class Meta:
        model = Testimonial


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Learn"
    slug = "learn"

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    summary = "What a reader learns here."
    body = factory.LazyFunction(paragraph)
    medical_reviewer = factory.SubFactory(ProviderFactory)
    last_reviewed = datetime.date(2026, 3, 2)
    next_review_due = datetime.date(2027, 3, 2)

    class Meta:
        model = ArticlePage


class ConditionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Conditions we treat"
    slug = "conditions"

    class Meta:
        model = ConditionIndexPage


class ConditionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Condition {n}")
    slug = factory.Sequence(lambda n: f"condition-{n}")
    summary = "What this condition is."
    symptoms = "Low mood\nLittle energy"
    how_it_may_help = "<p>Ketamine acts on glutamate.</p>"
    evidence = "<p>Small trials found a fast response.</p>"
    medical_reviewer = factory.SubFactory(ProviderFactory)
    last_reviewed = datetime.date(2026, 3, 2)
    next_review_due = datetime.date(2027, 3, 2)

    class Meta:
        model = ConditionPage


class SelfCheckPageFactory(wagtail_factories.PageFactory):
    title = "Depression self-check"
    slug = "depression-self-check"
    instrument = SelfCheckPage.InstrumentChoices.PHQ9
    intro = "<p>Nine questions about the last two weeks.</p>"
    medical_reviewer = factory.SubFactory(ProviderFactory)
    last_reviewed = datetime.date(2026, 3, 2)
    next_review_due = datetime.date(2027, 3, 2)

    class Meta:
        model = SelfCheckPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-{n}")
    body = factory.LazyFunction(paragraph)

    class Meta:
        model = StandardPage


class TeamPageFactory(wagtail_factories.PageFactory):
    title = "Our team"
    slug = "team"

    class Meta:
        model = TeamPage


class LocationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Our locations"
    slug = "locations"

    class Meta:
        model = LocationIndexPage


class LocationPageFactory(wagtail_factories.PageFactory):
    """A clinic in Naperville unless told otherwise; with no hours until a test adds them."""

    title = factory.Sequence(lambda n: f"Test clinic {n}")
    name = factory.Sequence(lambda n: f"Test clinic {n}")
    street_address = "100 Test Street"
    city = "Naperville"
    state = "IL"
    postal_code = "60540"
    phone = "(630) 555-0100"
    latitude = "41.766200"
    longitude = "-88.141000"

    class Meta:
        model = LocationPage


class AuthorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Staff Writer {n}")

    class Meta:
        model = "blog.Author"


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Blog"
    slug = "blog"

    class Meta:
        model = "blog.BlogIndexPage"


class BlogPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Blog post {n}")
    summary = "What a reader will learn from this post."
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    author = factory.SubFactory(AuthorFactory)
    # Tests that read the body give one, in its stored (JSON) form.
    body = factory.LazyFunction(list)

    class Meta:
        model = "blog.BlogPage"


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Clinic photo {n}")
    description = "A calm treatment room with a reclining chair"
    file = factory.django.ImageField(width=1600, height=1000, color="teal")


def small_image() -> Image:
    """An image small enough that its renditions (a few formats and widths each) are quick to
    make: for tests that render many of them."""
    return ImageFactory(file__width=64, file__height=36)


def varied_body(count: int) -> list[dict]:
    """StreamField data with `count` of each thing a body block fetches or lists: images,
    testimonials and questions, for query budgets that must not grow with them."""
    body = [{"type": "heading", "value": {"text": "What to expect", "level": "h2"}}]
    for n in range(count):
        image = small_image()
        body.append(
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "decorative": False, "alt_text": f"Room {n}"},
                    "caption": "",
                },
            }
        )
        body.append({"type": "testimonial", "value": TestimonialFactory().pk})
    questions = [
        {"question": f"Question {n}?", "answer": f"<p>Answer {n}.</p>"} for n in range(count)
    ]
    body.append({"type": "faq", "value": {"title": "Questions", "items": questions}})
    return body


def publish_child(parent, instance):
    """Add a page under `parent` and publish it as an editor would (a revision, then live)."""
    page = parent.add_child(instance=instance)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
