from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .counting import PAGE_ATTR
from .views import VisitsReportView, can_see_visits


# Inside Wagtail's view-restriction check (as pages/wagtail_hooks.py's page-cache hook): a
# page is counted only when it was shown.
@hooks.register("on_serve_page", order=100)
def note_page_for_counting(serve):
    def inner(page, request, serve_args, serve_kwargs):
        setattr(request, PAGE_ATTR, page)
        return serve(page, request, serve_args, serve_kwargs)

    return inner


class VisitsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_visits(request.user)


@hooks.register("register_admin_urls")
def register_visits_report():
    return [path("reports/visits/", VisitsReportView.as_view(), name="visits_report")]


@hooks.register("register_reports_menu_item")
def register_visits_menu_item():
    return VisitsMenuItem(
        "Visits", reverse("visits_report"), name="visits", icon_name="view", order=660
    )
