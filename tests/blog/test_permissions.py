"""The Marketing group: blog posts and testimonials, through the admin, and nothing else."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import nested_form_data, streamfield

from blog.models import BlogPage
from pages import models as pages_models
from tests.factories import AuthorFactory, BlogIndexPageFactory, BlogPageFactory, ImageFactory


@pytest.fixture
def marketer(db):
    user = User.objects.create_user("marketer", password="not-used-in-tests")
    user.groups.add(Group.objects.get(name="Marketing"))
    return user


@pytest.fixture
def marketing_client(client, marketer):
    client.force_login(marketer)
    return client


def post_form(post: BlogPage, **overrides) -> dict:
    data = {
        "title": post.title,
        "slug": post.slug,
        "date": "2026-05-01",
        "author": post.author_id,
        "summary": "A summary.",
        "body": streamfield([("heading", {"text": "In short", "level": "h2"})]),
        "references": streamfield([]),
        "tags": "safety",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_migration_creates_the_marketing_group_with_admin_access(db):
    group = Group.objects.get(name="Marketing")

    codenames = set(group.permissions.values_list("codename", flat=True))

    assert {
        "access_admin",
        "add_testimonial",
        "change_testimonial",
        "delete_testimonial",
        "publish_testimonial",
        "add_author",
        "change_author",
    } <= codenames


def test_a_new_blog_gives_marketing_its_page_permissions(blog_index):
    codenames = set(
        GroupPagePermission.objects.filter(group__name="Marketing", page=blog_index).values_list(
            "permission__codename", flat=True
        )
    )

    assert codenames == {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}
    assert not GroupPagePermission.objects.filter(group__name="Marketing").exclude(page=blog_index)


def test_marketing_can_publish_a_draft_post_through_the_admin(marketing_client, blog_index):
    post = BlogPageFactory(parent=blog_index, live=False, title="Draft by marketing")
    post.save_revision()

    response = marketing_client.post(
        reverse("wagtailadmin_pages:edit", args=[post.pk]),
        post_form(post, **{"action-publish": "action-publish"}),
    )

    assert response.status_code == 302
    post.refresh_from_db()
    assert post.live
    assert post.live_revision.user.username == "marketer"


def test_marketing_can_create_and_publish_a_post_through_the_admin(marketing_client, blog_index):
    new_post = BlogPage(title="Winter and your mood", slug="winter-and-your-mood")
    new_post.author = AuthorFactory()

    response = marketing_client.post(
        reverse("wagtailadmin_pages:add", args=["blog", "blogpage", blog_index.pk]),
        post_form(new_post, **{"action-publish": "action-publish"}),
    )

    assert response.status_code == 302
    assert BlogPage.objects.get(slug="winter-and-your-mood").live


def test_marketing_can_schedule_a_post_through_the_admin(marketing_client, blog_index):
    post = BlogPageFactory(parent=blog_index, live=False)
    go_live_at = timezone.localtime() + datetime.timedelta(days=7)

    marketing_client.post(
        reverse("wagtailadmin_pages:edit", args=[post.pk]),
        post_form(
            post,
            go_live_at=go_live_at.strftime("%Y-%m-%d %H:%M"),
            **{"action-publish": "action-publish"},
        ),
    )

    post.refresh_from_db()
    assert not post.live
    assert post.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_marketing_cannot_publish_pages_outside_the_blog(marketing_client, home, blog_index):
    response = marketing_client.post(
        reverse("wagtailadmin_pages:edit", args=[home.pk]),
        nested_form_data(
            {
                "title": "Home",
                "slug": "home",
                "hero_title": "Changed by marketing",
                "hero_button_text": "Book",
                "action-publish": "action-publish",
            }
        ),
    )

    assert response.status_code in (302, 403)
    home = pages_models.HomePage.objects.get(pk=home.pk)
    assert home.hero_title != "Changed by marketing"
    assert home.revisions.count() == 1
    assert not home.permissions_for_user(response.wsgi_request.user).can_publish()


def test_marketing_cannot_add_pages_outside_the_blog(marketing_client, home, blog_index):
    response = marketing_client.get(
        reverse("wagtailadmin_pages:add", args=["blog", "blogindexpage", home.pk])
    )

    assert response.status_code in (302, 403)
    assert not home.permissions_for_user(response.wsgi_request.user).can_add_subpage()


def test_marketing_can_publish_a_testimonial_through_the_admin(marketing_client):
    response = marketing_client.post(
        reverse("wagtailsnippets_pages_testimonial:add"),
        {
            "quote": "The nurses were kind.",
            "attribution": "R. T.",
            "condition": "Depression",
            "consent_recorded": "2026-02-01",
            "action-publish": "action-publish",
        },
    )

    assert response.status_code == 302
    assert pages_models.Testimonial.objects.get(attribution="R. T.").live


def test_marketing_can_upload_and_choose_images(marketing_client):
    upload = ImageFactory.build().file
    response = marketing_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Clinic waiting room",
            "description": "Armchairs by a window in the waiting room",
            "file": SimpleUploadedFile("room.jpg", upload.read(), content_type="image/jpeg"),
        },
    )

    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Clinic waiting room").exists()
    assert marketing_client.get(reverse("wagtailimages_chooser:choose")).status_code == 200


def test_blog_created_after_the_marketing_group_is_deleted_does_not_recreate_it(home):
    Group.objects.filter(name="Marketing").delete()

    BlogIndexPageFactory(parent=home)

    assert not Group.objects.filter(name="Marketing").exists()
