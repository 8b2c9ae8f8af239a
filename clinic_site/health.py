"""/healthz: whether this server can reach its database and cache, for load balancers."""

from uuid import uuid4

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


def database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def cache_ok() -> bool:
    # A Redis outage is ignored by the cache client (set and get quietly do nothing), so a
    # round trip of a fresh value is the only way to notice it.
    key, value = f"healthz:{uuid4().hex}", uuid4().hex
    cache.set(key, value, timeout=10)
    ok = cache.get(key) == value
    cache.delete(key)
    return ok


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """200 while the database answers; 503 when it does not. A cache outage only degrades
    speed, so it is reported but keeps the 200."""
    checks = {"database": database_ok(), "cache": cache_ok()}
    body = {name: "ok" if ok else "unavailable" for name, ok in checks.items()}
    body["status"] = "ok" if checks["database"] else "unavailable"
    return JsonResponse(body, status=200 if checks["database"] else 503)
