"""Editor panels of the consultations app."""

from wagtail.contrib.forms.panels import FormSubmissionsPanel


class RequestsCountPanel(FormSubmissionsPanel):
    """Wagtail's "N submissions" link, shown only to staff who may read the requests.

    Editors edit the form without reading what people sent (consultations/wagtail_hooks.py);
    to them the link would lead only to a refusal.
    """

    class BoundPanel(FormSubmissionsPanel.BoundPanel):
        def is_shown(self):
            if not self.request.user.has_perm("wagtailforms.view_formsubmission"):
                return False
            return super().is_shown()
