"""Medical review in Spanish (pages/review/translations.py): a translation of a clinical page is
reviewed on its own, and never shows the English page's review."""

import datetime

from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from demo import spanish
from pages.models import HomePage, put_under_medical_review
from pages.review.permissions import requires_medical_review
from pages.translation_check import needs_check
from tests.factories import ArticleIndexPageFactory, ArticlePageFactory, ProviderFactory
from tests.pages.review.test_permissions import _home_form


def test_a_spanish_clinical_page_cannot_be_published_without_review(client, home, editor):
    put_under_medical_review(home)
    spanish_home = spanish.ensure_translation(home, spanish.ensure_locale("es"), spanish.HOME)
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[spanish_home.pk])

    form = client.get(edit_url).content.decode()
    data = _home_form("action-publish", "Palabras sin revisar")
    data.update(title=spanish_home.title, slug=spanish_home.slug)
    response = client.post(edit_url, data)

    assert requires_medical_review(spanish_home)
    assert 'name="action-publish"' not in form
    assert "Submit to Medical review" in form
    assert response.status_code == 302  # saved as a draft, not published
    spanish_home = HomePage.objects.get(pk=spanish_home.pk)
    assert spanish_home.hero_title != "Palabras sin revisar"
    assert spanish_home.has_unpublished_changes


def test_a_translation_never_carries_the_english_review(home):
    learn = ArticleIndexPageFactory(parent=home)
    english = ArticlePageFactory(
        parent=learn,
        medical_reviewer=ProviderFactory(),
        last_reviewed=datetime.date(2026, 3, 2),
        next_review_due=datetime.date(2027, 3, 2),
    )
    locale = spanish.ensure_locale("es")
    spanish.ensure_translation(home, locale, spanish.HOME)

    translated = spanish.ensure_translation(english, locale, {"title": "Artículo"})
    # wagtail-localize copies synchronised fields again each time editors sync from English.
    source, _created = TranslationSource.get_or_create_from_instance(english)
    source.create_or_update_translation(Locale.objects.get(language_code="es"), fallback=True)
    translated.refresh_from_db()

    assert translated.medical_reviewer is None
    assert translated.last_reviewed is None
    assert translated.next_review_due is None


def test_a_demo_translation_asks_for_a_translators_check_until_it_is_saved(
    admin_client, home, admin_user
):
    spanish_home = spanish.ensure_translation(home, spanish.ensure_locale("es"), spanish.HOME)
    edit_url = reverse("wagtailadmin_pages:edit", args=[spanish_home.pk])

    assert needs_check(spanish_home)
    assert "qualified medical translator" in admin_client.get(edit_url).content.decode()

    spanish_home.save_revision(user=admin_user)

    assert not needs_check(HomePage.objects.get(pk=spanish_home.pk))
