"""Checks the browser tests share: accessibility, privacy, console, reflow, focus, screenshots."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from django.conf import settings

if TYPE_CHECKING:
    # Imported for annotations only, so that without Playwright the tests skip, not crash.
    from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request

REPO_ROOT = Path(__file__).resolve().parents[2]
AXE_PATH = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOT_DIR = REPO_ROOT / "test-artifacts" / "screenshots"
# WCAG 2.0, 2.1 and 2.2 at levels A and AA (WCAG 2.2 added no new level-A rule to axe).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def expect(target):
    """Playwright's waiting assertions (`expect(locator).to_have_text(...)`), imported when
    first used so that without Playwright this module still imports and the tests skip."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target)


@functools.cache
def _axe_source() -> str:
    return AXE_PATH.read_text()


def axe_violations(page: Page) -> list[dict]:
    """Run axe-core on the page as it is now and return its WCAG A/AA violations."""
    # Colours measured halfway through a fade (the admin's messages fade in) are not the ones
    # a reader is left with: finite animations are taken to their end first.
    page.evaluate(
        """() => document.getAnimations()
            .filter(a => a.effect?.getComputedTiming().iterations !== Infinity)
            .forEach(a => a.finish())"""
    )
    if not page.evaluate("() => typeof window.axe === 'object'"):
        # Evaluated rather than added as a <script>: the site's Content-Security-Policy allows
        # no inline script, and the page should be checked under the policy visitors get.
        page.evaluate(_axe_source())
    return page.evaluate(
        """tags => axe.run(document, {
            runOnly: {type: "tag", values: tags},
            resultTypes: ["violations"],
        }).then(results => results.violations)""",
        AXE_TAGS,
    )


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}"
            f" <{violation['helpUrl']}>"
        )
        for node in violation["nodes"][:8]:
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"    at {node['target']}: {summary}")
        if len(violation["nodes"]) > 8:
            lines.append(f"    ... and {len(violation['nodes']) - 8} more")
    return "\n".join(lines)


def assert_no_axe_violations(page: Page) -> None:
    violations = axe_violations(page)
    scheme = (
        "dark"
        if page.evaluate("() => matchMedia('(prefers-color-scheme: dark)').matches")
        else "light"
    )
    assert not violations, (
        f"axe found {len(violations)} WCAG A/AA rule(s) broken on {page.url} "
        f"at {page.viewport_size['width']} px in {scheme} mode:\n{format_violations(violations)}"
    )


# Link text that says nothing out of context, as a screen reader's list of links shows it.
VAGUE_LINK_TEXT = {"click here", "here", "read more", "more", "learn more", "link", "this page"}


def assert_headings_in_order(page: Page) -> None:
    """One h1, and no heading skips a level on the way down (h2 then h4)."""
    headings = page.evaluate(
        """() => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
            .filter(h => h.getClientRects().length > 0)
            .map(h => ({level: Number(h.tagName[1]), text: h.innerText.trim().slice(0, 60)}))"""
    )
    h1s = [heading["text"] for heading in headings if heading["level"] == 1]
    assert len(h1s) == 1, f"{page.url} should have one h1, has {h1s}"
    skips = [
        f"h{before['level']} {before['text']!r} then h{after['level']} {after['text']!r}"
        for before, after in zip(headings, headings[1:], strict=False)
        if after["level"] > before["level"] + 1
    ]
    assert not skips, f"headings skip a level on {page.url}: {skips}"


def assert_link_text_is_descriptive(page: Page) -> None:
    names = page.evaluate(
        """() => [...document.querySelectorAll("a[href]")]
            .filter(a => a.getClientRects().length > 0)
            .map(a => (a.getAttribute("aria-label") || a.innerText || "").trim())"""
    )
    vague = [name for name in names if name.lower().rstrip(".…") in VAGUE_LINK_TEXT]
    assert not vague, f"links on {page.url} that say nothing on their own: {vague}"


