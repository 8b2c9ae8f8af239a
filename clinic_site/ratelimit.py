"""Per-address limits on form submissions and searches, kept in Django's cache.

The cache holds a keyed hash of the address, never the address itself. When the cache is
unreachable the limit is skipped: refusing every visitor would be worse than a little spam.
"""

import ipaddress
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)

KEY_SALT = "clinic_site.ratelimit"


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


def allow(request: HttpRequest, scope: str, limit: int, window: int) -> bool:
    """Count this request against its address's allowance of `limit` requests in each window of
    `window` seconds; False once that is spent. `limit` 0 turns the limit off.

    Windows are fixed (the key names the window), so a count never depends on how a cache
    backend keeps an entry's lifetime when it is incremented. The count lives in the cache that
    every worker and server shares, so the limit holds across all of them.
    """
    if limit <= 0:
        return True
    digest = salted_hmac(KEY_SALT, client_address(request)).hexdigest()
    key = f"ratelimit:{scope}:{int(time.time() // window)}:{digest}"
    # add() starts the count only if none is running; incr() is atomic in every backend that
    # processes share (Redis; clinic_site.cache.SharedFileCache by its lock).
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:
        # The entry expired between add() and incr(): this is the first of a new count.
        cache.add(key, 1, timeout=window)
        count = 1
    if count is None:
        # django-redis with IGNORE_EXCEPTIONS answers None when Redis is down.
        return True
    return count <= limit
