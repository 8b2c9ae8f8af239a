"""Builds the "For clinicians" page at /for-clinicians/: what the clinic asks of referrers,
and the referral form.

Idempotent: an existing referral page is left as staff made it. The clinical copy keeps to
what the clinic's own pages say; what they do not say is a bracketed placeholder for staff
to replace in the admin.
"""

from wagtail.models import Site

from pages.models import HomePage
from referrals.models import ReferralPage

PAGE = {
    "title": "For clinicians",
    "slug": "for-clinicians",
    "seo_title": "Refer a patient for ketamine treatment",
    "summary": (
        "Psychiatrists, primary-care doctors and therapists: refer a patient to one of our "
        "four Chicago-area clinics online, or print a referral sheet to fax."
    ),
    "intro": (
        "<p>Many of our patients come to us through their psychiatrist, doctor or "
        "therapist. This page is for you: who we see, what we need from you, and how to "
        "send a referral.</p>"
    ),
    "good_candidates": (
        "<p>We see adults with depression that has not eased after two or more adequate "
        "trials of antidepressant medication and psychotherapy (treatment-resistant "
        "depression), and patients with anxiety or PTSD that other treatments have not "
        "helped.</p>"
        "<p>[Placeholder for staff: the conditions and medications that rule out treatment "
        "at our clinics, as our medical director sets them.]</p>"
    ),
    "what_we_need": (
        "<ul><li>The referral form below, or the printed referral sheet.</li>"
        "<li>Your patient's agreement that we may call them.</li>"
        "<li>[Placeholder for staff: the records we ask for once we have spoken to the "
        "patient, and how to send them securely.]</li></ul>"
    ),
    "reporting_back": (
        "<p>We let you know when your patient has been seen for a consultation, and whether "
        "treatment goes ahead. [Placeholder for staff: how and how often the clinic sends "
        "progress notes.]</p>"
    ),
    "thank_you_text": (
        "<p>We have your referral. Our care team will call your patient, usually within one "
        "business day, to arrange a consultation.</p>"
    ),
    # The clinic's pages give no fax number: a fictional 555-01xx number staff replace.
    "referral_fax": "(312) 555-0100",
    # A reserved example domain: staff put their real addresses here in the admin.
    "to_address": "referrals@clinic.example",
}


def load(home: HomePage, site: Site) -> None:
    if ReferralPage.objects.exists():
        return
    page = ReferralPage(**PAGE)
    home.add_child(instance=page)
    page.save_revision().publish()