class RequestLog:
    """Every request a page makes, so a test can show that none left the site."""

    def __init__(self, page: Page, site_url: str) -> None:
        self.site_host = urlsplit(site_url).netloc
        self.urls: list[str] = []
        page.on("request", self._record)

    def _record(self, request: Request) -> None:
        self.urls.append(request.url)

    @property
    def off_site(self) -> list[str]:
        # data: and blob: URLs have no host; anything with a host must be the site's.
        return [url for url in self.urls if urlsplit(url).netloc not in ("", self.site_host)]


def record_requests(page: Page, site_url: str) -> RequestLog:
    return RequestLog(page, site_url)


def assert_no_off_site_requests(requests: RequestLog) -> None:
    assert requests.urls, "no request was recorded: was the log attached before navigating?"
    assert not requests.off_site, (
        f"requests to hosts other than {requests.site_host}:\n  " + "\n  ".join(requests.off_site)
    )


class ConsoleLog:
    """Errors the page logged or threw: each is something a visitor's browser tripped on."""

    def __init__(self, page: Page) -> None:
        self.entries: list[tuple[str, str]] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.entries.append((f"uncaught: {error}", page.url)))

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.entries.append((message.text, message.location.get("url", "")))

    def errors(self, expected_status_of: str | None = None) -> list[str]:
        """The errors, less the one Chromium logs for a document's own 4xx status."""
        return [
            f"{text} ({url})"
            for text, url in self.entries
            if not (
                url == expected_status_of and text.startswith("Failed to load resource: the server")
            )
        ]


def collect_console_errors(page: Page) -> ConsoleLog:
    return ConsoleLog(page)


def assert_anonymous_cookies(context: BrowserContext, csrf_allowed: bool = False) -> None:
    """An anonymous visitor gets no cookie, except Django's CSRF cookie where there is a form."""
    allowed = {settings.CSRF_COOKIE_NAME} if csrf_allowed else set()
    unexpected = sorted(
        cookie["name"] for cookie in context.cookies() if cookie["name"] not in allowed
    )
    assert not unexpected, f"cookies set for an anonymous visitor: {unexpected}"


def assert_no_horizontal_scroll(page: Page) -> None:
    overflow = page.evaluate(
        """() => {
            const width = window.innerWidth;
            const wide = [...document.querySelectorAll("body *")]
                .filter(el => el.getBoundingClientRect().right > width + 0.5)
                .slice(0, 5)
                .map(el => `${el.tagName.toLowerCase()}.${el.className} ` +
                    `(right edge at ${Math.round(el.getBoundingClientRect().right)} px)`);
            return {scrollWidth: document.documentElement.scrollWidth, width, wide};
        }"""
    )
    assert overflow["scrollWidth"] <= overflow["width"], (
        f"{page.url} scrolls sideways at {overflow['width']} px "
        f"(content is {overflow['scrollWidth']} px wide); widest: {overflow['wide']}"
    )


