from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pages.review.views import APPROVAL_NOTES_HOOK

from .approval import reading_grade_notes
from .report import ReadingLevelReportView, can_see_reading_levels
from .userbar import use_site_content_checker

hooks.register("construct_wagtail_userbar", use_site_content_checker)


class ReadingLevelMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_reading_levels(request.user)


@hooks.register("register_admin_urls")
def register_reading_level_report():
    return [
        path(
            "reports/reading-level/", ReadingLevelReportView.as_view(), name="reading_level_report"
        ),
        path(
            "reports/reading-level/results/",
            ReadingLevelReportView.as_view(results_only=True),
            name="reading_level_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_reading_level_menu_item():
    return ReadingLevelMenuItem(
        "Reading level",
        reverse("reading_level_report"),
        name="reading-level",
        icon_name="glasses",
        order=660,
    )


hooks.register(APPROVAL_NOTES_HOOK, reading_grade_notes)
