"""What every page with a visitor form does with a request: show the form, turn away bots
and floods, keep what was typed when something is wrong, store what is right, and thank the
visitor at an address of its own.

Shared by the consultation form (consultations/models.py) and the referral form
(referrals/models.py). Storing is each page's `process_form_submission`; staff are emailed
later, by another process (consultations/notifications.py), so no visitor waits on mail.
"""

import logging

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from wagtail.contrib.routable_page.models import path

from clinic_site.ratelimit import allow

logger = logging.getLogger(__name__)


class SeeOther(HttpResponseRedirect):
    """A redirect that tells the browser to fetch the next page with GET."""

    status_code = 303


class VisitorFormPageMixin:
    """For a RoutablePageMixin + FormMixin page: the post, the refusals and the thank-you page.

    The page defines `form_view` (its address) and calls `handle_post` from it for a POST.
    """

    rate_limited_template = "consultations/consultation_page_rate_limited.html"

    # Set by `serve()` to the request being answered; None for a preview.
    serving_request = None

    def serve(self, request, *args, **kwargs):
        # Wagtail fetches the page afresh for each request, so this never outlives it.
        self.serving_request = request
        return super().serve(request, *args, **kwargs)

    def handle_post(self, request):
        form = self.get_form(request.POST, page=self, user=request.user)
        if form.is_spam():
            # Look like success, so a bot learns nothing; store and send nothing.
            logger.info("%s: honeypot filled; request discarded.", self._meta.verbose_name)
            return self.thank_you_redirect(request)
        if not form.is_valid():
            response = self.render_form(request, form)
            # This copy holds what the visitor typed: keep it out of every cache.
            add_never_cache_headers(response)
            return response
        # Only requests that would be stored count towards the limit, so a visitor correcting
        # their answers is never turned away.
        if not allow(
            request, "form", settings.FORM_RATE_LIMIT_REQUESTS, settings.FORM_RATE_LIMIT_SECONDS
        ):
            return self.render_rate_limited(request, crisis_answered_yes=form.is_urgent())
        self.process_form_submission(form)
        if form.is_urgent():
            return self.render_urgent_thank_you(request)
        return self.thank_you_redirect(request)

    def render_form(self, request, form, status: int = 200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def render_rate_limited(self, request, crisis_answered_yes: bool = False):
        context = self.get_context(request)
        context["crisis_answered_yes"] = crisis_answered_yes
        response = TemplateResponse(request, self.rate_limited_template, context, status=429)
        response["Retry-After"] = str(settings.FORM_RATE_LIMIT_SECONDS)
        add_never_cache_headers(response)
        return response

    def render_urgent_thank_you(self, request):
        """The thank-you page with the crisis panel first, answered straight to the post.

        Not a redirect: the thank-you address would then have to carry the visitor's answer
        (in the URL or a cookie). Reloading asks before sending again, as any form post does.
        """
        response = self.render_landing_page(request)
        response.context_data["meta_noindex"] = True
        response.context_data["crisis_answered_yes"] = True
        add_never_cache_headers(response)
        return response

    def thank_you_redirect(self, request):
        # Post/redirect/get: the address carries nothing the visitor typed, and reloading
        # the thank-you page cannot send the request twice.
        return SeeOther(self.get_url(request) + self.reverse_subpage("thank_you"))

    @path("thank-you/", name="thank_you")
    def thank_you(self, request):
        response = self.render_landing_page(request)
        # A thank-you note is nothing to find in a search engine.
        response.context_data["meta_noindex"] = True
        return response
