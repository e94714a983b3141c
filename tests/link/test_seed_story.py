"""The link stage on the bundled story: the two seed articles ingested into a fresh ledger.

One ledger is built for the module (ingest runs the model, ~5 s); every test reads it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from claimledger.ledger import Ledger
from claimledger.store import schema

pytestmark = pytest.mark.model

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Ingest the seeds (ingest links at its end) and read back what linking wrote."""
    db = tmp_path_factory.mktemp("seeds") / "ledger.db"
    with Ledger.open(str(db)) as ledger:
        report = ledger.ingest([str(SEEDS)])
        assert report.is_ok and len(report.added) == 2
        records = list(ledger.export())
    return {"db": db, "records": records}


def _of(records: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in records if r["type"] == kind]


def _claim(records: list[dict[str, Any]], claim_id: str) -> dict[str, Any]:
    return next(r for r in _of(records, "claim") if r["id"] == claim_id)


def test_lukashenko_is_one_entity_named_in_both_articles(seeded: dict[str, Any]) -> None:
    records = seeded["records"]
    lukashenko = [e for e in _of(records, "entity") if "Lukashenko" in " ".join(e["aliases"])]
    assert len(lukashenko) == 1
    assert lukashenko[0]["label"] == "PERSON"
    assert len(lukashenko[0]["documents"]) == 2 == len(_of(records, "document"))


def test_weapon_system_and_speakers_with_titles_are_labelled_by_corpus_evidence(
    seeded: dict[str, Any],
) -> None:
    labels = {e["name"]: e["label"] for e in _of(seeded["records"], "entity")}
    assert labels["Oreshnik"] == "PRODUCT"
    assert labels["Belarus"] == "GPE"
    # Both hold a title in the text ("State Secretary", "spokesperson"): people, whatever the tag.
    assert labels["Alexander Volfovich"] == "PERSON"
    assert labels["Victor Khrenin"] == "PERSON"
    mentions = _of(seeded["records"], "mention")
    assert all(m["label"] != "PERSON" for m in mentions if "Oreshnik" in m["text"])


def test_medium_range_and_long_range_descriptions_conflict_on_label(
    seeded: dict[str, Any],
) -> None:
    records = seeded["records"]
    documents = {d["id"]: d["text"] for d in _of(records, "document")}
    conflicts = [link for link in _of(records, "link") if link["kind"] == "conflict"]
    labels = [c for c in conflicts if c["on"] == "label"]
    assert labels, conflicts
    values = {tuple(sorted(c["detail"]["values"])) for c in labels}
    assert ("long-range", "medium-range") in values
    for side in labels[0]["detail"]["evidence"]:
        start, end = side["value_span"]
        assert documents[side["document"]][start:end].lower() in labels[0]["detail"]["values"]


def _verdicts(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    kinds = {"fulfilled", "late", "missed", "contradicted"}
    return {link["from"]: link for link in _of(records, "link") if link["kind"] in kinds}


def test_end_of_year_forecast_is_fulfilled_by_the_inferred_december_arrival(
    seeded: dict[str, Any],
) -> None:
    records = seeded["records"]
    verdicts = _verdicts(records)
    end_of_year = [
        c
        for c in _of(records, "claim")
        if c["modality"] in ("forecast", "plan")
        and c["about"]
        and c["about"]["end"] == "2025-12-31"
        and c["id"] in verdicts
    ]
    assert end_of_year
    said = {verdicts[c["id"]]["detail"]["said"] for c in end_of_year}
    assert "2025-03-14" in said
    for forecast in end_of_year:
        link = verdicts[forecast["id"]]
        assert link["kind"] == "fulfilled"
        outcome = _claim(records, link["to"])
        assert outcome["predicate"] == "arrive"
        assert outcome["about"] == {
            "start": "2025-12-17",
            "end": "2025-12-17",
            "granularity": "day",
            "inferred": True,
        }
        assert link["detail"]["outcome"]["claim"] == outcome["id"]


def test_imminent_arrival_said_in_january_is_late(seeded: dict[str, Any]) -> None:
    records = seeded["records"]
    verdicts = _verdicts(records)
    imminent = [c for c in _of(records, "claim") if "imminently" in c["text"]]
    assert len(imminent) == 1
    link = verdicts[imminent[0]["id"]]
    assert link["kind"] == "late"
    assert link["detail"]["said"] == "2025-01-26"
    assert date.fromisoformat(link["detail"]["deadline"]) < date(2025, 12, 17)
    assert _claim(records, link["to"])["about"]["start"] == "2025-12-17"


def test_undated_statement_takes_its_year_from_the_story(seeded: dict[str, Any]) -> None:
    attributions = _of(seeded["records"], "attribution")
    confirmed = next(a for a in attributions if "arrived in the country" in a["content"]["text"])
    assert confirmed["said"]["start"] == "2025-12-18"
    assert confirmed["said"]["inferred"] is True


def test_linking_twice_gives_the_same_ledger(seeded: dict[str, Any], tmp_path: Path) -> None:
    with Ledger.open(str(seeded["db"])) as ledger:
        ledger.link()
        again = list(ledger.export())
        with ledger.store.sessions() as session:
            entities = session.scalar(select(func.count()).select_from(schema.Entity))
    assert again == seeded["records"]
    assert entities == len(_of(again, "entity"))


def test_link_command_relinks_and_says_what_it_found(seeded: dict[str, Any]) -> None:
    from click.testing import CliRunner

    from claimledger.cli import main

    result = CliRunner().invoke(main, ["link", "--db", str(seeded["db"])])
    assert result.exit_code == 0, result.output
    assert "1 late" in result.stderr and "fulfilled" in result.stderr
    with Ledger.open(str(seeded["db"])) as ledger:
        assert list(ledger.export()) == seeded["records"]


def test_link_command_on_a_missing_ledger_says_how_to_make_one(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from claimledger.cli import main

    result = CliRunner().invoke(main, ["link", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "claimledger ingest" in result.stderr


@pytest.mark.postgres
def test_postgresql_ledger_links_the_seeds_as_sqlite_does(
    seeded: dict[str, Any], pg_url: str
) -> None:
    with Ledger.open(pg_url) as ledger:
        ledger.ingest([str(SEEDS)])
        ledger.link()  # a second time: nothing may change
        records = list(ledger.export())

    def links(found: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return sorted((r["kind"], r["from"], r["to"], r["on"]) for r in _of(found, "link"))

    assert links(records) == links(seeded["records"])
    assert {e["id"]: e["label"] for e in _of(records, "entity")} == {
        e["id"]: e["label"] for e in _of(seeded["records"], "entity")
    }


def test_both_articles_on_the_oreshnik_in_belarus_are_one_story(seeded: dict[str, Any]) -> None:
    documents = _of(seeded["records"], "document")
    assert {d["story"] for d in documents} == {"story-" + min(d["id"] for d in documents)}
