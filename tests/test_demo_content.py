"""The demo loader that `make run` and `make demo` use."""

from django.core.management import call_command
from wagtail.models import Page, Site

from pages.models import ClinicSettings, HomePage


def _snapshot():
    return sorted(Page.objects.values_list("url_path", "latest_revision_id"))


def test_demo_loader_builds_a_home_page_at_the_site_root(demo_site, client):
    home = HomePage.objects.get()

    assert demo_site.root_page_id == home.pk
    assert home.live
    assert ClinicSettings.for_site(demo_site).clinic_name == "Balance Ketamine"
    assert client.get("/").status_code == 200


def test_demo_loader_replaces_wagtails_welcome_page(demo_site):
    assert not Page.objects.filter(depth=2).exclude(pk=demo_site.root_page_id).exists()


def test_second_run_changes_and_duplicates_nothing(demo_site):
    before = _snapshot()

    call_command("load_demo_content", verbosity=0)

    assert _snapshot() == before
    assert Site.objects.count() == 1


def test_if_empty_leaves_a_site_with_pages_alone(demo_site):
    home = HomePage.objects.get()
    home.hero_title = "Edited by staff"
    home.save_revision().publish()
    before = _snapshot()

    call_command("load_demo_content", "--if-empty", verbosity=0)

    assert _snapshot() == before
    assert HomePage.objects.get().hero_title == "Edited by staff"
