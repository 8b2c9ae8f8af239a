"""The emails a stored referral sends, through the consultation form's queue
(consultations/notifications.py): one to staff, and one to the referrer when they gave an
email address. Neither names the patient; the staff email does not name the referrer either.
"""

from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from wagtail.models import Site

from consultations import notifications
from pages.models import ClinicSettings

from .models import ReferralSubmission

STAFF_SUBJECT = "New referral from a clinician"
REFERRER_SUBJECT = "We received your referral"


def staff_body(submission: ReferralSubmission) -> str:
    # Built from the admin link alone: never from form_data.
    return "\n".join(
        [
            "A clinician sent a new referral through the website.",
            "",
            "Read it in the admin (staff sign-in required):",
            notifications.admin_url(submission),
            "",
            "This email holds no details of the referral, on purpose. Please don't forward "
            "patients' details by email.",
        ]
    )


def referrer_body(submission: ReferralSubmission, clinic_settings: ClinicSettings) -> str:
    # Deliberately without the patient's name, initial or phone: a mailbox is not the place.
    page = submission.page.specific
    received = timezone.localtime(submission.submit_time).strftime("%B %-d, %Y")
    phone = page.phone(clinic_settings)
    lines = [
        f"Thank you for your referral to {clinic_settings.clinic_name}.",
        "",
        f"We received it on {received}. Our team will contact the patient to arrange a "
        "consultation and will keep you informed as the referral page describes.",
        "",
        "For your privacy and your patient's, this email does not repeat any details of the "
        "referral.",
    ]
    if phone:
        lines += ["", f"Questions about a referral: call {phone}."]
    lines += ["", "If you did not send a referral, please ignore this email."]
    return "\n".join(lines)


def referral_messages(submission: ReferralSubmission) -> list[EmailMultiAlternatives]:
    messages = [
        EmailMultiAlternatives(
            STAFF_SUBJECT, staff_body(submission), None, submission.staff_recipients
        )
    ]
    if submission.referrer_email:
        site = submission.page.get_site() or Site.objects.get(is_default_site=True)
        clinic_settings = ClinicSettings.for_site(site)
        messages.append(
            EmailMultiAlternatives(
                REFERRER_SUBJECT,
                referrer_body(submission, clinic_settings),
                None,
                [submission.referrer_email],
            )
        )
    return messages


notifications.register(ReferralSubmission, referral_messages)
