"""Logging plumbing: requests refused as suspicious are logged in one line each."""

import logging


class OneLineForSuspiciousRequests(logging.Filter):
    """Drop the traceback from Django's security warnings (a bad Host header, an oversized
    body): the message says it all, and anyone could flood the log with 15-line tracebacks by
    sending such requests."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("django.security"):
            record.exc_info = None
            record.exc_text = None
        return True
