"""Response headers and request checks that protect every page of the site."""

from collections.abc import Callable
from functools import cache
from urllib.parse import unquote_to_bytes

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import reverse


@cache
def admin_path_prefix() -> str:
    return reverse("wagtailadmin_home")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy for staff pages.

    Public pages get settings.CONTENT_SECURITY_POLICY (no inline script); the Wagtail admin,
    which needs inline script, gets settings.ADMIN_CONTENT_SECURITY_POLICY.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        # Wagtail renders a preview by passing a made-up request for the page's public address
        # through the middleware. Its response is shown in the editor's preview frame, and the
        # admin's own response keeps the header set here: with the public policy's
        # "frame-ancestors 'none'" the browser would refuse to show the preview.
        is_preview = getattr(request, "is_dummy", False)
        if (
            not report_only
            and parts.config is None
            and (is_preview or request.path_info.startswith(admin_path_prefix()))
        ):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class RejectNullBytesMiddleware:
    """Answer 400 to addresses with a NUL byte, which no page has.

    PostgreSQL refuses NUL in text, so such a path or query would otherwise reach a page
    lookup or a search and end as a 500.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path_info or b"\x00" in unquote_to_bytes(query):
            return HttpResponseBadRequest(
                "This address is not valid.", content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)
