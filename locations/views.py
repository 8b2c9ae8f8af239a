"""Closure notices in the admin (Closure notices in the menu): Front desk adds them and ends
them early, with no page permission at all (locations/migrations/0004)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton

from .closures import ClosureNotice


class ClosureNoticeIndexView(generic.IndexView):
    """The list of notices, each not yet ended with an "End now" button."""

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if instance.ends_at > timezone.now() and self.user_has_permission("change"):
            buttons.insert(
                0,
                ListingButton(
                    "End now",
                    reverse("closure_notices:end", args=[instance.pk]),
                    icon_name="cross",
                    attrs={"aria-label": f"End now: {instance}"},
                    priority=5,
                ),
            )
        return buttons


class EndClosureNoticeView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks, then ends a notice at once: it stops showing on the site within the minute."""

    model = ClosureNotice
    permission_required = "change"
    template_name = "locations/admin/end_closure_notice.html"
    page_title = "End closure notice"
    header_icon = "warning"
    index_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.notice = get_object_or_404(ClosureNotice, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.notice)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["notice"] = self.notice
        context["index_url"] = reverse(self.index_url_name)
        return context

    def post(self, request, *args, **kwargs):
        now = timezone.now()
        notice = self.notice
        if notice.ends_at > now:
            # A notice that has not started yet is cancelled: it never shows.
            notice.starts_at = min(notice.starts_at, now)
            notice.ends_at = now
            notice.save(update_fields=["starts_at", "ends_at"])
            messages.success(request, f"Ended: {notice}. It no longer shows on the site.")
        return redirect(self.index_url_name)


class ClosureNoticeViewSet(ModelViewSet):
    model = ClosureNotice
    url_namespace = "closure_notices"
    url_prefix = "closure-notices"
    icon = "warning"
    menu_label = "Closure notices"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = ClosureNoticeIndexView
    form_fields = ["location", "status", "opens", "closes", "message", "starts_at", "ends_at"]
    list_display = [
        "location",  # the first column carries each notice's buttons
        "status",
        "message",
        DateColumn("starts_at", label="Starts"),
        DateColumn("ends_at", label="Ends"),
    ]
    list_filter = ["location", "status"]
    copy_view_enabled = False
    inspect_view_enabled = True

    @property
    def end_view(self):
        return self.construct_view(EndClosureNoticeView, index_url_name=self.get_url_name("index"))

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("end/<int:pk>/", self.end_view, name="end"),
        ]


closure_notice_viewset = ClosureNoticeViewSet("closure_notices")
