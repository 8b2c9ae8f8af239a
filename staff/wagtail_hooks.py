"""Staff admin hooks: two-step sign-in set-up links.

Superusers make a staff member's one-time link for enrolling an authenticator app from the
users listing ("More" → "Two-step set-up link"; staff.views.SetupLinkForUserView).
"""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from staff.views import SetupLinkForUserView


@hooks.register("register_admin_urls")
def register_setup_link_view():
    return [
        path(
            "users/<int:user_id>/two-factor-link/",
            SetupLinkForUserView.as_view(),
            name="staff_setup_link_for_user",
        ),
    ]


@hooks.register("register_user_listing_buttons")
def setup_link_button(user, request_user):
    if not request_user.is_superuser:
        return []
    return [
        Button(
            "Two-step set-up link",
            reverse("staff_setup_link_for_user", args=[user.pk]),
            icon_name="key",
            priority=60,
        )
    ]
