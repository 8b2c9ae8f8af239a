"""Pages answer the methods a visitor's browser uses, and say so truthfully."""

import pytest

from tests.factories import StandardPageFactory


@pytest.fixture
def standard_page(home):
    return StandardPageFactory(parent=home, slug="about")


def allowed(response) -> set[str]:
    return {method.strip() for method in response["Allow"].split(",")}


def test_options_on_a_page_lists_only_reading(client, standard_page):
    response = client.options("/about/")

    assert response.status_code == 200
    assert allowed(response) == {"GET", "HEAD", "OPTIONS"}


@pytest.mark.parametrize("method", ["put", "patch", "delete", "post"])
def test_writing_to_a_page_is_refused(client, standard_page, method):
    response = getattr(client, method)("/about/")

    assert response.status_code == 405
    assert "PUT" not in response["Allow"]
