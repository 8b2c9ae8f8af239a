"""Builds the home page, the site and the clinic settings of the demo site.

Every step is idempotent: what exists is left as editors made it, what is missing is created.
"""

from wagtail.models import Page, Site

from pages.models import ClinicSettings, HomePage

HOME = {
    "title": "Home",
    "seo_title": "Ketamine infusion therapy in Chicago",
    "hero_title": "Relief from depression, in days rather than months",
    "hero_text": (
        "Low-dose ketamine infusions, given and monitored by licensed clinicians at four "
        "Chicago-area clinics. Your first consultation is free."
    ),
    "summary": (
        "Ketamine infusion therapy for depression, anxiety and PTSD at four Chicago-area "
        "clinics: Wicker Park, Orland Park, Naperville and Palos Hills."
    ),
}


def ensure_home() -> HomePage:
    """Put the home page at the top of the tree and make it the default site's root."""
    home = HomePage.objects.first()
    root = Page.get_first_root_node()
    if home is None:
        # Wagtail's installer leaves a placeholder welcome page; the clinic's home replaces it.
        for placeholder in root.get_children().exact_type(Page):
            if placeholder.slug == "home":
                placeholder.delete()
        home = root.add_child(instance=HomePage(slug="home", **HOME))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Balance Ketamine",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or "Balance Ketamine"
        site.save()
    return home


def load(home: HomePage, site: Site) -> None:
    """Clinic settings with the demo brand; the defaults carry the crisis notice."""
    ClinicSettings.for_site(site)
