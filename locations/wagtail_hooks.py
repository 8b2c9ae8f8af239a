"""The admin's Closure notices (locations.views)."""

from wagtail import hooks

from .views import closure_notice_viewset


@hooks.register("register_admin_viewset")
def register_closure_notices():
    return closure_notice_viewset
