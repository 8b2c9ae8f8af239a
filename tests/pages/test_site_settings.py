"""Clinic settings (ClinicSettings, pages/models/site_settings.py): what staff set once and
every page shows."""


def test_crisis_notice_follows_site_settings(client, site):
    from pages.models import ClinicSettings

    settings = ClinicSettings.for_site(site)
    settings.crisis_notice = "Call or text 988 any time, day or night."
    settings.save()

    html = client.get("/").content.decode()

    assert "Call or text 988 any time, day or night." in html
