"""Every endpoint answers in one of two shapes, and bad input gets a 4xx that says why."""

from __future__ import annotations

import pytest

from claimledger.api.responses import encode_next

LISTS = [
    "/api/documents",
    "/api/entities",
    "/api/attributions",
    "/api/claims",
]


def assert_list_shape(body: dict[str, object]) -> None:
    assert set(body) == {"ok", "rows", "next", "next_url"}
    assert body["ok"] is True
    assert isinstance(body["rows"], list)


def assert_error_shape(body: dict[str, object], status: int) -> None:
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str) and body["error"]


@pytest.mark.parametrize("path", LISTS)
def test_every_list_has_the_list_shape(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert_list_shape(response.json())


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("/api/attributions?from=2025-13-01", "ISO 8601"),
        ("/api/attributions?to=yesterday", "ISO 8601"),
        ("/api/attributions?kind=shouted", "kind"),
        ("/api/attributions?limit=0", "limit"),
        ("/api/attributions?limit=100000", "limit"),
        ("/api/attributions?limit=ten", "limit"),
        ("/api/claims?modality=wish", "modality"),
        ("/api/claims?next=not-a-token", "next"),
        ("/api/documents?next=" + encode_next(0)[:-1] + "!", "next"),
        ("/api/timeline?by=sometime", "by"),
    ],
)
def test_bad_parameters_are_400_with_a_message(client, path, says):
    response = client.get(path)
    assert response.status_code == 400
    body = response.json()
    assert_error_shape(body, 400)
    assert says in body["error"]


@pytest.mark.parametrize(
    "path", ["/api/documents/nope", "/api/entities/e-nope", "/api/nothing", "/documents/nope.json"]
)
def test_missing_things_are_404_in_the_error_shape(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert_error_shape(response.json(), 404)


def test_writing_is_not_allowed_without_a_token(client):
    response = client.post("/api/ingest", content=b"Some article.")
    assert response.status_code in (404, 405)
    assert_error_shape(response.json(), response.status_code)


def test_pages_follow_next_until_every_row_is_seen(client):
    seen: list[str] = []
    url = "/api/attributions?limit=2"
    pages = 0
    while url:
        body = client.get(url).json()
        assert_list_shape(body)
        assert len(body["rows"]) <= 2
        seen += [row["id"] for row in body["rows"]]
        url = body["next_url"]
        pages += 1
    assert pages == 3
    assert len(seen) == len(set(seen)) == 5


def test_next_token_round_trips_and_last_page_has_none(client):
    first = client.get("/api/attributions?limit=4").json()
    assert first["next"] is not None
    second = client.get(f"/api/attributions?limit=4&next={first['next']}").json()
    assert len(second["rows"]) == 1
    assert second["next"] is None and second["next_url"] is None


def test_openapi_schema_lists_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    for path in [*LISTS, "/api/documents/{document_id}", "/api/entities/{entity_id}"]:
        assert path in schema["paths"]
    assert "/api/timeline" in schema["paths"]
    assert "/api/ingest" not in schema["paths"]


def test_every_response_carries_a_csp_without_inline_script(client, ids):
    for path in ["/", f"/documents/{ids.article}", "/api/documents", "/api/nothing"]:
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy
        assert "unsafe-inline" not in policy
