"""Where a self-check's answers are posted when the visitor's browser runs no JavaScript.

The view is exempt from CSRF checks, on purpose: Django's check needs a cookie, and these pages
set none. CSRF protects actions done in a visitor's name; this one does nothing in anyone's
name. It reads the answers, scores them and answers with the result, storing and logging
nothing, and another site that made a browser post here could not read the answer (the
same-origin policy, and `frame-ancestors 'none'`). tests/selfcheck/test_views.py proves that it
writes no row and sets no cookie.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Site

from pages.listings import public_pages

from .models import SelfCheckPage


@csrf_exempt
@require_POST
def result(request: HttpRequest, page_id: int) -> HttpResponse:
    site = Site.find_for_request(request)
    pages = public_pages(SelfCheckPage.objects.live(), request)
    if site is not None:
        pages = pages.in_site(site)
    page = get_object_or_404(pages, pk=page_id)
    return page.serve_result(request)
