"""manage.py purge_form_submissions (consultations/) deletes old referrals too."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from referrals.models import ReferralSubmission


def _aged(page, days: int) -> ReferralSubmission:
    submission = ReferralSubmission.objects.create(page=page, form_data={"npi": "1234567893"})
    ReferralSubmission.objects.filter(pk=submission.pk).update(
        submit_time=timezone.now() - timedelta(days=days)
    )
    return submission


def test_purge_removes_referrals_older_than_the_retention(referral_page):
    _aged(referral_page, 91)
    recent = _aged(referral_page, 89)

    output = StringIO()
    call_command("purge_form_submissions", stdout=output)

    assert "Deleted 1 form submission(s) older than 90 days." in output.getvalue()
    assert list(ReferralSubmission.objects.values_list("pk", flat=True)) == [recent.pk]


def test_dry_run_counts_old_referrals_and_keeps_them(referral_page):
    _aged(referral_page, 200)

    output = StringIO()
    call_command("purge_form_submissions", "--dry-run", stdout=output)

    assert "Would delete 1 form submission(s)" in output.getvalue()
    assert ReferralSubmission.objects.count() == 1
