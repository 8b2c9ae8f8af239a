"""Reading rendered pages the way a visitor would."""

import html
import re


def visible_text(markup: str) -> str:
    """The words a visitor reads: tags dropped, entities decoded, whitespace collapsed."""
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", markup))).strip()
