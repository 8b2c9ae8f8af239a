"""The site-wide closure banner, shown under the crisis notice when every clinic is affected."""

from django import template

from locations.closures import notices_for_request

register = template.Library()


@register.inclusion_tag("locations/components/closure_banner.html", takes_context=True)
def closure_banner(context) -> dict:
    """Every page renders this, so every page is kept in the page cache no later than the next
    start or end of a notice (locations.closures)."""
    request = context.get("request")
    if request is None:
        return {"notices": []}
    schedule, now = notices_for_request(request)
    return {"notices": schedule.site_wide(now)}
