"""The visitor's address, as django-axes should see it."""

from django.conf import settings


def client_ip(request) -> str | None:
    """The address the request came from, looking through one trusted TLS proxy if configured.

    Behind a proxy every request arrives from the proxy's own address, so locking "this
    username from this address" would lock the username for everyone. The proxy appends the
    address it saw to X-Forwarded-For; only that last entry can be trusted, since a client
    can put anything it likes in front of it.
    """
    if getattr(settings, "BEHIND_TLS_PROXY", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR")
