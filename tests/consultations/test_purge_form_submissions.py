"""manage.py purge_form_submissions: requests are deleted once the clinic need not keep them."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from consultations.models import ConsultationSubmission


def _age(submission, days: int) -> None:
    type(submission).objects.filter(pk=submission.pk).update(
        submit_time=timezone.now() - timedelta(days=days)
    )


def test_purge_deletes_only_requests_older_than_the_retention(consultation_page):
    old = ConsultationSubmission.objects.create(page=consultation_page, form_data={"a": 1})
    recent = ConsultationSubmission.objects.create(page=consultation_page, form_data={"a": 2})
    other_form_old = FormSubmission.objects.create(page=consultation_page, form_data={"b": 1})
    _age(old, 91)
    _age(recent, 89)
    _age(other_form_old, 120)

    output = StringIO()
    call_command("purge_form_submissions", stdout=output)

    assert "Deleted 2 form submission(s) older than 90 days." in output.getvalue()
    assert list(ConsultationSubmission.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not FormSubmission.objects.exists()


def test_purge_follows_days_option_and_setting(settings, consultation_page):
    submission = ConsultationSubmission.objects.create(page=consultation_page, form_data={})
    _age(submission, 31)
    settings.FORM_SUBMISSION_RETENTION_DAYS = 60

    call_command("purge_form_submissions", stdout=StringIO())
    assert ConsultationSubmission.objects.exists()

    call_command("purge_form_submissions", "--days", "30", stdout=StringIO())
    assert not ConsultationSubmission.objects.exists()


def test_purge_dry_run_deletes_nothing_and_zero_days_is_refused(consultation_page):
    submission = ConsultationSubmission.objects.create(page=consultation_page, form_data={})
    _age(submission, 200)

    call_command("purge_form_submissions", "--dry-run", stdout=StringIO())
    assert ConsultationSubmission.objects.exists()

    with pytest.raises(CommandError):
        call_command("purge_form_submissions", "--days", "0")
