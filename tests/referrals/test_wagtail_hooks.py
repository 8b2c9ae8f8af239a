"""Who reads referrals: the consultation form's rules (consultations/wagtail_hooks.py) hold
for them too. Front desk reads and exports them; Editors edit the page without reading them."""

import pytest
from django.urls import reverse

from referrals.models import ReferralSubmission
from tests.consultations.consultation import page_soup


@pytest.fixture
def submission(referral_page):
    return ReferralSubmission.objects.create(
        page=referral_page,
        form_data={"patient_first_name": "Wren", "practice": '=HYPERLINK("x")'},
    )


def _refused(response) -> bool:
    # The admin answers a forbidden page with a redirect to the dashboard, or a 403.
    return response.status_code in (302, 403)


def test_front_desk_lists_the_page_and_reads_its_referrals(front_desk, submission):
    forms = front_desk.get(reverse("wagtailforms:index"))
    listing = front_desk.get(reverse("wagtailforms:list_submissions", args=[submission.page_id]))

    assert "For clinicians" in forms.content.decode()
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Wren" in html
    assert "Patient&#x27;s first name" in html or "Patient's first name" in html


def test_front_desk_exports_referrals_without_live_formulas(front_desk, submission):
    url = reverse("wagtailforms:list_submissions", args=[submission.page_id])

    response = front_desk.get(url + "?export=csv")

    assert response.status_code == 200
    csv = b"".join(response.streaming_content).decode()
    assert "Wren" in csv
    assert "'=HYPERLINK" in csv
    assert "Your NPI number" in csv.splitlines()[0]


def test_front_desk_cannot_edit_the_page(front_desk, referral_page):
    assert _refused(front_desk.get(reverse("wagtailadmin_pages:edit", args=[referral_page.pk])))


def test_editors_edit_the_page_without_reading_referrals(editor, submission):
    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[submission.page_id]))
    listing = editor.get(reverse("wagtailforms:list_submissions", args=[submission.page_id]))
    export = editor.get(
        reverse("wagtailforms:list_submissions", args=[submission.page_id]) + "?export=csv"
    )
    forms = editor.get(reverse("wagtailforms:index"))

    assert edit.status_code == 200
    assert _refused(listing)
    assert _refused(export)
    assert "For clinicians" not in forms.content.decode()


# --- At the front desk: a referral's status, and its line on the dashboard ----------------


def test_front_desk_marks_a_referral_contacted_and_the_history_says_who(front_desk, submission):
    listing = front_desk.get(reverse("wagtailforms:list_submissions", args=[submission.page_id]))
    status_url = reverse("referral_status", args=[submission.pk])
    assert status_url in listing.content.decode()

    response = front_desk.post(status_url, {"status": "contacted"})

    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "contacted"
    [change] = submission.status_history.all()
    assert (change.from_status, change.to_status, change.changed_by_name) == (
        "new",
        "contacted",
        "fran",
    )


def test_editors_cannot_change_a_referrals_status(editor, submission):
    response = editor.post(reverse("referral_status", args=[submission.pk]), {"status": "closed"})

    assert _refused(response)
    submission.refresh_from_db()
    assert submission.status == "new"


def test_the_dashboard_counts_new_referrals_apart_from_consultations(front_desk, submission):
    def panel_text() -> str:
        panel = page_soup(front_desk.get("/admin/")).find(id="front-desk-section")
        return " ".join(panel.get_text().split())

    before = panel_text()
    front_desk.post(reverse("referral_status", args=[submission.pk]), {"status": "booked"})

    assert "Referrals: 1 new" in before
    assert "Referrals: 0 new" in panel_text()
    assert "Wren" not in before
