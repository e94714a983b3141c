"""Filtered listings are exactly the full listing with the filter applied, in the same order.

The store answers a filter as a union of indexed lookups (one per way a row
can match); these tests pin that the union keeps every match once, drops the
rest, and keeps the listing's order and paging.
"""

from __future__ import annotations

import pytest


def ids(client, url: str) -> list[str]:
    body = client.get(url).json()
    assert body["ok"] is True, body
    return [row["id"] for row in body["rows"]]


@pytest.fixture(scope="module")
def everything(client):
    attributions = client.get("/api/attributions?limit=500").json()["rows"]
    claims = client.get("/api/claims?limit=500").json()["rows"]
    entities = [e["id"] for e in client.get("/api/entities?limit=500").json()["rows"]]
    return attributions, claims, entities


def speaker_of(attribution):
    return (attribution["speaker"] or {}).get("entity_id")


def test_attributions_by_speaker_and_by_entity_match_a_plain_filter(client, everything):
    attributions, claims, entities = everything
    for entity in entities:
        said = [a["id"] for a in attributions if speaker_of(a) == entity]
        assert ids(client, f"/api/attributions?speaker={entity}&limit=500") == said
        about = {c["attribution_id"] for c in claims if c["subject_entity_id"] == entity}
        either = [a["id"] for a in attributions if speaker_of(a) == entity or a["id"] in about]
        assert ids(client, f"/api/attributions?entity={entity}&limit=500") == either


def test_claims_by_entity_and_by_speaker_match_a_plain_filter(client, everything):
    attributions, claims, entities = everything
    speaker = {a["id"]: speaker_of(a) for a in attributions}
    for entity in entities:
        by = [c["id"] for c in claims if speaker.get(c["attribution_id"]) == entity]
        assert ids(client, f"/api/claims?speaker={entity}&limit=500") == by
        either = [
            c["id"]
            for c in claims
            if c["subject_entity_id"] == entity or speaker.get(c["attribution_id"]) == entity
        ]
        assert ids(client, f"/api/claims?entity={entity}&limit=500") == either


def test_a_vague_speaker_is_found_by_the_words_the_text_uses(client, everything):
    attributions, _, _ = everything
    vague = [a for a in attributions if a["speaker"] and a["speaker"]["vague"]]
    assert vague
    name = vague[0]["speaker"]["name"]
    expected = [a["id"] for a in attributions if a["speaker"] and a["speaker"]["name"] == name]
    assert ids(client, f"/api/attributions?speaker={name}") == expected


@pytest.mark.parametrize("listing", ["/api/attributions", "/api/claims", "/api/documents"])
def test_pages_of_one_row_walk_the_listing_in_order_with_undated_last(client, listing):
    full = client.get(f"{listing}?limit=500").json()["rows"]
    walked, url = [], f"{listing}?limit=1"
    while url:
        body = client.get(url).json()
        walked += [r["id"] for r in body["rows"]]
        url = body["next_url"]
    assert walked == [r["id"] for r in full]
    clock = {"/api/attributions": "said", "/api/claims": "about", "/api/documents": "published"}
    dated = [r[clock[listing]] is not None for r in full]
    assert dated == sorted(dated, reverse=True), "undated rows come last"


def test_the_listing_queries_give_the_same_pages_on_postgresql(client, pg_url):
    # NULLS LAST, the UNION of cut branches and the covering indexes are plain SQL: PostgreSQL
    # must answer every listing exactly as SQLite does (ids are content hashes, so comparable).
    from fastapi.testclient import TestClient

    from claimledger.api import create_app

    from .sample import build_sample_ledger

    sample = build_sample_ledger(pg_url)
    urls = [
        "/api/attributions",
        "/api/claims",
        "/api/documents",
        "/api/entities?q=volf",
        f"/api/attributions?speaker={sample.volfovich}",
        "/api/attributions?speaker=Volfovich&limit=1",
        "/api/attributions?speaker=military experts",
        f"/api/attributions?entity={sample.lukashenko}",
        f"/api/claims?entity={sample.volfovich}",
        f"/api/claims?speaker={sample.lukashenko}",
    ]
    with TestClient(create_app(pg_url), raise_server_exceptions=False) as pg:
        for url in urls:
            response = pg.get(url)
            assert response.status_code == 200, (url, response.text)
            assert ids(pg, url) == ids(client, url), url
        # Entities carry their documents, gathered by group_concat / string_agg.
        assert pg.get("/api/entities").json() == client.get("/api/entities").json()
