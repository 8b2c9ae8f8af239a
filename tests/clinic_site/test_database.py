"""How the site's database connections are set up, and the statistics its planner needs."""

import pytest
from django.core.management import call_command
from django.db import connection

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL settings (CI runs them)"
)


def _one(sql: str, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def _analyzed(table: str) -> bool:
    # PostgreSQL 14 and later: -1 until the table's statistics were first gathered.
    return _one("SELECT reltuples FROM pg_class WHERE relname = %s", [table]) >= 0


@pytest.mark.django_db
def test_queries_are_never_compiled_to_machine_code():
    assert _one("SHOW jit") == "off"


@pytest.mark.django_db
def test_no_statement_runs_without_a_time_limit():
    assert _one("SHOW statement_timeout") == "30s"


@pytest.mark.django_db
def test_migrating_leaves_the_planner_statistics_of_every_table():
    # The test database was just migrated, as `make run` migrates a new one.
    assert _analyzed("wagtailsearch_indexentry")
    assert _analyzed("wagtailcore_page")


@pytest.mark.django_db
def test_loading_the_demo_gathers_statistics_of_what_it_added():
    call_command("load_demo_content", verbosity=0)

    assert _one("SELECT reltuples FROM pg_class WHERE relname = 'wagtailcore_page'") > 10
