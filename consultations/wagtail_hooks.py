"""Who reads consultation requests (form submissions): a permission of its own, not page
editing.

Wagtail shows a form's submissions to anyone who may edit the form page. Requests from
prospective patients are more private than that: Editors edit the form page without reading
what people sent, and Front desk reads what people sent without editing any page. So:

- reading submissions needs wagtailforms.view_formsubmission (Front desk; superusers);
- deleting them needs wagtailforms.delete_formsubmission as well (superusers by default);
- both permissions appear in the admin's group editor under "Form submission".

Wagtail's list of forms also asks for some page permission, which Front desk has none of;
this app's admin URLs, listed first, take over that list and the delete view at the same
addresses (consultations is before wagtail.contrib.forms in INSTALLED_APPS).

Wagtail documents `filter_form_submissions_for_user` as narrowing the forms a user may see;
here it also widens them to every form page for holders of the view permission. Wagtail 8
passes the hook's result straight to its views, and tests/consultations/test_wagtail_hooks.py
pins that, so an upgrade that changes it fails loudly rather than quietly.

The front desk (consultations/desk.py): the page where a request's status is set, the
consultation requests' queue, and the dashboard panel counting new requests.
"""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.contrib.forms.utils import get_form_types
from wagtail.contrib.forms.views import DeleteSubmissionsView, FormPagesListView
from wagtail.models import Page

from .desk import QUEUE_HOOK, DeskQueue, FrontDeskPanel, queues_for
from .models import ConsultationPage, ConsultationSubmission
from .views import VIEW_SUBMISSIONS, RequestStatusView

DELETE_SUBMISSIONS = "wagtailforms.delete_formsubmission"


@hooks.register("filter_form_submissions_for_user")
def forms_by_submission_permission(user, editable_forms):
    if not user.has_perm(VIEW_SUBMISSIONS):
        return editable_forms.none()
    return Page.objects.filter(content_type__in=get_form_types())


@hooks.register("register_permissions")
def form_submission_permissions():
    return Permission.objects.filter(
        content_type__app_label="wagtailforms",
        codename__in=["view_formsubmission", "delete_formsubmission"],
    )


class FormsListView(FormPagesListView):
    """Wagtail's list of forms, for whoever may read submissions rather than edit pages."""

    def user_has_any_permission(self, permissions):
        return self.request.user.has_perm(VIEW_SUBMISSIONS)


def delete_submissions(request, page_id: int):
    """Wagtail's delete view, for those who may delete; others go back to the list."""
    if not request.user.has_perm(DELETE_SUBMISSIONS):
        messages.error(request, "Your role can read form submissions but not delete them.")
        return redirect(reverse("wagtailforms:list_submissions", args=[page_id]))
    return DeleteSubmissionsView.as_view()(request, page_id=page_id)


class ConsultationRequestStatusView(RequestStatusView):
    model = ConsultationSubmission
    kind = "Consultation request"


@hooks.register("register_admin_urls")
def register_form_submission_views():
    # The same addresses as Wagtail's own views, which these come before and so replace.
    return [
        path("forms/", FormsListView.as_view(), name="submissions_forms_index"),
        path(
            "forms/results/",
            FormsListView.as_view(results_only=True),
            name="submissions_forms_index_results",
        ),
        path(
            "forms/submissions/<int:page_id>/delete/",
            delete_submissions,
            name="submissions_delete",
        ),
        path(
            "consultations/requests/<int:pk>/status/",
            ConsultationRequestStatusView.as_view(),
            name="consultation_request_status",
        ),
    ]


def consultation_requests_url() -> str:
    page = ConsultationPage.objects.only("pk").first()
    if page is None:
        return reverse("wagtailforms:index")
    return reverse("wagtailforms:list_submissions", args=[page.pk])


@hooks.register(QUEUE_HOOK)
def consultation_queue():
    return DeskQueue(
        label="Consultation requests",
        queryset=ConsultationSubmission.objects.all,
        list_url=consultation_requests_url,
        permission=VIEW_SUBMISSIONS,
    )


@hooks.register("construct_homepage_panels")
def add_front_desk_panel(request, panels):
    if queues := queues_for(request.user):
        panels.append(FrontDeskPanel(queues))
