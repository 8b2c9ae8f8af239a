"""Where each page type may live, and that an editor can create each one in the admin."""

import datetime

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.models import BlogIndexPage
from consultations.models import ConsultationPage
from demo.loader import ensure_home
from locations.models import LocationIndexPage
from pages.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticleReference,
    ConditionIndexPage,
    ConditionPage,
    HomePage,
    StandardPage,
    TeamPage,
)
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ConditionIndexPageFactory,
    ConditionPageFactory,
    ProviderFactory,
    StandardPageFactory,
    TeamPageFactory,
)


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ArticleIndexPage,
                ConditionIndexPage,
                ConsultationPage,
                LocationIndexPage,
                BlogIndexPage,
                StandardPage,
                TeamPage,
            },
        )

    def test_articles_live_only_under_the_learn_index(self):
        self.assertAllowedParentPageTypes(ArticleIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())

    def test_condition_pages_live_only_under_the_conditions_index(self):
        self.assertAllowedParentPageTypes(ConditionIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ConditionIndexPage, {ConditionPage})
        self.assertAllowedParentPageTypes(ConditionPage, {ConditionIndexPage})
        self.assertAllowedSubpageTypes(ConditionPage, set())

    def test_standard_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_team_page_sits_under_home_with_nothing_below(self):
        self.assertAllowedParentPageTypes(TeamPage, {HomePage})
        self.assertAllowedSubpageTypes(TeamPage, set())

    def test_an_article_cannot_be_created_outside_the_learn_section(self):
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(ConditionIndexPage, ArticlePage)
        self.assertCanNotCreateAt(ArticleIndexPage, ConditionPage)


class SingletonPagesTests(WagtailPageTestCase):
    def setUp(self):
        self.home = ensure_home()

    def test_a_second_learn_index_cannot_be_created(self):
        self.assertTrue(ArticleIndexPage.can_create_at(self.home))
        ArticleIndexPageFactory(parent=self.home)

        self.assertFalse(ArticleIndexPage.can_create_at(self.home))

    def test_a_second_conditions_index_or_team_page_cannot_be_created(self):
        ConditionIndexPageFactory(parent=self.home)
        self.home.add_child(instance=TeamPage(title="Our team", slug="team"))

        self.assertFalse(ConditionIndexPage.can_create_at(self.home))
        self.assertFalse(TeamPage.can_create_at(self.home))
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))


class CreateHomeThroughTheAdminTests(WagtailPageTestCase):
    def test_editor_can_create_the_home_page_on_an_empty_site(self):
        self.login()

        self.assertCanCreate(
            Page.get_first_root_node(),
            HomePage,
            nested_form_data(
                {
                    "title": "Home",
                    "slug": "clinic-home",
                    "hero_title": "Relief from depression",
                    "hero_button_text": "Book a free consultation",
                    "how_it_works": streamfield([]),
                    "why_ketamine": streamfield([]),
                    "faq": streamfield([]),
                    "featured_testimonials": inline_formset([]),
                }
            ),
        )
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))


