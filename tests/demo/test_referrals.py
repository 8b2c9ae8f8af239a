"""The "For clinicians" page the demo builds (demo/referrals.py)."""

from django.core.management import call_command

from referrals.models import ReferralPage
from tests.referrals.referral import URL


def test_demo_loader_builds_the_page_for_clinicians_with_placeholders(demo_site):
    page = ReferralPage.objects.get()

    assert page.url == URL and page.live
    # The clinic's pages give no fax number or clinical exclusions: staff fill these in.
    assert page.referral_fax == "(312) 555-0100"
    assert "[Placeholder for staff" in page.good_candidates


def test_demo_loader_leaves_the_edited_page_alone(demo_site):
    page = ReferralPage.objects.get()
    page.title = "Referring clinicians"
    page.save_revision().publish()

    call_command("load_demo_content", verbosity=0)

    assert ReferralPage.objects.get().title == "Referring clinicians"
