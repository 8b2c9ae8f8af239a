import pytest

from demo import referrals as demo_referrals
from referrals.models import ReferralPage
from tests.referrals.referral import URL, VALID


@pytest.fixture
def referral_page(home, site):
    """The "For clinicians" page, as the demo loader builds it."""
    demo_referrals.load(home=home, site=site)
    return ReferralPage.objects.get()


@pytest.fixture
def refer(client, referral_page):
    """Post a referral as a browser would: the valid one unless told otherwise."""

    def post(data=None, **extra):
        return client.post(URL, VALID if data is None else data, **extra)

    return post


@pytest.fixture
def front_desk(client, make_staff):
    """A client signed in as a member of the Front desk group."""
    client.force_login(make_staff("fran", "Front desk"))
    return client


@pytest.fixture
def editor(client, make_staff):
    """A client signed in as a member of the Editors group."""
    client.force_login(make_staff("ed", "Editors"))
    return client
