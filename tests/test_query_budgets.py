"""Every page type renders within its query budget (tests/budgets.py) at a small and a large
content size with every cache empty, and a page served from the page cache makes no query."""

from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.signal_handlers import disable_reference_index_auto_update

from pages.models import HomePage
from tests.budgets import BUDGETS, LARGE, SMALL, Budget, home_page
from tests.conftest import clear_cache

SIZES = {"small": SMALL, "large": LARGE}


def build(builder: Callable[[HomePage, int], str], home: HomePage, size: int) -> str:
    # Without Wagtail's reference index, which no render reads: keeping it doubles the build.
    with disable_reference_index_auto_update():
        return builder(home, size)


def queries_listed(budget: Budget, size: str, queries: CaptureQueriesContext) -> str:
    lines = [
        f"{budget.name}, {size} content: {len(queries)} queries, budget {budget.queries}:",
        *(f"{n:3}. {query['sql']}" for n, query in enumerate(queries, start=1)),
    ]
    return "\n".join(lines)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("budget", BUDGETS, ids=lambda budget: budget.name)
def test_page_type_renders_within_its_query_budget_at_any_content_size(client, home, budget, size):
    address = build(budget.build, home, SIZES[size])
    client.get(address)  # fills per-process caches (content types) and makes the renditions
    clear_cache()

    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)

    assert response.status_code == budget.status
    html = response.content.decode()
    expected = budget.shown(SIZES[size])
    shown = {piece: html.count(piece) for piece in expected}
    assert shown == expected, f"{budget.name} does not show the content built for it"
    assert len(queries) == budget.queries, queries_listed(budget, size, queries)


def test_page_from_the_page_cache_makes_no_query(client, home, django_assert_num_queries):
    address = build(home_page, home, SMALL)
    assert client.get(address)["X-Cache"] == "miss"

    with django_assert_num_queries(0):
        response = client.get(address)

    assert response.status_code == 200
    assert response["X-Cache"] == "hit"
