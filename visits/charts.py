"""Charts drawn on the server as SVG: no charting script, nothing from another host.

Bars and text are drawn in `currentColor`, so a chart takes the admin's text colour and reads
in the light and the dark theme alike; the grid lines are the same colour, fainter. Each chart
is an image with a title and a description; the table beside it carries the same figures for
screen readers and for anyone who wants the numbers.
"""

from __future__ import annotations

import datetime

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_WIDTH = 260
VALUE_WIDTH = 70
WIDTH = 720
MAX_LABEL = 38


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def bar_chart(chart_id: str, title: str, rows: list[tuple[str, int]]) -> SafeString:
    """Horizontal bars, one per row, longest first as given."""
    if not rows:
        return SafeString("")
    top = max(value for _, value in rows) or 1
    bar_space = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    height = len(rows) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP
    bars = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="end" dominant-baseline="middle">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" rx="2"></rect>'
        '<text x="{}" y="{}" dominant-baseline="middle">{}</text>',
        (
            (
                LABEL_WIDTH - 8,
                y + BAR_HEIGHT / 2,
                _short(label),
                LABEL_WIDTH,
                y,
                max(round(value * bar_space / top, 1), 1 if value else 0),
                BAR_HEIGHT,
                LABEL_WIDTH + round(value * bar_space / top, 1) + 6,
                y + BAR_HEIGHT / 2,
                f"{value:,}",
            )
            for (label, value), y in zip(
                rows, range(BAR_GAP, height, BAR_HEIGHT + BAR_GAP), strict=False
            )
        ),
    )
    return format_html(
        '<svg class="visits-chart" viewBox="0 0 {} {}" role="img"'
        ' aria-labelledby="{}-title {}-desc"'
        ' fill="currentColor" font-size="13">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>',
        WIDTH,
        height,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        f"Bar chart of {len(rows)} rows; the table beside it lists the same figures.",
        bars,
    )


def column_chart(chart_id: str, title: str, points: list[tuple[datetime.date, int]]) -> SafeString:
    """One column per day, with the highest value and the first and last days marked."""
    if not points:
        return SafeString("")
    top = max(value for _, value in points) or 1
    left, bottom, plot_height = 56, 24, 180
    height = plot_height + bottom + 12
    step = (WIDTH - left - 8) / len(points)
    width = max(step * 0.75, 1)
    columns = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}"></rect>',
        (
            (
                round(left + n * step, 2),
                round(12 + plot_height - value * plot_height / top, 2),
                round(width, 2),
                round(value * plot_height / top, 2),
            )
            for n, (_, value) in enumerate(points)
        ),
    )
    first, last = points[0][0], points[-1][0]
    return format_html(
        '<svg class="visits-chart" viewBox="0 0 {} {}" role="img"'
        ' aria-labelledby="{}-title {}-desc"'
        ' fill="currentColor" font-size="13">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>'
        '<line x1="{}" y1="12" x2="{}" y2="12" stroke="currentColor" stroke-opacity="0.3"></line>'
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="currentColor"></line>'
        '<text x="{}" y="16" text-anchor="end">{}</text>'
        '<text x="{}" y="{}" text-anchor="end">0</text>'
        "{}"
        '<text x="{}" y="{}">{}</text>'
        '<text x="{}" y="{}" text-anchor="end">{}</text></svg>',
        WIDTH,
        height,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        f"Column chart of {len(points)} days, from {first:%B %-d, %Y} to {last:%B %-d, %Y}, "
        f"highest {top:,}; the table beside it lists each day.",
        left,
        WIDTH - 8,
        left,
        12 + plot_height,
        WIDTH - 8,
        12 + plot_height,
        left - 6,
        f"{top:,}",
        left - 6,
        12 + plot_height,
        columns,
        left,
        height - 4,
        f"{first:%b %-d}",
        WIDTH - 8,
        height - 4,
        f"{last:%b %-d}",
    )
