"""Per-address limits (clinic_site/ratelimit.py), counted here on the consultation form:
each address on its own, a forged forwarded-for header ignored, never the address stored."""

from unittest import mock

from django.core.cache import cache


def test_rate_limit_counts_each_address_on_its_own(send, consultation_page):
    for _ in range(5):
        send(REMOTE_ADDR="203.0.113.7")

    assert send(REMOTE_ADDR="198.51.100.20").status_code == 303


def test_forged_forwarded_for_header_does_not_escape_the_limit(send, consultation_page):
    for n in range(5):
        send(HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")

    assert send(HTTP_X_FORWARDED_FOR="192.0.2.99").status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_is_limited(send, settings, consultation_page):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        send(HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.7", REMOTE_ADDR="10.0.0.1")

    assert send(HTTP_X_FORWARDED_FOR="203.0.113.7", REMOTE_ADDR="10.0.0.1").status_code == 429
    assert send(HTTP_X_FORWARDED_FOR="203.0.113.8", REMOTE_ADDR="10.0.0.1").status_code == 303


def test_rate_limit_follows_its_settings(send, settings, consultation_page):
    settings.FORM_RATE_LIMIT_REQUESTS = 2

    assert [send().status_code for _ in range(3)] == [303, 303, 429]


def test_the_cache_never_holds_the_visitors_address(send, consultation_page):
    with (
        mock.patch.object(cache, "add", wraps=cache.add) as add,
        mock.patch.object(cache, "incr", wraps=cache.incr) as incr,
    ):
        send(REMOTE_ADDR="203.0.113.77")

    given = [repr(call) for call in add.call_args_list + incr.call_args_list]
    assert given
    assert not any("203.0.113.77" in call for call in given)
