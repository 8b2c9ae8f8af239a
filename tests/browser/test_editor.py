"""An editor's journey in the real admin, second factor included."""

import base64
import hashlib
import hmac
import re
import struct
import time
from dataclasses import dataclass, field

import pytest

from tests.conftest import STAFF_PASSWORD

from .conftest import DESKTOP
from .helpers import assert_no_axe_violations, collect_console_errors, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@dataclass
class Editor:
    """A staff account and what the editor's authenticator app holds."""

    username: str
    setup_link: str = ""
    password: str = STAFF_PASSWORD
    key: str = ""
    used_steps: set[int] = field(default_factory=set)

    def code(self) -> str:
        """The authenticator app's code (RFC 6238: 30-second steps, six digits, SHA-1).

        The site accepts a code once, and the step either side of now: a second sign-in
        within the same 30 seconds uses the next step's code.
        """
        step = int(time.time() // 30)
        while step in self.used_steps:
            step += 1
        self.used_steps.add(step)
        secret = self.key.replace(" ", "")
        key = base64.b32decode(secret + "=" * (-len(secret) % 8))
        digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
        offset = digest[-1] & 0x0F
        number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
        return f"{number % 1_000_000:06d}"


def new_staff_member(username: str, django_db_blocker) -> Editor:
    """A superuser without an authenticator app, and the set-up link an administrator sent them.

    Committed before any test's own transaction opens, so the live server sees both.
    """
    from django.contrib.auth import get_user_model

    from tests.staff.conftest import setup_link_path

    with django_db_blocker.unblock():
        user = get_user_model().objects.create_superuser(
            username, f"{username}@clinic.example", STAFF_PASSWORD
        )
        return Editor(username, setup_link=setup_link_path(user))


@pytest.fixture(scope="module")
def editor(site_url, django_db_blocker) -> Editor:
    return new_staff_member("editor", django_db_blocker)


@pytest.fixture(scope="module")
def newcomer(site_url, django_db_blocker) -> Editor:
    return new_staff_member("newcomer", django_db_blocker)


@pytest.fixture
def two_factor_on(settings):
    """Two-step sign-in, as every environment but the test suite has it."""
    settings.STAFF_TWO_FACTOR_REQUIRED = True


def sign_in_with_password(page, editor: Editor, start: str = "/admin/login/") -> None:
    page.goto(start)
    page.get_by_label("Username").fill(editor.username)
    page.get_by_label("Password").fill(editor.password)
    page.get_by_role("button", name="Sign in").click()


def sign_in(page, editor: Editor) -> None:
    """Password, then the authenticator code; the first time, enrol the app from the key shown.

    The first time starts at the set-up link, which leads to the sign-in page and, once the
    password is right, back to itself and on to the key.
    """
    sign_in_with_password(page, editor, start="/admin/login/" if editor.key else editor.setup_link)
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(re.compile("Set up two-step sign-in|Enter your sign-in code"))
    heading = heading.inner_text()
    if heading == "Set up two-step sign-in":
        assert not editor.key, "an enrolled editor was asked to set up an app again"
        editor.key = page.locator(".two-factor__key code").inner_text()
        button = "Confirm and continue"
    else:
        assert heading == "Enter your sign-in code"
        button = "Sign in"
    page.get_by_role("textbox", name="Six-digit code").fill(editor.code())
    page.get_by_role("button", name=button).click()


def test_editor_signs_in_with_password_and_authenticator_code(open_page, editor, two_factor_on):
    page = open_page(DESKTOP)
    console = collect_console_errors(page)

    sign_in(page, editor)

    expect(page).to_have_url(re.compile("/admin/$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert console.errors() == []


def test_returning_editor_is_asked_only_for_the_code(open_page, editor, two_factor_on):
    sign_in(open_page(DESKTOP), editor)  # enrols the app, if no earlier test did
    page = open_page(DESKTOP)

    sign_in(page, editor)

    expect(page).to_have_url(re.compile("/admin/$"))


def test_a_new_staff_member_without_a_set_up_link_is_shown_no_key(
    open_page, newcomer, two_factor_on
):
    page = open_page(DESKTOP)

    sign_in_with_password(page, newcomer)

    expect(page.get_by_role("heading", level=1)).to_have_text("Ask for a set-up link")
    expect(page.locator(".two-factor__key")).to_have_count(0)
    page.goto("/admin/pages/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ask for a set-up link")


def test_two_factor_pages_have_no_wcag_violations(open_page, editor, newcomer, two_factor_on):
    # These pages are the site's own, in the admin's frame.
    sign_in(open_page(DESKTOP), editor)  # enrols the app, if no earlier test did
    page = open_page(DESKTOP)
    sign_in_with_password(page, editor)
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter your sign-in code")
    assert_no_axe_violations(page)

    page = open_page(DESKTOP)
    sign_in_with_password(page, newcomer)
    expect(page.get_by_role("heading", level=1)).to_have_text("Ask for a set-up link")
    assert_no_axe_violations(page)

    page.goto(newcomer.setup_link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-step sign-in")
    assert_no_axe_violations(page)

    page.get_by_role("textbox", name="Six-digit code").fill("000000")
    page.get_by_role("button", name="Confirm and continue").click()
    expect(page.get_by_text("That code is not right.")).to_be_visible()
    assert_no_axe_violations(page)


@pytest.fixture(scope="module")
def mistyper(site_url, django_db_blocker) -> Editor:
    # Apart from `editor`: wrong codes here slow down only this account.
    return new_staff_member("mistyper", django_db_blocker)


def enter_code(page, code: str, button: str) -> None:
    page.get_by_role("textbox", name="Six-digit code").fill(code)
    page.get_by_role("button", name=button).click()


def wrong_codes_until_told_to_wait(page, button: str) -> None:
    """Wrong codes in a row until the page says to wait (1 s, then 2, 4 … as they go on)."""
    wait = page.get_by_text(re.compile(r"Too many wrong codes in a row\. Wait \d+ seconds?"))
    for _ in range(5):
        enter_code(page, "000000", button)
        if wait.count():
            break
    expect(wait).to_be_visible()


def test_a_wrong_or_malformed_code_is_shown_on_the_set_up_page(open_page, mistyper, two_factor_on):
    page = open_page(DESKTOP)
    sign_in_with_password(page, mistyper, start=mistyper.setup_link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-step sign-in")
    mistyper.key = page.locator(".two-factor__key code").inner_text()

    enter_code(page, "12ab", "Confirm and continue")
    expect(
        page.get_by_text("Enter the six digits your app shows, without letters.")
    ).to_be_visible()

    enter_code(page, "000000", "Confirm and continue")
    expect(page.get_by_text("That code is not right.")).to_be_visible()

    wrong_codes_until_told_to_wait(page, "Confirm and continue")

    # And the right code still works once the wait is over.
    time.sleep(8)
    enter_code(page, mistyper.code(), "Confirm and continue")
    expect(page).to_have_url(re.compile("/admin/$"))


def test_a_wrong_or_malformed_code_is_shown_on_the_verify_page(open_page, mistyper, two_factor_on):
    if not mistyper.key:
        pytest.skip("needs the set-up test above to have enrolled the app")
    page = open_page(DESKTOP)
    sign_in_with_password(page, mistyper)
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter your sign-in code")

    enter_code(page, "12 ab 56", "Sign in")
    expect(
        page.get_by_text("Enter the six digits your app shows, without letters.")
    ).to_be_visible()

    enter_code(page, "000000", "Sign in")
    expect(page.get_by_text("That code is not right.")).to_be_visible()

    wrong_codes_until_told_to_wait(page, "Sign in")
