from django import template
from wagtail.models import Page

from content_checks.reading import TARGET_GRADE, Grade, grade_page, has_body

register = template.Library()


@register.simple_tag
def reading_grade(page: object) -> Grade | None:
    """The reading grade of the page being edited (its last saved version), if it has a body.

    The Checks panel is also drawn for snippets, where there is no page to grade.
    """
    if not isinstance(page, Page) or not has_body(page):
        return None
    return grade_page(page)


@register.simple_tag
def reading_grade_target() -> str:
    return f"{TARGET_GRADE:g}"
