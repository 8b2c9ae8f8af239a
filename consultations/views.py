"""The admin's views of consultation requests."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.contrib.forms.views import SubmissionsListView

from pages.exports import FormulaSafeExportMixin

from .desk import change_status, desk_order
from .status import RequestStatus

VIEW_SUBMISSIONS = "wagtailforms.view_formsubmission"


class FormulaSafeSubmissionsListView(FormulaSafeExportMixin, SubmissionsListView):
    """Wagtail's list of a form's submissions, its CSV export safe to open in a spreadsheet,
    in front-desk order (urgent new requests on top, then new ones) with their status."""

    results_template_name = "consultations/admin/list_submissions.html"

    def order_queryset(self, queryset):
        # A column heading the user clicked, or the export's order, wins over the desk's.
        if self.is_export or self.request.GET.get("order_by"):
            return super().order_queryset(queryset)
        return desk_order(queryset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.is_export:
            for submission, row in zip(context["submissions"], context["data_rows"], strict=True):
                row["urgent"] = getattr(submission, "urgent", False)
                row["status"] = getattr(submission, "get_status_display", lambda: "")()
                row["status_url"] = reverse(submission.status_url_name, args=[submission.pk])
        return context


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        choices=RequestStatus.choices,
        widget=forms.RadioSelect,
        label="Status",
        help_text="New until someone has contacted the person who asked.",
    )


class RequestStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Front desk sets where a request stands, and sees who changed it and when.

    Works for any request model inheriting DeskRequest: a subclass sets `model`,
    `permission`, `kind` and `get_list_url`.
    """

    model: type | None = None
    permission = VIEW_SUBMISSIONS
    kind = "Request"
    template_name = "consultations/admin/request_status.html"
    header_icon = "form"

    def dispatch(self, request, *args, pk: int, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        self.item = get_object_or_404(self.model, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_list_url(self) -> str:
        return reverse("wagtailforms:list_submissions", args=[self.item.page_id])

    def get_page_title(self) -> str:
        return f"{self.kind} {self.item.pk}"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": self.get_list_url(), "label": f"{self.kind}s"},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", StatusForm(initial={"status": self.item.status}))
        received = getattr(self.item, self.model.received_field)
        return super().get_context_data(
            item=self.item,
            received=received,
            history=self.item.status_history.select_related("changed_by"),
            list_url=self.get_list_url(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        form = StatusForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        change = change_status(self.item, form.cleaned_data["status"], request.user)
        title = self.get_page_title()
        if change is None:
            messages.info(request, f"{title} was already {self.item.get_status_display()}.")
        else:
            messages.success(request, f"{title} marked {change.get_to_status_display()}.")
        return redirect(self.get_list_url())
