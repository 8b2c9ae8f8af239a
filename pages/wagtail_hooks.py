from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Provider, Testimonial


class ProviderViewSet(SnippetViewSet):
    model = Provider
    icon = "user"
    menu_label = "Providers"
    list_display = ["name", "credentials", "role"]
    search_fields = ["name"]
    add_to_admin_menu = True
    menu_order = 300


class TestimonialViewSet(SnippetViewSet):
    model = Testimonial
    icon = "openquote"
    menu_label = "Testimonials"
    list_display = ["attribution", "condition", "consent_recorded", "live"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(ProviderViewSet)
register_snippet(TestimonialViewSet)
