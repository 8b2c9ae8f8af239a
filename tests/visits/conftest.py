import pytest

from visits import counting, flush

# A browser's user agent: the test client sends none, which counts as a script.
BROWSER = {
    "HTTP_USER_AGENT": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0 Safari/537.36"
    )
}


@pytest.fixture(autouse=True)
def empty_tally():
    """Each test counts from nothing: what earlier tests in this process counted is dropped."""
    counting.tally.counts.clear()
    flush._waited.clear()
    yield
    counting.tally.counts.clear()
    flush._waited.clear()
