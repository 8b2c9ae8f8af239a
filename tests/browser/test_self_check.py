"""The self-checks in a real browser: answered with JavaScript (scored in the page, nothing
sent, nothing kept) and without it (posted, scored by the server), crisis help first, and
accessible at both widths with their results shown."""

import pytest

from .conftest import DESKTOP, PHONE
from .helpers import assert_no_axe_violations, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

DEPRESSION = "/learn/depression-self-check/"
ANXIETY = "/learn/anxiety-self-check/"
CHECKS = {DEPRESSION: 9, ANXIETY: 7}


def answer(page, answers: list[str]) -> None:
    """Choose one answer per question, by its label, as a visitor would (keyboard for the
    first, clicks for the rest)."""
    for number, label in enumerate(answers, start=1):
        question = page.locator(f'[data-question="q{number}"]')
        question.get_by_label(label, exact=True).check()


def stored_anything(page) -> dict:
    return page.evaluate(
        """() => ({
            localStorage: localStorage.length,
            sessionStorage: sessionStorage.length,
            cookie: document.cookie,
        })"""
    )


def indexed_db_names(page) -> list[str]:
    return page.evaluate(
        "async () => (await indexedDB.databases()).map((database) => database.name)"
    )


@pytest.mark.parametrize("path", CHECKS)
def test_with_javascript_the_result_shows_and_no_request_leaves_the_page(open_page, path):
    page = open_page(PHONE)
    page.goto(path)
    page.wait_for_load_state("networkidle")
    sent = []
    page.on("request", lambda request: sent.append(request.url))

    answer(page, ["Several days"] * CHECKS[path])
    page.get_by_role("button", name="See my result").click()

    result = page.locator("[data-self-check-result-panel]")
    expect(result).to_be_visible()
    total = CHECKS[path]
    band = "mild" if total >= 5 else "minimal"
    expect(result.get_by_role("heading", level=2)).to_contain_text(
        f"Your result: {total} out of {total * 3}, {band}"
    )
    expect(result).to_contain_text("This is not a diagnosis.")
    expect(result).to_be_focused()
    expect(page.locator("[data-self-check-status]")).to_contain_text(f"Your result: {total}")
    assert page.url.endswith(path), "the answers changed the address"
    assert sent == [], f"requests made while answering: {sent}"
    assert stored_anything(page) == {"localStorage": 0, "sessionStorage": 0, "cookie": ""}
    assert indexed_db_names(page) == []
    assert page.context.cookies() == []


def test_with_javascript_question_9_shows_crisis_help_before_the_score(open_page):
    page = open_page(PHONE)
    page.goto(DEPRESSION)

    answer(page, ["Not at all"] * 8 + ["Several days"])
    page.get_by_role("button", name="See my result").click()

    result = page.locator("[data-self-check-result-panel]")
    crisis = result.get_by_role("note", name="Crisis help")
    expect(crisis).to_be_visible()
    expect(crisis.get_by_role("link", name="Call 988")).to_be_visible()
    expect(crisis).to_contain_text("Our clinic is not an emergency service.")
    # Crisis help comes first, above the score, though the total is minimal.
    assert crisis.bounding_box()["y"] < result.get_by_role("heading").bounding_box()["y"]
    expect(result.get_by_role("heading")).to_contain_text("1 out of 27, minimal")


def test_with_javascript_unanswered_questions_are_named_and_nothing_is_sent(open_page):
    page = open_page(DESKTOP)
    page.goto(ANXIETY)
    page.wait_for_load_state("networkidle")
    sent = []
    page.on("request", lambda request: sent.append(request.url))

    answer(page, ["Nearly every day"] * 3)
    page.get_by_role("button", name="See my result").click()

    expect(page.locator("[data-self-check-status]")).to_contain_text("questions 4, 5, 6, 7")
    expect(page.locator('[data-question="q4"]')).to_contain_text("Choose an answer to question 4")
    expect(page.locator('[data-question="q4"] input').first).to_be_focused()
    expect(page.locator("[data-self-check-result-panel]")).to_have_count(0)
    assert sent == []


def test_with_javascript_clear_removes_the_answers_and_the_result(open_page):
    page = open_page(DESKTOP)
    page.goto(ANXIETY)
    answer(page, ["Nearly every day"] * 7)
    page.get_by_role("button", name="See my result").click()
    expect(page.get_by_role("button", name="Print my result")).to_be_visible()

    page.get_by_role("link", name="Clear my answers and result").click()

    expect(page.locator("[data-self-check-result-panel]")).to_have_count(0)
    expect(page.locator("input[type=radio]:checked")).to_have_count(0)
    assert page.url.endswith(ANXIETY)


@pytest.mark.parametrize("path", CHECKS)
def test_without_javascript_the_server_scores_the_answers_and_sets_nothing(open_page, path):
    page = open_page(PHONE, java_script_enabled=False)
    page.goto(path)

    answer(page, ["More than half the days"] * CHECKS[path])
    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        page.get_by_role("button", name="See my result").click()

    response = posted.value
    assert "no-store" in response.headers["cache-control"]
    assert "set-cookie" not in response.headers
    assert "?" not in response.url and "q1" not in response.url
    total = CHECKS[path] * 2
    expect(page.locator("[data-self-check-result-panel] h2")).to_contain_text(
        f"Your result: {total} out of {CHECKS[path] * 3}"
    )
    # The answers are kept on the form below, to change and send again.
    expect(page.locator("input[type=radio]:checked")).to_have_count(CHECKS[path])
    assert page.context.cookies() == []


def test_without_javascript_question_9_shows_crisis_help_first(open_page):
    page = open_page(PHONE, java_script_enabled=False)
    page.goto(DEPRESSION)

    answer(page, ["Not at all"] * 8 + ["Nearly every day"])
    page.get_by_role("button", name="See my result").click()

    result = page.locator("[data-self-check-result-panel]")
    crisis = result.get_by_role("note", name="Crisis help")
    expect(crisis).to_be_visible()
    assert crisis.bounding_box()["y"] < result.get_by_role("heading").bounding_box()["y"]


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
@pytest.mark.parametrize("path", CHECKS)
def test_pages_and_their_results_have_no_axe_violations(open_page, path, width):
    page = open_page(width)
    page.goto(path)
    assert_no_axe_violations(page)

    # Crisis help and the error styles are on show too: the strongest colours these pages use.
    answer(page, ["Nearly every day"] * CHECKS[path])
    page.get_by_role("button", name="See my result").click()
    expect(page.locator("[data-self-check-result-panel]")).to_be_visible()
    assert_no_axe_violations(page)


def post_without_the_script(page) -> None:
    """Send the form as a browser without JavaScript would: `submit()` skips the page's own
    submit handler, so the server answers. axe needs JavaScript to run on what comes back."""
    with page.expect_navigation():
        page.locator("[data-self-check-form]").evaluate("form => form.submit()")


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_the_servers_result_and_error_pages_have_no_axe_violations(open_page, width):
    page = open_page(width)
    page.goto(DEPRESSION)

    post_without_the_script(page)
    expect(page.locator(".error-summary")).to_be_visible()
    assert_no_axe_violations(page)

    answer(page, ["Nearly every day"] * 9)
    post_without_the_script(page)
    expect(page.locator("[data-self-check-result-panel]")).to_be_visible()
    assert_no_axe_violations(page)
