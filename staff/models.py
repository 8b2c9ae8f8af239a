"""One-time links with which a staff member sets up two-step sign-in for the first time."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogateescape")).hexdigest()


class SetupLink(models.Model):
    """A link an administrator sends a staff member so that they, and only they, can enrol."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="two_factor_setup_links",
        help_text="The account this link sets up two-step sign-in for.",
    )
    # Only a hash: the link itself is shown once, to the administrator who made it, so a
    # copy of the database does not let anyone enrol.
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The administrator who made the link; empty when made on the command line.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField(
        help_text="After this the link no longer works. Making a newer link ends it at once."
    )
    used_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the staff member confirmed their authenticator app with this link.",
    )

    class Meta:
        verbose_name = "two-step sign-in set-up link"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Set-up link for {self.user} made {self.created_at:%Y-%m-%d %H:%M}"

    @classmethod
    def issue(cls, user, created_by=None) -> tuple["SetupLink", str]:
        """A new link for the user, and its token; the user's earlier unused links stop working."""
        now = timezone.now()
        cls.objects.filter(user=user, used_at__isnull=True, expires_at__gt=now).update(
            expires_at=now
        )
        token = secrets.token_urlsafe(32)
        link = cls.objects.create(
            user=user,
            token_hash=token_hash(token),
            created_by=created_by,
            created_at=now,
            expires_at=now + timedelta(hours=settings.STAFF_SETUP_LINK_HOURS),
        )
        return link, token

    @classmethod
    def from_token(cls, token: str) -> "SetupLink | None":
        return cls.objects.select_related("user").filter(token_hash=token_hash(token)).first()

    @property
    def is_used(self) -> bool:
        return self.used_at is not None

    @property
    def is_expired(self) -> bool:
        return not self.is_used and self.expires_at <= timezone.now()

    @property
    def is_usable(self) -> bool:
        return not self.is_used and not self.is_expired

    def spend(self) -> bool:
        """Mark the link used, unless it was used or ran out meanwhile; say whether it was spent.

        One update with the conditions in it, so two sessions confirming at the same moment
        cannot both spend it.
        """
        now = timezone.now()
        spent = SetupLink.objects.filter(
            pk=self.pk, used_at__isnull=True, expires_at__gt=now
        ).update(used_at=now)
        if spent:
            self.used_at = now
        return bool(spent)
