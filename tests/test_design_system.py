"""The design system: token colours readable in both themes, CSS small, no dead components."""

import gzip
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CSS_DIR = ROOT / "static" / "css"
SITE_CSS = CSS_DIR / "site.css"
# What every public page may load, gzip-compressed; the ceiling for the whole site.
CSS_GZIP_BUDGET = 30 * 1024

TEXT = 4.5  # WCAG 1.4.3: body text
NON_TEXT = 3.0  # WCAG 1.4.11: borders of inputs, focus rings, icons that carry meaning

# Every foreground/background pairing the stylesheets draw, with where it is used.
# Add a line when a component puts a token colour on a token background.
PAIRINGS = [
    ("text", "background", TEXT),  # body copy
    ("text", "surface", TEXT),  # cards, header, price list, form fields
    ("text", "surface-alt", TEXT),  # hero, statistic, call to action, finder
    ("text", "highlight", TEXT),  # current menu item, today's opening hours
    ("text", "info-background", TEXT),  # information callout
    ("text", "caution-background", TEXT),  # caution callout
    ("muted", "background", TEXT),  # bylines, captions, sources
    ("muted", "surface", TEXT),  # card summaries, help text in forms
    ("muted", "surface-alt", TEXT),  # statistic source
    ("link", "background", TEXT),
    ("link", "surface", TEXT),  # header phone, card titles, secondary buttons
    ("link", "surface-alt", TEXT),  # links in the hero and the finder
    ("link", "highlight", TEXT),  # secondary button on hover, open menu toggle
    ("link", "info-background", TEXT),  # links inside an information callout
    ("link", "caution-background", TEXT),  # links inside a caution callout
    ("link-visited", "background", TEXT),
    ("link-visited", "surface", TEXT),
    ("primary-contrast", "primary", TEXT),  # primary buttons, step numbers, skip link
    ("primary-contrast", "primary-hover", TEXT),  # primary buttons on hover
    ("crisis-text", "crisis-background", TEXT),  # crisis banner and crisis callout
    ("crisis-button-text", "crisis-button", TEXT),  # Call 988 / Text 988 buttons
    ("error", "background", TEXT),  # field errors
    ("error", "surface", TEXT),  # error summary
    ("footer-text", "footer-background", TEXT),
    ("footer-link", "footer-background", TEXT),
    ("border", "background", NON_TEXT),  # input borders
    ("border", "surface", NON_TEXT),
    ("focus", "background", NON_TEXT),  # the focus ring
    ("focus", "surface", NON_TEXT),
    ("focus", "surface-alt", NON_TEXT),
    ("primary", "surface", NON_TEXT),  # menu toggle and pagination borders, step markers
    ("primary", "background", NON_TEXT),
    ("caution-border", "caution-background", NON_TEXT),  # caution callout edge
    ("crisis-button", "crisis-background", NON_TEXT),  # crisis callout edge
]


def _declarations(block: str) -> dict[str, str]:
    return dict(re.findall(r"--color-([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;", block))


def _block_after(css: str, start: int) -> str:
    """The text of the {...} block that opens at or after `start`, nested braces included."""
    opening = css.index("{", start)
    depth = 0
    for index in range(opening, len(css)):
        depth += {"{": 1, "}": -1}.get(css[index], 0)
        if depth == 0:
            return css[opening + 1 : index]
    raise ValueError("unbalanced braces")


def themes() -> dict[str, dict[str, str]]:
    """The colour tokens of the light theme, and the dark theme laid over them."""
    css = SITE_CSS.read_text()
    light = _declarations(_block_after(css, css.index(":root")))
    dark_at = css.index("@media (prefers-color-scheme: dark)")
    dark = {**light, **_declarations(_block_after(css, dark_at))}
    return {"light": light, "dark": dark}


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_dark_theme_overrides_the_colours():
    light, dark = themes()["light"], themes()["dark"]

    assert dark["background"] != light["background"]
    assert dark["text"] != light["text"]


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(
    ("foreground", "background", "minimum"),
    PAIRINGS,
    ids=[f"{fg}-on-{bg}" for fg, bg, _ in PAIRINGS],
)
def test_colour_pairing_meets_wcag_aa(theme, foreground, background, minimum):
    colours = themes()[theme]

    ratio = contrast(colours[foreground], colours[background])

    assert ratio >= minimum, (
        f"{theme}: --color-{foreground} {colours[foreground]} on --color-{background} "
        f"{colours[background]} is {ratio:.2f}:1, needs {minimum}:1"
    )


def test_all_css_stays_within_the_gzip_budget():
    total = sum(len(gzip.compress(path.read_bytes(), 9)) for path in CSS_DIR.glob("**/*.css"))

    assert total < CSS_GZIP_BUDGET, f"{total} bytes of CSS gzipped, budget {CSS_GZIP_BUDGET}"


# Class names used in markup that the stylesheets would style; the style guide view's own
# template counts, JavaScript counts (it adds classes at run time).
MARKUP_SOURCES = [
    *(ROOT / "templates").glob("**/*.html"),
    *(ROOT / "static" / "js").glob("**/*.js"),
    *ROOT.glob("*/templates/**/*.html"),
    # The visits report's charts are SVG drawn in Python.
    ROOT / "visits" / "charts.py",
]


# A class selector, not the decimal in a value like 0.5rem.
CLASS_SELECTOR = re.compile(r"(?<![\w-])\.([a-z][a-z0-9_-]*)")


def _blocks_defined_in_css() -> set[str]:
    blocks = set()
    for path in CSS_DIR.glob("**/*.css"):
        css = re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.DOTALL)
        for name in CLASS_SELECTOR.findall(css):
            blocks.add(re.split(r"__|--", name)[0])
    return blocks


def test_every_component_family_in_the_css_is_used_in_markup():
    markup = "\n".join(path.read_text() for path in MARKUP_SOURCES)
    used = {re.split(r"__|--", word)[0] for word in re.findall(r"[a-z][a-z0-9_-]*", markup)}

    unused = sorted(block for block in _blocks_defined_in_css() if block not in used)

    assert unused == []


def test_unused_check_sees_the_component_families():
    # Guards the check above against a regex that silently finds nothing.
    assert {"site-header", "card", "callout", "faq", "steps", "hours"} <= _blocks_defined_in_css()
