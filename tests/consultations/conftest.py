import pytest

from consultations.models import ConsultationPage
from tests.consultations.consultation import LOCATIONS


@pytest.fixture
def with_locations(monkeypatch):
    """Two live locations, standing in for the locations app's pages."""
    monkeypatch.setattr(ConsultationPage, "live_locations", property(lambda self: LOCATIONS))
    return LOCATIONS


@pytest.fixture
def form_page(consultation_page):
    """The form whose submissions staff read: the consultation form page."""
    return consultation_page


@pytest.fixture
def front_desk(client, make_staff):
    """A client signed in as a member of the Front desk group."""
    client.force_login(make_staff("fran", "Front desk"))
    return client
