"""Template helpers for the blog's pages."""

import json

from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# Characters that could end the script element or open markup inside it, as JSON escapes.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld_script(data: dict) -> SafeString:
    """Structured data as a JSON-LD script element, safe against "</script>" in any value."""
    payload = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
