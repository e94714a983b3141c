"""What the endpoints return: ledger-format records with their evidence offsets."""

from __future__ import annotations

from .sample import ARTICLE, XSS_ARTICLE


def test_document_has_text_metadata_and_every_annotation(client, ids):
    body = client.get(f"/api/documents/{ids.article}").json()
    assert body["ok"] is True
    doc = body["row"]
    assert doc["text"] == ARTICLE
    assert doc["title"] == "Belarus readies Oreshnik sites"
    assert doc["published"]["start"] == "2025-03-18"
    assert [len(doc[k]) for k in ("mentions", "roles", "times", "attributions", "claims")] == [
        4,
        1,
        4,
        4,
        4,
    ]
    for group in ("mentions", "times", "claims"):
        for row in doc[group]:
            assert ARTICLE[row["start"] : row["end"]] == row["text"]
    for a in doc["attributions"]:
        assert ARTICLE[a["content"]["start"] : a["content"]["end"]] == a["content"]["text"]


def test_document_list_has_no_text_and_counts_rows(client, ids):
    rows = client.get("/api/documents").json()["rows"]
    assert [r["id"] for r in rows] == [ids.article, ids.xss]  # dated first
    assert "text" not in rows[0]
    assert rows[0]["attributions"] == 4


def test_attributions_filter_by_speaker_name_or_id(client, ids):
    by_name = client.get("/api/attributions?speaker=Volfovich").json()["rows"]
    by_id = client.get(f"/api/attributions?speaker={ids.volfovich}").json()["rows"]
    assert [r["id"] for r in by_name] == [r["id"] for r in by_id]
    assert len(by_id) == 2
    assert all(r["speaker"]["entity_id"] == ids.volfovich for r in by_id)


def test_attributions_filter_by_vague_speaker_as_written(client):
    rows = client.get("/api/attributions?speaker=military experts").json()["rows"]
    assert [r["speaker"]["vague"] for r in rows] == [True]


def test_attributions_filter_by_date_range_and_kind(client):
    march = client.get("/api/attributions?from=2025-03&to=2025-03").json()["rows"]
    assert {r["said"]["start"] for r in march} == {"2025-03-18"}
    direct = client.get("/api/attributions?kind=direct").json()["rows"]
    assert [r["kind"] for r in direct] == ["direct"]


def test_attributions_carry_said_evidence_from_the_text(client, ids):
    rows = client.get(f"/api/attributions?document={ids.article}").json()["rows"]
    first = rows[0]
    assert first["said_evidence"]["text"] == "March 18, 2025"
    assert first["cue"]["text"] == "confirmed"
    assert first["document_title"] == "Belarus readies Oreshnik sites"


def test_attributions_are_earliest_said_first_undated_last(client):
    rows = client.get("/api/attributions").json()["rows"]
    said = [r["said"]["start"] if r["said"] else None for r in rows]
    dated = [s for s in said if s]
    assert dated == sorted(dated)
    assert said[-1] is None


def test_claims_filter_by_entity_and_modality(client, ids):
    rows = client.get(f"/api/claims?entity={ids.volfovich}").json()["rows"]
    assert {r["speaker"] for r in rows} == {"Alexander Volfovich"}
    forecasts = client.get("/api/claims?modality=forecast").json()["rows"]
    assert [r["about"]["inferred"] for r in forecasts] == [True]
    assert forecasts[0]["about_evidence"]["text"] == "by the end of the year"


def test_entity_has_names_documents_and_roles(client, ids):
    row = client.get(f"/api/entities/{ids.volfovich}").json()["row"]
    assert row["name"] == "Alexander Volfovich"
    assert row["statements"] == 2
    assert row["documents"] == [ids.article]
    assert [r["role"] for r in row["roles"]] == ["State Secretary of the Security Council"]


def test_entities_list_speakers_first(client, ids):
    rows = client.get("/api/entities?speakers=true").json()["rows"]
    assert rows[0]["id"] == ids.volfovich
    assert all(r["statements"] > 0 for r in rows)


def test_untrusted_text_comes_back_as_data(client, ids):
    doc = client.get(f"/api/documents/{ids.xss}").json()["row"]
    assert doc["text"] == XSS_ARTICLE
