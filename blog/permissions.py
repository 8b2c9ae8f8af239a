"""The Marketing group's rights on the blog section of the page tree."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

MARKETING_GROUP = "Marketing"
# Marketing owns the blog: they write, schedule, publish and lock posts there, and nowhere else.
BLOG_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def grant_marketing_blog_permissions(blog_index: Page) -> None:
    """Give the Marketing group its page permissions on a blog index, if the group exists."""
    group = Group.objects.filter(name=MARKETING_GROUP).first()
    if group is None:
        # Someone removed the group on purpose; don't bring it back.
        return
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore",
        content_type__model="page",
        codename__in=BLOG_PAGE_PERMISSIONS,
    )
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=blog_index, permission=permission
        )
