import pytest

from consultations.models import ConsultationPage
from tests.consultations.consultation import LOCATIONS, URL, VALID


@pytest.fixture
def with_locations(monkeypatch):
    """Two live locations, standing in for the locations app's pages."""
    monkeypatch.setattr(ConsultationPage, "live_locations", property(lambda self: LOCATIONS))
    return LOCATIONS


@pytest.fixture
def send(client):
    """Post a request as a browser would."""

    def post(data=None, **extra):
        return client.post(URL, VALID if data is None else data, **extra)

    return post


@pytest.fixture
def form_page(consultation_page):
    return consultation_page


@pytest.fixture
def front_desk(client, make_staff):
    client.force_login(make_staff("fran", "Front desk"))
    return client
