import pytest
from django.core.management import call_command
from django.db import transaction
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


@pytest.fixture(scope="module")
def demo_site_for_module(django_db_setup, django_db_blocker):
    """The whole demo site, built once for a test module that only reads it.

    Each test still runs in its own transaction inside this one, and everything is rolled
    back when the module ends, so other modules never see the demo content.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        yield Site.objects.get(is_default_site=True)
        transaction.set_rollback(True)
