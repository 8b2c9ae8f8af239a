"""Whole journeys through the site, each by clicking and typing as a visitor or an editor would.

Searching from the header is test_search.py's journey; the keyboard-only journey is
test_keyboard.py's; the form and the finder with JavaScript off are in their own files.
"""

import os
import re
import uuid

import pytest

from consultations.models import ConsultationSubmission
from tests.conftest import STAFF_PASSWORD
from tests.staff.conftest import totp_code

from .conftest import DESKTOP, PHONE
from .helpers import (
    CONSULTATION_THANK_YOU,
    collect_console_errors,
    expect,
    fill_in_consultation_request,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_visitor_reads_up_finds_the_nearest_clinic_and_asks_for_a_consultation(open_page):
    # Desktop: the journey uses the main menu, which the phone layout may fold away.
    page = open_page(DESKTOP)
    console = collect_console_errors(page)
    page.goto("/")

    page.get_by_role("main").get_by_role("link", name="What an infusion is like").click()
    expect(page).to_have_url(re.compile("/learn/ketamine-infusion-process/$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    menu = page.get_by_role("navigation", name="Main")
    menu.get_by_role("link", name="Conditions we treat").click()
    page.get_by_role("main").get_by_role("link", name="Depression", exact=True).click()
    expect(page).to_have_url(re.compile("/conditions/depression/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Depression"))

    menu.get_by_role("link", name="Our locations").click()
    page.get_by_label("Your ZIP code").fill("60540")
    page.get_by_role("button", name="Find clinics").click()
    expect(page.get_by_role("heading", name="Clinics nearest to 60540")).to_be_visible()
    expect(page.locator(".location-card__title").first).to_have_text("Naperville")

    page.get_by_role("banner").get_by_role("link", name="Book a consultation").click()
    fill_in_consultation_request(page, "Journey")
    page.get_by_label("Preferred location").select_option(label="Ketamine clinic in Naperville")
    page.get_by_role("button", name="Send my request").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(CONSULTATION_THANK_YOU)
    submission = ConsultationSubmission.objects.get(form_data__first_name="Journey")
    assert submission.form_data["preferred_location"] == "Ketamine clinic in Naperville"
    assert console.errors() == []


def test_visitor_browses_the_blog_by_topic_and_opens_a_post(open_page):
    page = open_page(PHONE)
    page.goto("/blog/")

    topics = page.get_by_role("navigation", name="Topics")
    topics.get_by_role("link", name="PTSD", exact=True).click()

    expect(page).to_have_url(re.compile("/blog/tag/ptsd/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Posts about PTSD")
    first_post = page.locator(".post-card__link").first
    title = first_post.inner_text()
    first_post.click()

    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    # The post carries the topic it was found under, linked back to that topic's page.
    post_topics = page.locator(".blog-post__tags")
    expect(post_topics.get_by_role("link", name="PTSD", exact=True)).to_have_attribute(
        "href", re.compile("/blog/tag/ptsd/$")
    )


@pytest.fixture(scope="module")
def marketing_editor(site_url, django_db_blocker):
    """A member of the Marketing group with an authenticator app already set up.

    Committed before any test's own transaction opens, so the live server sees the account.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from blog.permissions import MARKETING_GROUP

    with django_db_blocker.unblock():
        user = get_user_model().objects.create_user(
            "marketing", "marketing@clinic.example", STAFF_PASSWORD, first_name="Morgan"
        )
        user.groups.add(Group.objects.get(name=MARKETING_GROUP))
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    return user, device


@pytest.fixture
def two_factor_on(settings):
    """Two-step sign-in, as every environment but the test suite has it."""
    settings.STAFF_TWO_FACTOR_REQUIRED = True


def test_marketing_editor_publishes_a_post_with_an_image_and_visitors_see_it(
    open_page, marketing_editor, two_factor_on, tmp_path
):
    from PIL import Image

    user, device = marketing_editor
    title = f"Open evening at Naperville {uuid.uuid4().hex[:6]}"
    alt_text = "A quiet treatment room with a reclining chair"
    text = "Come and see the clinic before your first infusion."
    # Random pixels: Wagtail warns about an upload identical to an image it already has.
    photo = tmp_path / "treatment-room.png"
    Image.frombytes("RGB", (320, 200), os.urandom(320 * 200 * 3)).save(photo)

    page = open_page(DESKTOP)
    page.goto("/admin/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter your sign-in code")
    page.get_by_role("textbox", name="Six-digit code").fill(totp_code(device))
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile("/admin/$"))

    # Through the page explorer to the blog, as the editor would find it.
    page.get_by_role("button", name="Pages").click()
    page.get_by_role("link", name="Blog", exact=True).click()
    page.get_by_role("link", name="Add child page").click()
    expect(page).to_have_title(re.compile("^New: Blog post"))

    page.get_by_role("textbox", name="Title*").fill(title)
    page.get_by_role("button", name="Choose blog author").click()
    page.get_by_role("dialog").get_by_role("link", name="Editorial team").click()

    page.get_by_role("button", name="Choose an image").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("tab", name="Upload").click()
    chooser.get_by_label("Title*").fill("Treatment room")
    chooser.get_by_label("File*").set_input_files(photo)
    chooser.get_by_label("Description").fill(alt_text)
    chooser.get_by_role("button", name="Upload").click()
    expect(chooser).to_be_hidden()

    body = page.get_by_role("region", name=re.compile("^Body"))
    body.get_by_role("button", name="Insert a block").click()
    page.get_by_role("option", name="Paragraph").click()
    body.get_by_role("textbox").fill(text)

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    # The editor saves the new post in the background and reloads the preview a few times
    # before it settles: several round trips, slow on a busy machine.
    expect(preview.get_by_role("heading", level=1)).to_have_text(title, timeout=30_000)
    expect(preview.get_by_role("img", name=alt_text)).to_be_visible()

    # Publish only once the background save has created the post and the editor has moved to
    # its edit address: a click while that save is in flight would send a second "create"
    # of the same post, which Wagtail refuses (its address is taken).
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"), timeout=30_000)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    published = re.compile(f"Page '{re.escape(title)}' has been published")
    expect(page.get_by_text(published)).to_be_visible()

    visitor = open_page(PHONE)
    visitor.goto("/blog/")
    visitor.get_by_role("link", name=title).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
    expect(visitor.get_by_role("img", name=alt_text)).to_be_visible()
    expect(visitor.get_by_role("main").get_by_text(text)).to_be_visible()
