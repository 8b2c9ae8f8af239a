"""A per-address limit on form submissions, kept in Django's cache.

The cache holds a keyed hash of the address, never the address itself. When the cache is
unreachable the limit is skipped: refusing every visitor would be worse than a little spam.
"""

import ipaddress
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)

KEY_SALT = "pages.ratelimit.consultation"


def client_address(request: HttpRequest) -> str:
    """The visitor's address: the connection's, or the one a trusted proxy reports.

    X-Forwarded-For is only believed for the proxies the deployment says it runs
    (TRUSTED_PROXY_COUNT); each appends the address it saw, so the client is that many
    entries from the right. Anything a visitor could forge further left is ignored.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            candidate = forwarded[-proxies]
            try:
                return str(ipaddress.ip_address(candidate))
            except ValueError:
                pass
    return remote


def rate_limit_key(request: HttpRequest, scope: str = "consultation") -> str:
    digest = salted_hmac(KEY_SALT, client_address(request)).hexdigest()
    return f"ratelimit:{scope}:{digest}"


def allow_submission(request: HttpRequest) -> bool:
    """Count this submission; False once the address has sent its allowance for the window."""
    limit = settings.FORM_RATE_LIMIT_REQUESTS
    window = settings.FORM_RATE_LIMIT_SECONDS
    if limit <= 0:
        return True
    key = rate_limit_key(request)
    # add() starts the window only if none is running; incr() is atomic in every backend
    # that can be shared between processes (Redis, Memcached, the database).
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:
        # The window ended between add() and incr(): this is the first of a new one.
        cache.add(key, 1, timeout=window)
        count = 1
    if count is None:
        # django-redis with IGNORE_EXCEPTIONS answers None when Redis is down.
        return True
    return count <= limit
