"""Referrals at the front desk: their status page, and their line on the dashboard panel.

Reading and exporting referrals is Wagtail's form submissions list, with the permissions
consultations/wagtail_hooks.py sets for every form.
"""

from django.urls import path, reverse
from wagtail import hooks

from consultations.desk import QUEUE_HOOK, DeskQueue
from consultations.views import VIEW_SUBMISSIONS, RequestStatusView

from .models import ReferralPage, ReferralSubmission


class ReferralStatusView(RequestStatusView):
    model = ReferralSubmission
    kind = "Referral"


@hooks.register("register_admin_urls")
def register_referral_status_view():
    return [
        path(
            "referrals/<int:pk>/status/",
            ReferralStatusView.as_view(),
            name=ReferralSubmission.status_url_name,
        )
    ]


def referrals_url() -> str:
    page = ReferralPage.objects.only("pk").first()
    if page is None:
        return reverse("wagtailforms:index")
    return reverse("wagtailforms:list_submissions", args=[page.pk])


@hooks.register(QUEUE_HOOK)
def referral_queue():
    return DeskQueue(
        label="Referrals",
        queryset=ReferralSubmission.objects.all,
        list_url=referrals_url,
        permission=VIEW_SUBMISSIONS,
    )
