"""Server-drawn charts (visits/charts.py)."""

import datetime

from visits.charts import bar_chart, column_chart


def test_a_bar_chart_escapes_its_labels_and_names_itself():
    svg = bar_chart("c", "Top pages", [("<script>", 10), ("Plain", 5)])
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert 'role="img"' in svg and '<title id="c-title">Top pages</title>' in svg


def test_bars_are_drawn_in_the_text_colour_so_both_themes_read_them():
    svg = bar_chart("c", "Top pages", [("A", 10)])
    assert 'fill="currentColor"' in svg


def test_the_longest_bar_is_the_largest_value():
    svg = bar_chart("c", "t", [("A", 10), ("B", 5)])
    widths = [float(part.split('"')[0]) for part in svg.split('width="')[1:]]
    assert widths[0] == 2 * widths[1]


def test_a_column_chart_names_its_first_and_last_day():
    start = datetime.date(2026, 1, 1)
    points = [(start + datetime.timedelta(days=n), n) for n in range(10)]
    svg = column_chart("d", "Per day", points)
    assert "Jan 1" in svg and "Jan 10" in svg
    assert svg.count("<rect") == 10


def test_no_rows_draw_no_chart():
    assert bar_chart("c", "t", []) == ""
