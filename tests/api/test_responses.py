"""The API's JSON renderer gives the ledger format's shapes, the same as ``jsonable``."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from claimledger.api.responses import RecordsResponse
from claimledger.api.shapes import jsonable
from claimledger.store.story_entries import Evidence, Speaker, When


def test_records_render_as_jsonable_renders_them() -> None:
    content = {
        "ok": True,
        "rows": [
            {
                "when": When(date(2024, 10, 1), None, "season", True),
                "speaker": Speaker("Виктор Хренин", "e-1", None, False),
                "evidence": Evidence(3, 27, "“late 2024” </script>\u2028"),
                "ingested": datetime(2025, 3, 18, 9, 30, tzinfo=UTC),
                "arguments": ("Oreshnik", "Belarus"),
                "detail": {"values": ["long-range", "medium-range"]},
            }
        ],
        "next": None,
    }

    body = RecordsResponse(content).body

    expected = json.dumps(jsonable(content), ensure_ascii=False, separators=(",", ":"))
    assert body == expected.encode("utf-8")
    row = json.loads(body)["rows"][0]
    assert row["when"] == {
        "start": "2024-10-01",
        "end": None,
        "granularity": "season",
        "inferred": True,
    }
    assert row["ingested"] == "2025-03-18T09:30:00+00:00"
