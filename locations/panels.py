"""Editor panels of the locations app."""

from wagtail.admin.panels import InlinePanel


class WeekdayInlinePanel(InlinePanel):
    """Opening hours rows titled by their weekday ("Monday") rather than "Opening hours 3".

    A new row, whose day is not chosen yet, keeps the panel's own label.
    """

    class BoundPanel(InlinePanel.BoundPanel):
        template_name = "locations/admin/weekday_inline_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.form is None:
                return
            for child in self.children:
                instance = child.form.instance
                weekday = instance.get_weekday_display() if instance.weekday else ""
                child.title = weekday
