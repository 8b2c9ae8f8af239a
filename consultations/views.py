"""The admin's views of consultation requests."""

from wagtail.contrib.forms.views import SubmissionsListView

from pages.exports import FormulaSafeExportMixin


class FormulaSafeSubmissionsListView(FormulaSafeExportMixin, SubmissionsListView):
    """Wagtail's list of a form's submissions, its CSV export safe to open in a spreadsheet."""
