"""The front desk's helpers (consultations/desk.py): the order requests are listed in, the
count of new ones and how long the oldest has waited, changing a status with its history, and
the Front desk panel on the admin dashboard."""

from datetime import timedelta

import pytest
from django.utils import timezone

from consultations.desk import change_status, desk_order, waiting, waiting_for
from consultations.models import ConsultationSubmission, RequestStatusChange
from tests.consultations.consultation import assert_holds_no_answers

Status = ConsultationSubmission.Status


@pytest.fixture
def make_request(form_page):
    """A stored consultation request that arrived `hours_ago`."""

    def make(hours_ago: float = 0, **fields) -> ConsultationSubmission:
        item = ConsultationSubmission.objects.create(
            page=form_page, form_data={"first_name": "Zelphina"}, **fields
        )
        # submit_time is set when the row is made: move it back for the test.
        submit_time = timezone.now() - timedelta(hours=hours_ago)
        ConsultationSubmission.objects.filter(pk=item.pk).update(submit_time=submit_time)
        item.submit_time = submit_time
        return item

    return make


def test_urgent_new_requests_come_first_then_new_then_the_rest(make_request):
    contacted = make_request(hours_ago=0, status=Status.CONTACTED)
    older_new = make_request(hours_ago=5)
    urgent_but_closed = make_request(hours_ago=1, status=Status.CLOSED, urgent=True)
    newest_new = make_request(hours_ago=1)
    urgent = make_request(hours_ago=30, urgent=True)

    ordered = list(desk_order(ConsultationSubmission.objects.all()))

    assert ordered == [urgent, newest_new, older_new, contacted, urgent_but_closed]


def test_waiting_counts_new_requests_and_the_oldest_arrival(make_request):
    make_request(hours_ago=50, status=Status.BOOKED)
    oldest_new = make_request(hours_ago=3)
    make_request(hours_ago=1, urgent=True)

    figures = waiting(ConsultationSubmission.objects.all())

    assert figures.count == 2
    assert figures.urgent == 1
    assert figures.oldest == oldest_new.submit_time


def test_nothing_waiting_has_no_oldest(form_page):
    figures = waiting(ConsultationSubmission.objects.all())

    assert (figures.count, figures.urgent, figures.oldest) == (0, 0, None)


def test_changing_a_status_records_who_changed_it_and_when(make_request, make_staff):
    item = make_request()
    fran = make_staff("fran", "Front desk", first_name="Fran", last_name="Okafor")

    change = change_status(item, Status.CONTACTED, fran)

    item.refresh_from_db()
    assert item.status == Status.CONTACTED
    assert item.status_changed_at == change.changed_at
    [recorded] = item.status_history.all()
    assert (recorded.from_status, recorded.to_status) == (Status.NEW, Status.CONTACTED)
    assert recorded.changed_by == fran
    assert recorded.changed_by_name == "Fran Okafor"
    assert timezone.now() - recorded.changed_at < timedelta(minutes=1)


def test_the_history_keeps_every_change_newest_first(make_request, make_staff):
    item = make_request()
    fran = make_staff("fran", "Front desk")

    change_status(item, Status.CONTACTED, fran)
    change_status(item, Status.BOOKED, fran)

    steps = [(c.from_status, c.to_status) for c in item.status_history.all()]
    assert steps == [(Status.CONTACTED, Status.BOOKED), (Status.NEW, Status.CONTACTED)]


def test_saving_the_same_status_records_nothing(make_request, make_staff):
    item = make_request()

    assert change_status(item, Status.NEW, make_staff("fran", "Front desk")) is None
    assert not RequestStatusChange.objects.exists()


def test_an_unknown_status_is_refused(make_request, make_staff):
    item = make_request()

    with pytest.raises(ValueError):
        change_status(item, "lost", make_staff("fran", "Front desk"))
    item.refresh_from_db()
    assert item.status == Status.NEW


def test_the_history_says_who_after_their_account_is_removed(make_request, make_staff):
    item = make_request()
    fran = make_staff("fran", "Front desk")
    change_status(item, Status.CONTACTED, fran)

    fran.delete()

    [recorded] = item.status_history.all()
    assert recorded.changed_by is None
    assert recorded.changed_by_name == "fran"


def test_deleting_a_request_deletes_its_history(make_request, make_staff):
    item = make_request()
    change_status(item, Status.CONTACTED, make_staff("fran", "Front desk"))

    ConsultationSubmission.objects.filter(pk=item.pk).delete()

    assert not RequestStatusChange.objects.exists()


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (30, "less than a minute"),
        (60, "1 minute"),
        (59 * 60, "59 minutes"),
        (2 * 3600 + 59 * 60, "2 hours"),
        (24 * 3600, "1 day"),
        (3 * 24 * 3600 + 5, "3 days"),
    ],
)
def test_waiting_times_read_in_words(seconds, words):
    assert waiting_for(seconds) == words


# --- The dashboard -------------------------------------------------------------------------


def _panel(response):
    from tests.consultations.consultation import page_soup

    return page_soup(response).find(id="front-desk-section")


def test_dashboard_shows_front_desk_the_new_count_and_the_oldest_wait(front_desk, make_request):
    make_request(hours_ago=3)
    make_request(hours_ago=1, urgent=True)
    make_request(hours_ago=9, status=Status.CLOSED)

    panel = _panel(front_desk.get("/admin/"))

    text = " ".join(panel.get_text().split())
    assert (
        "Consultation requests: 2 new, 1 urgent: answer today; the oldest waiting 3 hours" in text
    )
    assert_holds_no_answers(panel.decode())
    assert "Zelphina" not in front_desk.get("/admin/").content.decode()


def test_dashboard_count_drops_when_a_request_is_contacted(front_desk, make_request, make_staff):
    item = make_request(hours_ago=2)
    make_request(hours_ago=1)

    change_status(item, Status.CONTACTED, make_staff("sam", "Front desk"))

    text = " ".join(_panel(front_desk.get("/admin/")).get_text().split())
    assert "1 new" in text
    assert "the oldest waiting 1 hour" in text


def test_the_panel_reads_each_queue_in_one_query_however_many_wait(
    make_request, django_assert_num_queries
):
    from consultations.desk import FrontDeskPanel
    from consultations.wagtail_hooks import consultation_queue

    for hours in range(12):
        make_request(hours_ago=hours, urgent=hours % 3 == 0)
    panel = FrontDeskPanel([consultation_queue()])

    # One for the counts, one for the address of the list of requests.
    with django_assert_num_queries(2):
        [row] = panel.get_context_data()["rows"]
    assert (row["count"], row["urgent"]) == (12, 4)


def test_editors_see_no_front_desk_panel(client, make_staff, make_request):
    make_request()
    client.force_login(make_staff("eddie", "Editors"))

    assert _panel(client.get("/admin/")) is None
