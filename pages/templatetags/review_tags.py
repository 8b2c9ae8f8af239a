"""For the Medical review approval dialog (templates/pages/review/approve.html)."""

from django import template

from pages.review.views import approval_notes as notes_for_approver

register = template.Library()


@register.simple_tag
def approval_notes(page) -> list[str]:
    """What the site's checks say of the page awaiting approval."""
    return notes_for_approver(page)
