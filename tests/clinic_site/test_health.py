"""/healthz: what a load balancer asks before sending visitors to this server."""

from unittest import mock

import pytest
from django.db import OperationalError, connections


def database_down():
    return mock.patch.object(
        connections["default"], "cursor", side_effect=OperationalError("connection refused")
    )


def test_healthy_server_answers_200_with_a_small_json_body(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert len(response.content) < 100


def test_health_is_never_cached(client, db):
    first = client.get("/healthz")
    second = client.get("/healthz")

    assert "no-store" in first["Cache-Control"]
    assert second.get("X-Cache") != "hit"


def test_database_down_answers_503(client, db):
    with database_down():
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable", "cache": "ok"}


def test_cache_down_is_reported_but_still_200(client, db, redis_down):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["cache"] == "unavailable"


@pytest.mark.parametrize("method", ["post", "delete"])
def test_only_reads_are_allowed(client, db, method):
    assert getattr(client, method)("/healthz").status_code == 405
