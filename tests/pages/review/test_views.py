"""What the admin tells staff about medical review (pages/review/views.py): why a clinical
page has no Publish button, and the notes other checks leave for the approver. The
approver's confirmation is tested with the approvals, in test_models.py."""

import datetime

import pytest
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Workflow

from pages.models import put_under_medical_review
from pages.review.views import APPROVAL_NOTES_HOOK
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ProviderFactory,
    StandardPageFactory,
)
from tests.html import visible_text


@pytest.fixture
def learn(home):
    section = ArticleIndexPageFactory(parent=home)
    put_under_medical_review(section)
    return section


def test_an_editor_is_told_why_a_learn_article_has_no_publish_button(client, editor, learn):
    article = ArticlePageFactory(parent=learn)
    client.force_login(editor)

    html = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()

    assert "Learn articles are published through medical review" in visible_text(html)
    assert 'name="action-publish"' not in html


def test_an_editor_adding_a_learn_article_is_told_too(client, editor, learn):
    client.force_login(editor)

    html = client.get(
        reverse("wagtailadmin_pages:add", args=["pages", "articlepage", learn.pk])
    ).content.decode()

    assert "Learn articles are published through medical review" in visible_text(html)


def test_pages_an_editor_may_publish_carry_no_such_notice(client, editor, home):
    page = StandardPageFactory(parent=home)
    client.force_login(editor)

    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert "published through medical review" not in html
    assert 'name="action-publish"' in html


def test_registered_approval_notes_are_shown_to_the_approver_only(
    client, editor, learn, make_staff
):
    reviewer = make_staff("rita", "Medical reviewers")
    ProviderFactory(user=reviewer)
    article = ArticlePageFactory(parent=learn)
    article.save_revision(user=editor)
    Workflow.objects.get(name="Medical review").start(article, editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])

    with hooks.register_temporarily(
        APPROVAL_NOTES_HOOK, lambda page: [f"Reading grade of {page.title}: 7"]
    ):
        client.force_login(reviewer)
        for_reviewer = client.get(edit_url).content.decode()
        client.force_login(editor)
        for_editor = client.get(edit_url).content.decode()

    assert f"Reading grade of {article.title}: 7" in for_reviewer
    assert f"Reading grade of {article.title}: 7" not in for_editor


def test_publishing_from_the_editor_without_an_approval_drops_the_byline(client, learn):
    """An administrator may publish a clinical page at once; what goes live then has not been
    reviewed, so the page no longer names the last reviewer."""
    from django.contrib.auth import get_user_model
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    reviewer = ProviderFactory()
    article = ArticlePageFactory(parent=learn)
    article.record_medical_review(reviewer, datetime.date(2026, 11, 2))
    article.save_revision().publish()
    admin = get_user_model().objects.create_superuser("root", "root@clinic.example", "x")
    client.force_login(admin)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        nested_form_data(
            {
                "title": article.title,
                "slug": article.slug,
                "summary": "A new summary nobody has reviewed.",
                "body": streamfield([("paragraph", rich_text("<p>New, unreviewed words.</p>"))]),
                "references": inline_formset([]),
                "related_article_links": inline_formset([]),
                "next_review_due": "",
            }
        )
        | {"action-publish": "action-publish"},
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.summary == "A new summary nobody has reviewed."
    assert article.medical_reviewer is None
    assert article.last_reviewed is None
    assert "Medically reviewed by" not in client.get(article.url).content.decode()
