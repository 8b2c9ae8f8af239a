"""Database upkeep the site does itself."""

from django.db import connection


def refresh_statistics(**kwargs) -> None:
    """Have PostgreSQL gather its table statistics now (ANALYZE), rather than when autovacuum
    gets round to it: after migrations and after loading content in bulk, tables it has no
    statistics for made its planner choose plans a hundred times too slow (site search took
    300 ms). A few hundred milliseconds for a site of this size; nothing to do on SQLite."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
