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
