"""The consultations admin views: the submissions list and its spreadsheet export."""

import csv
import io

from django.urls import reverse

from consultations.models import ConsultationSubmission


def test_a_csv_export_never_runs_a_visitors_answer_as_a_formula(front_desk, form_page):
    ConsultationSubmission.objects.create(
        page=form_page,
        form_data={
            "first_name": '=HYPERLINK("http://attacker.example","Open")',
            "last_name": "+1+cmd",
            "message": "-2+3",
            "email": "@SUM(A1)",
            "phone": "(773) 555-0199",
        },
    )

    response = front_desk.get(
        reverse("wagtailforms:list_submissions", args=[form_page.pk]) + "?export=csv"
    )
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert len(rows) == 1
    cells = rows[0].values()
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert '\'=HYPERLINK("http://attacker.example","Open")' in cells
    assert "'-2+3" in cells
    assert "(773) 555-0199" in cells
