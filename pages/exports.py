"""Spreadsheet exports from the admin that a spreadsheet cannot turn against staff."""

# What a spreadsheet reads as the start of a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(value):
    """`value`, prefixed with an apostrophe when a spreadsheet would run it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For views with Wagtail's SpreadsheetExportMixin: no cell or heading of an export runs
    as a formula. Visitors write form answers, and "=HYPERLINK(...)" in a name would otherwise
    become a live link, or worse, on the front desk's computer."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # Wagtail already stores XLSX cells that look like formulas as text.
        return as_text_cell(value) if export_format == self.FORMAT_CSV else value

    def get_heading(self, queryset, field):
        return as_text_cell(super().get_heading(queryset, field))
