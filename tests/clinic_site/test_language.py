"""The address alone says the language: /es/ is Spanish, everything else English."""

from django.test import RequestFactory

from clinic_site.language import LanguageFromAddressMiddleware, language_of, language_tag


def test_spanish_addresses_are_spanish_and_every_other_address_is_english():
    assert language_of("/es/") == "es"
    assert language_of("/es/aprender/que-es-la-ketamina/") == "es"
    assert language_of("/") == "en"
    assert language_of("/learn/what-is-ketamine/") == "en"
    assert language_of("/escalera/") == "en"  # a slug that starts like a language is not one
    assert language_of("/fr/") == "en"  # a language the site does not have


def test_browser_language_never_changes_the_language_of_a_page(client, spanish_home):
    english = client.get("/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")
    spanish = client.get("/es/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    assert english.status_code == spanish.status_code == 200
    assert '<html lang="en-US">' in english.content.decode()
    assert '<html lang="es">' in spanish.content.decode()
    # One copy of each address for every visitor: nothing tells caches it varies by language.
    assert "Accept-Language" not in english.get("Vary", "")
    assert "Accept-Language" not in spanish.get("Vary", "")
    assert english["Content-Language"] == "en"
    assert spanish["Content-Language"] == "es"


def test_the_language_ends_with_the_request():
    from django.http import HttpResponse
    from django.utils import translation

    seen = []

    def view(request):
        seen.append((translation.get_language(), request.LANGUAGE_CODE))
        return HttpResponse()

    middleware = LanguageFromAddressMiddleware(view)
    with translation.override("en"):
        middleware(RequestFactory().get("/es/buscar/"))
        assert translation.get_language() == "en"
    assert seen == [("es", "es")]


def test_language_tags_name_english_as_american_english():
    assert language_tag("en") == "en-US"
    assert language_tag("es") == "es"
