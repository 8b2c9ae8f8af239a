"""Template helpers for the location pages."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

register = template.Library()

# JSON-LD sits inside a <script> element, so its text must not be able to close that element
# or open a comment. Escaping these characters as JSON unicode escapes keeps the data intact.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


@register.filter
def json_ld(data: dict) -> SafeString:
    """A <script type="application/ld+json"> element holding `data`.

    JSON-LD is data, not code: browsers never run it, so it needs no CSP exception.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)
    return format_html('<script type="application/ld+json">{}</script>', SafeString(text))
