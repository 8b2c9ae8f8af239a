"""The content cache: a page's main content is kept until the next publish, so a page-cache
miss renders only the page's frame; it never shows stale content, a draft, another route's
listing, protected content to a visitor without the password, or another visitor's form."""

import warnings

import pytest
from bs4 import BeautifulSoup
from django.core.cache.backends.base import CacheKeyWarning
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from blog.models import POSTS_PER_PAGE
from pages.models import ConsultationFormField, ConsultationPage, StandardPage
from tests.factories import (
    BlogIndexPageFactory,
    BlogPageFactory,
    StandardPageFactory,
    TestimonialFactory,
    paragraph,
)
from tests.pages.consultation import LOCATIONS, VALID
from tests.pages.consultation import URL as FORM_URL

pytestmark = pytest.mark.usefixtures("site_data_cache")


def main_text(response) -> str:
    return BeautifulSoup(response.content, "html.parser").find("main").get_text(" ", strip=True)


def test_content_is_kept_until_a_publish_replaces_it(client, home, publish):
    page = StandardPageFactory(parent=home, slug="about", body=paragraph("Old words"))
    assert "Old words" in main_text(client.get("/about/"))
    # Changed behind the admin's back (no publish): the kept content is still shown.
    StandardPage.objects.filter(pk=page.pk).update(body=paragraph("Unpublished words"))
    assert "Old words" in main_text(client.get("/about/"))

    page = StandardPage.objects.get(pk=page.pk)
    page.body = paragraph("New words")
    publish(page.save_revision().publish)
    text = main_text(client.get("/about/"))

    assert "New words" in text and "Old words" not in text


def test_with_the_content_cache_off_each_request_renders_the_content(client, home, settings):
    settings.CONTENT_CACHE_SECONDS = 0
    page = StandardPageFactory(parent=home, slug="about", body=paragraph("Old words"))
    assert "Old words" in main_text(client.get("/about/"))

    StandardPage.objects.filter(pk=page.pk).update(body=paragraph("Unpublished words"))

    # Nothing was kept, so the row is read as it is now.
    assert "Unpublished words" in main_text(client.get("/about/"))


def test_a_changed_testimonial_shows_at_once(client, home, publish):
    testimonial = TestimonialFactory(quote="The first quote.")
    StandardPageFactory(
        parent=home, slug="stories", body=[{"type": "testimonial", "value": testimonial.pk}]
    )
    assert "The first quote." in main_text(client.get("/stories/"))

    testimonial.quote = "A kinder quote."
    publish(testimonial.save)

    assert "A kinder quote." in main_text(client.get("/stories/"))


def test_a_draft_preview_neither_reads_nor_replaces_the_live_content(client, admin_user, home):
    page = StandardPageFactory(parent=home, slug="about", body=paragraph("Live words"))
    visitor = Client()
    assert "Live words" in main_text(visitor.get("/about/"))
    page.body = paragraph("Draft words")
    page.save_revision()
    client.force_login(admin_user)

    preview = client.get(f"/admin/pages/{page.pk}/view_draft/")

    assert "Draft words" in main_text(preview)
    assert "Live words" in main_text(visitor.get("/about/"))


def test_password_form_never_shows_the_kept_content(home, publish):
    page = StandardPageFactory(parent=home, slug="staff-only", body=paragraph("Rota for May"))
    restriction = publish(
        PageViewRestriction.objects.create,
        page=page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="s3cret",
    )
    insider, outsider = Client(), Client()
    insider.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        {"password": "s3cret", "return_url": "/staff-only/"},
    )
    assert "Rota for May" in main_text(insider.get("/staff-only/"))

    response = outsider.get("/staff-only/")

    assert 'name="password"' in response.content.decode()
    assert "Rota for May" not in response.content.decode()


def test_each_blog_route_and_page_number_keeps_its_own_listing(client, home):
    blog = BlogIndexPageFactory(parent=home)
    for n in range(POSTS_PER_PAGE + 1):
        post = BlogPageFactory(parent=blog, slug=f"post-{n}", title=f"Post number {n}")
        if n == 0:
            post.tags.add("sleep")
            post.save()
    front = main_text(client.get("/blog/"))

    tag = main_text(client.get("/blog/tag/sleep/"))
    second_page = main_text(client.get("/blog/", {"page": 2}))

    assert "Posts about sleep" in tag and "Post number 1 " not in tag + " "
    assert second_page != front
    assert main_text(client.get("/blog/")) == front


def test_every_visitor_gets_their_own_token_with_the_form_kept(consultation_page):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)

    pages = [first.get(FORM_URL), second.get(FORM_URL)]

    tokens = [
        BeautifulSoup(page.content, "html.parser").find("input", {"name": "csrfmiddlewaretoken"})
        for page in pages
    ]
    assert tokens[0]["value"] != tokens[1]["value"]
    response = second.post(FORM_URL, {**VALID, "csrfmiddlewaretoken": tokens[1]["value"]})
    assert response.status_code == 303


def test_answers_sent_back_are_shown_not_the_kept_blank_form(client, consultation_page):
    client.get(FORM_URL)

    response = client.post(FORM_URL, {**VALID, "first_name": ""})

    html = response.content.decode()
    assert 'value="Quarrington"' in html and "Please answer" in html
    blank = main_text(client.get(FORM_URL))
    assert "Quarrington" not in blank


def test_a_location_in_the_address_is_preselected_with_the_form_kept(
    client, consultation_page, monkeypatch
):
    monkeypatch.setattr(ConsultationPage, "live_locations", property(lambda self: LOCATIONS))
    client.get(FORM_URL)

    response = client.get(FORM_URL, {"location": "wicker-park"})

    select = BeautifulSoup(response.content, "html.parser").find(
        "select", {"name": "preferred_location"}
    )
    assert select.find("option", selected=True)["value"] == "wicker-park"


def test_a_new_question_shows_on_the_kept_form_at_once(client, consultation_page, publish):
    client.get(FORM_URL)
    page = ConsultationPage.objects.get(pk=consultation_page.pk)
    page.form_fields.add(
        ConsultationFormField(sort_order=100, label="Preferred name", field_type="singleline")
    )

    publish(page.save_revision().publish)

    assert "Preferred name" in main_text(client.get(FORM_URL))


def test_the_kept_form_reads_only_the_page(client, consultation_page, django_assert_num_queries):
    client.get(FORM_URL)

    # The page itself: its questions, clinics and privacy policy address are kept with it.
    with django_assert_num_queries(1):
        response = client.get(FORM_URL)

    assert response.status_code == 200
    assert 'name="first_name"' in response.content.decode()


def test_a_long_address_is_kept_under_a_safe_key(client, home):
    # Memcached refuses keys over 250 characters, and Django warns of them for every backend.
    slug = "what-to-expect-" + "at-your-first-infusion-" * 10
    StandardPageFactory(parent=home, slug=slug, body=paragraph("Long road"))

    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        responses = [client.get(f"/{slug}/") for _ in range(2)]

    assert ["Long road" in main_text(response) for response in responses] == [True, True]
