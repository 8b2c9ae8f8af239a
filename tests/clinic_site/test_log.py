"""What the server log says about hostile or broken requests: one line each, not a traceback."""

import io
import logging

import pytest
from django.test import Client


@pytest.fixture
def log_output():
    """What the site's own console handler (settings.LOGGING) writes, while the test runs."""
    handler = next(h for h in logging.getLogger().handlers if h.name == "console")
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


def test_a_bad_host_header_is_logged_in_one_line(visitor, home, log_output):
    response = visitor.get("/", HTTP_HOST="attacker.example")

    assert response.status_code == 400
    lines = log_output.getvalue().splitlines()
    assert len(lines) == 1
    assert "Invalid HTTP_HOST header" in lines[0]
    assert "Traceback" not in log_output.getvalue()


def test_an_oversized_form_is_logged_in_one_line(visitor, settings, consultation_page, log_output):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000

    response = visitor.post("/book-a-consultation/", {"message": "x" * 5_000})

    assert response.status_code == 400
    assert len(log_output.getvalue().splitlines()) == 1
    assert "Traceback" not in log_output.getvalue()


def test_other_errors_keep_their_traceback(log_output):
    try:
        raise ValueError("something broke")
    except ValueError:
        logging.getLogger("pages").exception("A real error")

    assert "Traceback" in log_output.getvalue()
