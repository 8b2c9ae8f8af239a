"""The staff roles of pages/migrations/0005_staff_groups.py, and how clinical pages are guarded
(pages/review/permissions.py)."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from pages.models import HomePage, put_under_medical_review
from pages.review.permissions import ClinicalPagePermissionTester, requires_medical_review


def _medical_review_on(page: Page) -> Workflow:
    """The Medical review workflow (pages/migrations/0008_medical_review_workflow.py) on a page."""
    put_under_medical_review(page)
    return page.get_workflow()


def _home_form(action: str, hero_title: str) -> dict:
    return nested_form_data(
        {
            "title": "Home",
            "slug": "home",
            "hero_title": hero_title,
            "hero_text": "",
            "hero_button_text": "Book a free consultation",
            "summary": "",
            "seo_title": "",
            "search_description": "",
            "comments": inline_formset([]),
            # The home page's sections, left empty.
            "how_it_works": streamfield([]),
            "why_ketamine": streamfield([]),
            "faq": streamfield([]),
            "featured_testimonials": inline_formset([]),
            action: "on",
        }
    )


def _live_hero_title() -> str:
    return HomePage.objects.get().hero_title


@pytest.fixture
def reviewer(make_staff):
    return make_staff("rita", "Medical reviewers")


def test_the_roles_exist_with_their_permissions(db):
    editors = Group.objects.get(name="Editors")
    reviewers = Group.objects.get(name="Medical reviewers")
    front_desk = Group.objects.get(name="Front desk")

    def codenames(group):
        return set(group.permissions.values_list("codename", flat=True))

    def page_codenames(group):
        return set(group.page_permissions.values_list("permission__codename", flat=True))

    assert {
        "access_admin",
        "add_image",
        "add_document",
        "change_provider",
        "publish_testimonial",
    } <= codenames(editors)
    assert page_codenames(editors) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    assert codenames(reviewers) == {"access_admin", "choose_image", "choose_document"}
    assert page_codenames(reviewers) == {"change_page"}
    assert codenames(front_desk) == {
        "access_admin",
        "view_formsubmission",
        # locations/migrations/0004_front_desk_closure_notices.py
        "add_closurenotice",
        "change_closurenotice",
        "view_closurenotice",
    }
    assert page_codenames(front_desk) == set()
    # Page permissions sit on the tree's root, so they cover every page there will ever be.
    assert set(editors.page_permissions.values_list("page__depth", flat=True)) == {1}


def test_wagtails_default_moderation_is_retired(home):
    assert home.get_workflow() is None
    assert not Group.objects.filter(name="Moderators").exists()


def test_an_editor_publishes_a_non_clinical_page_through_the_admin(client, home, editor):
    client.force_login(editor)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[home.pk]),
        _home_form("action-publish", "Published by an editor"),
    )

    assert response.status_code == 302
    assert _live_hero_title() == "Published by an editor"


def test_an_editor_cannot_publish_a_clinical_page_directly(client, home, editor):
    _medical_review_on(home)
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[home.pk])

    form = client.get(edit_url).content.decode()
    response = client.post(edit_url, _home_form("action-publish", "Unreviewed words"))

    assert 'name="action-publish"' not in form
    assert 'name="action-submit"' in form
    assert "Submit to Medical review" in form
    assert response.status_code == 302
    assert _live_hero_title() != "Unreviewed words"
    assert HomePage.objects.get().has_unpublished_changes


def test_a_clinical_page_is_published_when_a_medical_reviewer_approves_it(
    client, home, editor, reviewer
):
    _medical_review_on(home)
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[home.pk])
    client.post(edit_url, _home_form("action-submit", "Reviewed words"))
    page = HomePage.objects.get()
    assert page.workflow_in_progress
    assert _live_hero_title() != "Reviewed words"

    client.force_login(reviewer)
    task_state = page.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[home.pk, "approve", task_state.pk]),
        {"comment": "Checked against the sources."},
    )

    assert response.status_code in (200, 302)
    assert _live_hero_title() == "Reviewed words"


def test_an_administrator_may_still_publish_a_clinical_page_directly(admin_client, home):
    _medical_review_on(home)

    admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[home.pk]),
        _home_form("action-publish", "Urgent correction"),
    )

    assert _live_hero_title() == "Urgent correction"


def test_medical_reviewers_do_not_publish_directly_anywhere(home, reviewer):
    assert home.permissions_for_user(reviewer).can_edit()
    assert not home.permissions_for_user(reviewer).can_publish()


def test_a_clinical_page_cannot_be_moved_or_copied_out_of_its_section(home, editor):
    learn = home.add_child(instance=Page(title="Learn", slug="learn"))
    article = learn.add_child(instance=Page(title="Dosing", slug="dosing"))
    about = home.add_child(instance=Page(title="About", slug="about"))
    _medical_review_on(learn)

    clinical = ClinicalPagePermissionTester(editor, article)
    plain = ClinicalPagePermissionTester(editor, about)

    assert requires_medical_review(article) and not requires_medical_review(about)
    assert not clinical.can_publish()
    assert clinical.can_unpublish()  # taking a wrong page down never waits for review
    assert not clinical.can_move_to(about)
    assert not clinical.can_copy_to(about)
    assert not plain.can_move_to(learn)
    assert plain.can_publish()
    assert not ClinicalPagePermissionTester(editor, learn).can_publish_subpage()
    assert ClinicalPagePermissionTester(editor, about).can_publish_subpage() is not None


def test_the_clinical_rules_reach_pages_read_from_a_plain_page_listing(home, editor):
    # Listings load pages as wagtailcore.Page; Wagtail then asks the specific page type.
    _medical_review_on(home)
    plain_page = Page.objects.get(pk=home.pk)

    assert isinstance(plain_page.permissions_for_user(editor), ClinicalPagePermissionTester)
    assert not plain_page.permissions_for_user(editor).can_publish()
