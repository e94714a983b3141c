"""/api/timeline, /api/conflicts and /api/forecasts: the list shape, paging, filters, 4xx."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette nags about httpx vs httpx2
    from fastapi.testclient import TestClient

from claimledger.api import create_app
from story_sample import ARRIVAL, StoryIds, build_story_ledger

from .test_contract import assert_error_shape, assert_list_shape


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, StoryIds]]:
    db = str(tmp_path_factory.mktemp("story-api") / "story.db")
    ids = build_story_ledger(db)
    with TestClient(create_app(db), raise_server_exceptions=False) as client:
        yield client, ids


def rows(client: TestClient, url: str) -> list[dict[str, Any]]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    body = response.json()
    assert_list_shape(body)
    return body["rows"]


@pytest.mark.parametrize("path", ["/api/timeline", "/api/conflicts", "/api/forecasts"])
def test_story_lists_have_the_list_shape(story, path):
    client, _ = story
    assert rows(client, path)


def test_timeline_entry_is_the_claim_with_its_clock_and_evidence(story):
    client, ids = story
    (entry,) = [
        r for r in rows(client, "/api/timeline?entity=Oreshnik&by=about") if r["id"] == ids.arrived
    ]
    assert entry["clock"] == "about"
    assert entry["when"] == {
        "start": "2025-12-17",
        "end": "2025-12-17",
        "granularity": "day",
        "inferred": True,
    }
    assert entry["speaker"]["name"] == "Alexander Lukashenko"
    assert ARRIVAL[entry["start"] : entry["end"]] == entry["text"]
    assert entry["about_evidence"] == {
        "start": ARRIVAL.index("December 17"),
        "end": ARRIVAL.index("December 17") + 11,
        "text": "December 17",
    }
    assert entry["sources"] == 2 and entry["document_title"] == "The Oreshnik is here"


def test_timeline_pages_follow_next_to_the_end(story):
    client, _ = story
    every = [r["id"] for r in rows(client, "/api/timeline?by=about")]
    seen, url = [], "/api/timeline?by=about&limit=4"
    while url:
        body = client.get(url).json()
        seen += [r["id"] for r in body["rows"]]
        url = body["next_url"]
    assert seen == every and len(every) == 10


def test_forecasts_filter_by_status(story):
    client, ids = story
    assert [r["forecast"]["id"] for r in rows(client, "/api/forecasts?status=open")] == [ids.plan]
    (fulfilled,) = rows(client, "/api/forecasts?status=fulfilled")
    assert fulfilled["outcome"]["id"] == ids.arrived
    assert fulfilled["deadline"]["end"] == "2025-12-31"


def test_conflict_has_both_sides_and_what_they_differ_on(story):
    client, ids = story
    (conflict,) = rows(client, "/api/conflicts")
    assert (conflict["left"]["id"], conflict["right"]["id"]) == (ids.medium, ids.long)
    assert conflict["on"] == "label" and conflict["values"] == ["medium-range", "long-range"]


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("/api/forecasts?status=someday", "status"),
        ("/api/timeline?by=sometime", "by"),
        ("/forecasts?status=x", "status"),
    ],
)
def test_bad_story_parameters_are_400(story, path, says):
    client, _ = story
    response = client.get(path)
    assert response.status_code == 400
    if path.startswith("/api"):
        assert_error_shape(response.json(), 400)
        assert says in response.json()["error"]


def test_story_pages_have_json_twins(story):
    client, ids = story
    timeline = client.get("/timeline.json?entity=Oreshnik").json()
    assert timeline["ok"] is True and timeline["entity"] == "Oreshnik"
    assert {r["id"] for r in timeline["rows"]} == {
        ids.arrived,
        ids.arrived_again,
        ids.medium,
        ids.long,
    }
    board = client.get("/forecasts.json?status=open").json()
    assert board["board"] == "forecasts" and board["status"] == "open" and len(board["rows"]) == 1