# What a sighted keyboard user sees of the focused element: a focus indicator, and the
# element itself rather than a sticky header or banner drawn over it (WCAG 2.4.7, 2.4.11).
_FOCUS_STATE_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    // A link that wraps has one box per line: the centre of any of them will do.
    const hits = [...el.getClientRects()].map(rect =>
        document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2));
    const unobscured = hits.some(hit => hit !== null && (hit === el || el.contains(hit)));
    const cover = hits.find(hit => hit !== null);
    const text = (el.innerText || el.getAttribute("aria-label") || el.id || "").trim();
    return {
        key: el.dataset.focusKey || null,
        element: `${el.tagName.toLowerCase()} "${text.slice(0, 40)}"`,
        indicator: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
            || style.boxShadow !== "none",
        unobscured,
        coveredBy: unobscured ? null : cover
            ? `${cover.tagName.toLowerCase()}.${cover.className}` : "the edge of the window",
    };
}"""

_LABEL_FOCUSABLES_JS = """scope => {
    const selector = "a[href], button, input, select, textarea, summary, "
        + "[tabindex]:not([tabindex='-1'])";
    return [...document.querySelectorAll(selector)]
        .filter(el => !el.disabled && el.type !== "hidden" && el.tabIndex >= 0
            && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden"
            // A closed <details> keeps its content laid out but unrendered and unfocusable.
            && el.checkVisibility() && !el.closest("[inert]"))
        .map((el, index) => {
            // A radio group is one stop: Tab reaches one radio, the arrow keys the others.
            const key = el.type === "radio" && el.name ? `radio:${el.name}` : String(index);
            el.dataset.focusKey = key;
            const text = (el.innerText || el.getAttribute("aria-label") || el.name || "").trim();
            return {
                key,
                element: `${el.tagName.toLowerCase()} "${text.slice(0, 40)}"`,
                inScope: !scope || el.closest(scope) !== null,
            };
        })
        .filter((control, index, all) => all.findIndex(c => c.key === control.key) === index);
}"""


def focus_state(page: Page) -> dict | None:
    return page.evaluate(_FOCUS_STATE_JS)


def assert_focus_visible(page: Page) -> None:
    state = focus_state(page)
    assert state is not None, "nothing has keyboard focus"
    assert state["indicator"], f"{state['element']} has focus but no visible focus indicator"
    assert state["unobscured"], (
        f"{state['element']} has focus but is covered by {state['coveredBy']}"
    )


def tab_through(
    page: Page, scope: str | None = None, key: str = "Tab"
) -> tuple[list[dict], list[dict]]:
    """Press Tab (or `key`, e.g. "Shift+Tab") from where focus is; return the visible controls
    (those within `scope`, a CSS selector, if given) and the focus state after each press."""
    controls = page.evaluate(_LABEL_FOCUSABLES_JS, scope)
    wanted = {control["key"] for control in controls if control["inScope"]}
    visited: list[dict] = []
    # Each control takes one press; a few spare presses cover the browser's own stops.
    for _ in range(len(controls) + 5):
        page.keyboard.press(key)
        state = focus_state(page)
        if state is None:  # focus left the page: every control has had its turn
            break
        visited.append(state)
        if wanted <= {step["key"] for step in visited}:
            break
    return [control for control in controls if control["inScope"]], visited


def assert_every_control_reachable_with_visible_focus(
    page: Page, scope: str | None = None, key: str = "Tab"
) -> None:
    controls, visited = tab_through(page, scope, key)
    reached = {step["key"] for step in visited}
    unreached = [control["element"] for control in controls if control["key"] not in reached]
    assert controls, f"no visible control found in {scope or 'the page'}"
    assert not unreached, f"not reachable with Tab: {unreached}"
    problems = [
        f"{step['element']}: "
        + ("no focus indicator" if not step["indicator"] else f"covered by {step['coveredBy']}")
        for step in visited
        if not (step["indicator"] and step["unobscured"])
    ]
    assert not problems, "focus not visible on:\n  " + "\n  ".join(problems)


CONSULTATION_THANK_YOU = "Thank you: your request has been sent"


def fill_in_consultation_request(page: Page, first_name: str) -> None:
    """The consultation form's required answers, as a visitor types them."""
    page.get_by_label("First name").fill(first_name)
    page.get_by_label("Last name").fill("Rivera")
    page.get_by_label("Phone", exact=True).fill("(312) 555-0100")
    page.get_by_label("I agree").check()


def save_screenshots(page: Page, name: str) -> list[Path]:
    """Full-page screenshots in light and dark mode, for people to look at after a run."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    paths = []
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        path = SCREENSHOT_DIR / f"{name}-{width}-{scheme}.png"
        page.screenshot(path=path, full_page=True, animations="disabled")
        paths.append(path)
    page.emulate_media(color_scheme="light")
    return paths
