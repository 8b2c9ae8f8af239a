"""Error pages that render without the database, which may be the thing that failed."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils.cache import add_never_cache_headers

from clinic_site.phone import tel_href

# Seconds after which a visitor's browser (or a proxy) may try again.
RETRY_AFTER = 30


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a friendly 503 when the database is unreachable, the plain 500 otherwise.

    Django calls this while handling the exception, so sys.exc_info() names it.
    """
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        return database_unavailable(request)
    return HttpResponseServerError(loader.render_to_string("500.html"))


def database_unavailable(request: HttpRequest) -> HttpResponse:
    phone = settings.CLINIC_FALLBACK_PHONE
    context = {
        "phone": phone,
        "phone_href": tel_href(phone),
        # A form sent during the outage was lost: the visitor must know to send it again.
        "form_sent": request.method == "POST",
    }
    html = loader.render_to_string("503.html", context)
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    add_never_cache_headers(response)
    return response