class CreateThroughTheAdminTests(WagtailPageTestCase):
    """Each page type, published by an editor with the fields the admin form shows."""

    def setUp(self):
        self.login()
        self.home = ensure_home()
        self.reviewer = ProviderFactory(name="Dr. Maria Lopez", credentials="MD")

    def review(self) -> dict:
        return {
            "medical_reviewer": str(self.reviewer.pk),
            "last_reviewed": "2026-03-02",
            "next_review_due": "2027-03-02",
        }

    def test_editor_can_create_the_learn_index(self):
        self.assertCanCreate(
            self.home,
            ArticleIndexPage,
            nested_form_data({"title": "Learn", "intro": rich_text("<p>Start here.</p>")}),
        )

    def test_editor_can_publish_an_article_with_sources(self):
        learn = ArticleIndexPageFactory(parent=self.home)
        data = {
            "title": "What is ketamine?",
            "body": streamfield(
                [
                    ("heading", {"text": "A long history", "level": "h2"}),
                    (
                        "paragraph",
                        rich_text('<p>Used since the 1960s<a href="#ref-1">[1]</a>.</p>'),
                    ),
                ]
            ),
            "references": inline_formset(
                [
                    {
                        "title": "Ketamine",
                        "publisher": "StatPearls",
                        "year": "2023",
                        "url": "https://www.ncbi.nlm.nih.gov/books/NBK470357/",
                    }
                ]
            ),
            "related_article_links": inline_formset([]),
            **self.review(),
        }

        self.assertCanCreate(learn, ArticlePage, nested_form_data(data))

        article = ArticlePage.objects.get(slug="what-is-ketamine")
        self.assertTrue(article.live)
        self.assertEqual(article.medical_reviewer, self.reviewer)
        self.assertEqual(article.last_reviewed, datetime.date(2026, 3, 2))
        self.assertEqual(
            list(ArticleReference.objects.values_list("title", flat=True)), ["Ketamine"]
        )

    def test_editor_can_create_the_conditions_index(self):
        self.assertCanCreate(
            self.home, ConditionIndexPage, nested_form_data({"title": "Conditions we treat"})
        )

    def test_editor_can_publish_a_condition_page(self):
        index = ConditionIndexPageFactory(parent=self.home)
        data = {
            "title": "Depression",
            "symptoms": "Low mood\nLittle energy",
            "how_it_may_help": rich_text("<p>Ketamine acts on glutamate.</p>"),
            "evidence": rich_text("<p>Small trials found fast relief.</p>"),
            "body": streamfield([]),
            "call_to_action": streamfield([]),
            "references": inline_formset([]),
            "related_article_links": inline_formset([]),
            **self.review(),
        }

        self.assertCanCreate(index, ConditionPage, nested_form_data(data))

    def test_editor_can_create_a_standard_page(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "About us",
                    "body": streamfield([("paragraph", rich_text("<p>Who we are.</p>"))]),
                    "show_in_footer": "on",
                }
            ),
        )
        self.assertTrue(StandardPage.objects.get(slug="about-us").show_in_footer)

    def test_editor_can_create_the_team_page(self):
        self.assertCanCreate(self.home, TeamPage, nested_form_data({"title": "Our team"}))

    def test_an_article_without_a_medical_reviewer_saves_as_draft_but_does_not_publish(self):
        learn = ArticleIndexPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Unreviewed",
                "slug": "unreviewed",
                "body": streamfield([("paragraph", rich_text("<p>Draft.</p>"))]),
                "references": inline_formset([]),
                "related_article_links": inline_formset([]),
                "action-publish": "action-publish",
            }
        )
        add_url = f"/admin/pages/add/pages/articlepage/{learn.pk}/"

        response = self.client.post(add_url, data)

        self.assertEqual(response.status_code, 200)
        self.assertFalse(ArticlePage.objects.filter(slug="unreviewed").exists())
        self.assertIn("medical_reviewer", response.context["form"].errors)

        del data["action-publish"]
        self.client.post(add_url, data)

        draft = ArticlePage.objects.get(slug="unreviewed")
        self.assertFalse(draft.live)


class AdminEditorTests(WagtailPageTestCase):
    """Every page type opens in the page editor, its panels intact."""

    def test_each_page_type_opens_in_the_editor(self):
        self.login()
        home = ensure_home()
        learn = ArticleIndexPageFactory(parent=home)
        conditions = ConditionIndexPageFactory(parent=home)
        pages = [
            home,
            learn,
            ArticlePageFactory(parent=learn),
            conditions,
            ConditionPageFactory(parent=conditions),
            StandardPageFactory(parent=home),
            TeamPageFactory(parent=home),
        ]

        for page in pages:
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            self.assertEqual(response.status_code, 200, type(page).__name__)
