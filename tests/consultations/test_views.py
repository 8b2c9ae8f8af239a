"""The consultations admin views: the submissions list (in front-desk order, with each
request's status), its spreadsheet export, and the page where Front desk sets a status."""

import csv
import io

from django.urls import reverse

from consultations.desk import change_status
from consultations.models import ConsultationSubmission
from tests.consultations.consultation import assert_holds_no_answers, page_soup

Status = ConsultationSubmission.Status


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


def _request(form_page, first_name: str, **fields) -> ConsultationSubmission:
    return ConsultationSubmission.objects.create(
        page=form_page, form_data={"first_name": first_name}, **fields
    )


def _list_url(form_page) -> str:
    return reverse("wagtailforms:list_submissions", args=[form_page.pk])


def _status_url(item) -> str:
    return reverse("consultation_request_status", args=[item.pk])


def _first_names(soup) -> list[str]:
    column = [th.get("id") for th in soup.select("thead th")].index("first_name")
    return [row.find_all("td")[column].get_text(strip=True) for row in soup.select("tbody tr")]


def test_the_list_shows_urgent_new_requests_on_top_then_new_ones(front_desk, form_page):
    _request(form_page, "Booked-One", status=Status.BOOKED)
    _request(form_page, "Urgent-One", urgent=True)
    _request(form_page, "New-One")

    soup = page_soup(front_desk.get(_list_url(form_page)))

    rows = soup.select("tbody tr")
    assert _first_names(soup) == ["Urgent-One", "New-One", "Booked-One"]
    assert "Urgent: answer today" in rows[0].get_text()
    assert "Urgent" not in rows[1].get_text()
    statuses = [row.select_one(".desk-request__status a").get_text(strip=True) for row in rows]
    assert statuses == ["New", "New", "Booked"]


def test_a_clicked_column_heading_still_orders_the_list(front_desk, form_page):
    _request(form_page, "First-Sent")
    _request(form_page, "Urgent-Later", urgent=True)

    soup = page_soup(front_desk.get(_list_url(form_page) + "?order_by=submit_time"))

    assert _first_names(soup) == ["First-Sent", "Urgent-Later"]


def test_front_desk_marks_a_request_contacted(front_desk, form_page):
    item = _request(form_page, "Zelphina")

    response = front_desk.post(_status_url(item), {"status": "contacted"}, follow=True)

    item.refresh_from_db()
    assert item.status == Status.CONTACTED
    [change] = item.status_history.all()
    assert change.changed_by.get_username() == "fran"
    assert response.redirect_chain[-1][0] == _list_url(form_page)
    assert f"Consultation request {item.pk} marked Contacted." in response.content.decode()


def test_the_status_page_shows_the_history_and_none_of_the_answers(
    front_desk, form_page, make_staff
):
    item = _request(form_page, "Zelphina", urgent=True)
    change_status(item, Status.CONTACTED, make_staff("sam", "Front desk", first_name="Sam"))

    response = front_desk.get(_status_url(item))

    assert response.status_code == 200
    history = " ".join(page_soup(response).find("table", class_="desk-history").get_text().split())
    assert "New to Contacted Sam" in history
    assert "Urgent: answer today" in response.content.decode()
    assert_holds_no_answers(response.content.decode())


def test_an_unknown_status_is_refused_and_nothing_changes(front_desk, form_page):
    item = _request(form_page, "Zelphina")

    response = front_desk.post(_status_url(item), {"status": "lost"})

    assert response.status_code == 200
    item.refresh_from_db()
    assert item.status == Status.NEW
    assert not item.status_history.exists()


def test_an_editor_cannot_change_a_requests_status(client, make_staff, form_page):
    item = _request(form_page, "Zelphina")
    client.force_login(make_staff("eddie", "Editors"))

    response = client.post(_status_url(item), {"status": "closed"})

    assert response.status_code in {302, 403}
    item.refresh_from_db()
    assert item.status == Status.NEW
