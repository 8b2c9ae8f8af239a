"""Translations a qualified medical translator must check before they can be trusted (the demo
site's Spanish copy, for one).

Such a page carries an entry in its history, and its editor shows a notice at the top of the
Content tab until someone saves a revision of it: saving says it has been checked.
"""

from django.utils.html import format_html
from wagtail.admin.panels import HelpPanel
from wagtail.models import Page, PageLogEntry

ACTION = "pages.translation_to_check"
NOTICE = (
    "This translation has not been checked yet. A qualified medical translator must read it "
    "against the English page before it is relied on; save the page once they have."
)


def mark_for_check(page: Page) -> None:
    PageLogEntry.objects.log_action(instance=page, action=ACTION, data={"note": NOTICE})


def needs_check(page: Page | None) -> bool:
    """Marked for a check, and nobody has saved it since."""
    if page is None or not page.pk:
        return False
    revision = page.latest_revision
    if revision is not None and revision.user_id is not None:
        return False
    return PageLogEntry.objects.filter(page=page, action=ACTION).exists()


class TranslationCheckPanel(HelpPanel):
    """The notice, shown only on a page that needs the check."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "content", format_html('<p class="help-block help-warning">{}</p>', NOTICE)
        )
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def is_shown(self) -> bool:
            return needs_check(self.instance) and super().is_shown()
