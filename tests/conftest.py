import pytest
from django.core.management import call_command
from wagtail.models import Site

from pages.demo.loader import ensure_home


@pytest.fixture
def home(db):
    """A site whose root is the clinic's home page, as the demo loader builds it."""
    return ensure_home()


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def demo_site(db):
    """The whole demo site, built by the same command `make run` uses."""
    call_command("load_demo_content", verbosity=0)
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def consultation_page(home, site):
    """The consultation form page with its default questions, as the demo loader builds it."""
    from pages.demo import forms as demo_forms
    from pages.models import ConsultationPage

    demo_forms.load(home=home, site=site)
    return ConsultationPage.objects.get()


# A password that passes the site's password rules, for every staff account the tests make.
STAFF_PASSWORD = "plum-harbour-lantern-47"


@pytest.fixture
def make_staff(db, django_user_model):
    """Make a staff member in the named groups (created by pages' migrations)."""
    from django.contrib.auth.models import Group

    def make(username: str, *groups: str, **fields):
        user = django_user_model.objects.create_user(
            username=username,
            email=f"{username}@clinic.example",
            password=STAFF_PASSWORD,
            **fields,
        )
        user.groups.add(*Group.objects.filter(name__in=groups))
        return user

    return make
