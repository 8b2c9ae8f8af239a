from wagtail import hooks

from .counting import PAGE_ATTR


# Inside Wagtail's view-restriction check (as pages/wagtail_hooks.py's page-cache hook): a
# page is counted only when it was shown.
@hooks.register("on_serve_page", order=100)
def note_page_for_counting(serve):
    def inner(page, request, serve_args, serve_kwargs):
        setattr(request, PAGE_ATTR, page)
        return serve(page, request, serve_args, serve_kwargs)

    return inner
