"""The page editor's form for clinical pages."""

from wagtail.admin.forms import WagtailAdminPageForm

# The editor's button that publishes at once, rather than through an approval.
PUBLISH_ACTION = "action-publish"


class MedicalReviewPageForm(WagtailAdminPageForm):
    """A clinical page published from the editor, not through an approval, loses its byline.

    Only an approval in the Medical review workflow vouches for what goes live; an account
    allowed to publish directly (an administrator) publishes content that no reviewer has
    seen, so the page stops naming one until the next approval.
    """

    def save(self, commit=True):
        page = super().save(commit=False)
        if PUBLISH_ACTION in self.data:
            page.medical_reviewer = None
            page.last_reviewed = None
        if commit:
            page.save()
        return page
