from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import cache as page_cache
from . import style_guide
from .citations import register_cite_feature
from .models import Provider, Testimonial
from .review.reminders import can_follow_reviews
from .review.report import ReviewDuePanel, ReviewDueReportView
from .review.views import (
    approved,
    explain_review_route,
    explain_review_route_on_create,
    explain_unlinked_approver,
    land_on_confirmation,
    show_approval_notes,
)


class ProviderViewSet(SnippetViewSet):
    model = Provider
    icon = "user"
    menu_label = "Providers"
    list_display = ["name", "credentials", "role"]
    search_fields = ["name"]
    add_to_admin_menu = True
    menu_order = 300


class TestimonialViewSet(SnippetViewSet):
    model = Testimonial
    icon = "openquote"
    menu_label = "Testimonials"
    list_display = [
        "attribution",
        "condition",
        Column("consent", label="Consent"),
        Column("shown_on_site", label="On the site"),
    ]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(ProviderViewSet)
register_snippet(TestimonialViewSet)


# A higher order than Wagtail's own view-restriction check, so it runs inside that check:
# only a page the visitor was allowed to see is offered to the page cache.
@hooks.register("on_serve_page", order=100)
def offer_page_to_page_cache(serve):
    def inner(page, request, serve_args, serve_kwargs):
        page_cache.mark_cacheable(request, page)
        return serve(page, request, serve_args, serve_kwargs)

    return inner


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_follow_reviews(request.user)


@hooks.register("register_admin_urls")
def register_review_report():
    return [
        path(
            "reports/clinical-review/",
            ReviewDueReportView.as_view(),
            name="clinical_review_report",
        ),
        path(
            "reports/clinical-review/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="clinical_review_report_results",
        ),
    ]


@hooks.register("register_admin_urls")
def register_review_approved_url():
    return [path("review/approved/<int:page_id>/", approved, name="medical_review_approved")]


hooks.register("before_edit_page", explain_unlinked_approver)
hooks.register("before_edit_page", explain_review_route)
hooks.register("before_edit_page", show_approval_notes)
hooks.register("before_create_page", explain_review_route_on_create)
hooks.register("after_edit_page", land_on_confirmation)


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReviewReportMenuItem(
        "Clinical content due for review",
        reverse("clinical_review_report"),
        name="clinical-review",
        icon_name="time",
        order=650,
    )


@hooks.register("insert_global_admin_css")
def review_status_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin_review.css"))


@hooks.register("construct_homepage_panels")
def add_review_due_panel(request, panels):
    if can_follow_reviews(request.user):
        panels.append(ReviewDuePanel())


@hooks.register("register_admin_urls")
def register_style_guide_url():
    # Admin URLs are staff-only: Wagtail sends anyone else to its sign-in page.
    return [path("style-guide/", style_guide.style_guide, name="style_guide")]


@hooks.register("register_admin_menu_item")
def register_style_guide_menu_item():
    return MenuItem(
        "Style guide", reverse("style_guide"), icon_name="image", name="style-guide", order=9000
    )


@hooks.register("register_rich_text_features")
def register_cite(features):
    register_cite_feature(features)
