"""Generated bad requests against every address: never a 500, never reflected unescaped,
nothing stored.

To cover a new address, add one line to ADDRESSES (and its form to FORMS if it has one).
The examples are fixed for CI (the "ci" profile in tests/conftest.py); set
HYPOTHESIS_PROFILE=explore to search further.
"""

from urllib.parse import quote, quote_from_bytes, urlencode

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

# Every kind of address the site answers, with the query parameter it reads (or None).
ADDRESSES = [
    ("/", None),
    ("/admin/login/", "next"),
    ("/healthz", None),
    ("/no-such-page/", None),
    # As the page types land: ("/search/", "q"), ("/locations/", "zip"), ("/blog/", "page"),
]

# Forms a visitor can post, with the fields they type into.
FORMS = [
    ("/admin/login/", ["username", "password"]),
]

# Markup that must never come back unescaped.
PROBES = [
    "<script>probe()</script>",
    '"><img src=x onerror=probe()>',
    "'><svg onload=probe()>",
    "javascript:probe()",
]
REFLECTION_MARKERS = ["<script>probe()", "<img src=x onerror", "<svg onload"]

# Text of every kind except lone surrogates, which no client can send.
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
nasty_text = st.one_of(
    any_text,
    st.sampled_from(PROBES),
    st.builds(lambda a, p, b: a + p + b, any_text, st.sampled_from(PROBES), any_text),
    st.sampled_from(["\x00", "a\x00b", "../../etc/passwd", "%", "%%", "-1", "0", "9" * 40]),
)
# Raw path or query pieces: invalid percent-encoding and invalid UTF-8 included.
raw_piece = st.one_of(
    any_text.map(lambda t: quote(t, safe="/")),
    st.binary(max_size=20).map(quote_from_bytes),
    st.sampled_from(["%", "%G1", "%zz", "%e2%82", "%ff%fe", "%00", "%c0%af", "%2e%2e/", "//x"]),
)


@pytest.fixture
def visitor():
    return Client()


def assert_handled(response, sent: str = "") -> None:
    assert response.status_code < 500, response.content[:500]
    body = response.content.decode("utf-8", "replace")
    for marker in REFLECTION_MARKERS:
        if marker in sent:
            assert marker not in body, f"{marker!r} reflected unescaped"


@pytest.mark.parametrize(("address", "param"), ADDRESSES)
@given(value=nasty_text, method=st.sampled_from(["GET", "HEAD", "POST", "OPTIONS", "DELETE"]))
def test_any_query_value_is_handled(visitor, home, address, param, value, method):
    query = urlencode({param or "q": value, "page": value})

    response = visitor.generic(method, f"{address}?{query}")

    assert_handled(response, value)


@given(path=st.lists(raw_piece, min_size=1, max_size=4).map("/".join), query=raw_piece)
def test_any_raw_path_and_query_is_handled(visitor, home, path, query):
    response = visitor.get(f"/{path}?{query}")

    assert_handled(response)


@pytest.mark.parametrize(("address", "param"), ADDRESSES)
def test_nul_byte_is_a_bad_request(visitor, home, address, param):
    assert visitor.get(f"{address}?{param or 'q'}=%00").status_code == 400
    assert visitor.get(f"{address}%00").status_code in (400, 404)


@pytest.mark.parametrize(("address", "param"), ADDRESSES)
@given(host=nasty_text)
def test_bad_host_header_is_refused(visitor, home, address, param, host):
    response = visitor.get(address, HTTP_HOST=host)

    assert_handled(response, host)


@pytest.mark.parametrize(("address", "param"), ADDRESSES)
def test_oversized_headers_are_handled(visitor, home, address, param):
    huge = "x" * 64 * 1024
    headers = {f"HTTP_X_FILLER_{n}": huge for n in range(20)}

    response = visitor.get(address, HTTP_COOKIE=f"sessionid={huge}", **headers)

    assert_handled(response)


@pytest.mark.parametrize(("address", "param"), ADDRESSES)
def test_oversized_body_is_refused_and_nothing_stored(visitor, home, address, param):
    body = "username=" + "a" * (3 * 1024 * 1024)

    response = visitor.post(address, body, content_type="application/x-www-form-urlencoded")

    assert_handled(response)
    assert not Session.objects.exists()


@pytest.mark.parametrize(("address", "fields"), FORMS)
@given(values=st.lists(nasty_text, min_size=2, max_size=2))
def test_form_fields_are_handled_escaped_and_nothing_stored(visitor, db, address, fields, values):
    data = dict(zip(fields, values * len(fields), strict=False))

    response = visitor.post(address, data)

    assert_handled(response, " ".join(values))
    assert not Session.objects.exists()


@pytest.mark.parametrize(("address", "fields"), FORMS)
def test_form_with_undecodable_body_is_handled(visitor, db, address, fields):
    body = b"&".join(f.encode() + b"=%ff%fe%00\xff" for f in fields)

    response = visitor.post(address, body, content_type="application/x-www-form-urlencoded")

    assert_handled(response)
