"""`claimledger timeline`, `conflicts` and `forecasts` over a hand-linked ledger (no model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from story_sample import StoryIds, build_story_ledger


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, StoryIds]:
    db = str(tmp_path_factory.mktemp("cli-story") / "story.db")
    return db, build_story_ledger(db)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_timeline_prints_a_line_per_claim_in_order(ledger):
    db, _ = ledger
    code, out, _ = run("timeline", "--db", db)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 10
    assert lines[0].startswith("18 Mar 2025")
    assert "Alexander Volfovich (State Secretary of the Security Council)" in lines[0]
    assert "“Belarus has prepared the sites for the Oreshnik missile system”" in lines[0]
    assert "Belarus readies Oreshnik sites (Example News" in lines[0]
    assert lines[-1].startswith("18 Dec 2025 (inferred)")


def test_timeline_by_about_for_an_entity_reads_as_its_chronology(ledger):
    db, _ = ledger
    code, out, _ = run("timeline", "--entity", "Oreshnik", "--by", "about", "--db", db)
    assert code == 0
    lines = out.splitlines()
    assert [line.split("  ")[0] for line in lines] == [
        "17 Dec 2025 (inferred)",
        "17 Dec 2025 (inferred)",
        "undated",
        "undated",
    ]
    assert "[fact, 2 sources]" in lines[0]
    assert "The Oreshnik is here (Minsk Daily" in lines[0]
    assert "Oreshnik arrives (Wire Copy" in lines[1]


def test_timeline_jsonl_is_the_api_entry(ledger):
    db, ids = ledger
    code, out, _ = run("timeline", "--speaker", "military experts", "--format", "jsonl", "--db", db)
    assert code == 0
    (entry,) = [json.loads(line) for line in out.splitlines()]
    assert entry["id"] == ids.slip
    assert entry["when"] == {
        "start": None,
        "end": "2025-03-18",
        "granularity": "day",
        "inferred": False,
    }
    assert entry["speaker"]["vague"] is True


def test_timeline_for_an_unknown_name_says_what_to_do(ledger):
    db, _ = ledger
    code, out, err = run("timeline", "--entity", "Nobody", "--db", db)
    assert code == 0 and out == ""
    assert "no claims for entity 'Nobody'" in err and "claimledger show" in err


def test_conflicts_print_both_sides(ledger):
    db, _ = ledger
    code, out, _ = run("conflicts", "--db", db)
    assert code == 0
    head, a, b = out.splitlines()
    assert head == "conflict: Oreshnik be: medium-range vs long-range (label)"
    assert "medium-range" in a and a.lstrip().startswith("A said 18 Dec 2025")
    assert "RIA Novosti: “the Oreshnik is a long-range system”" in b


def test_forecasts_print_status_deadline_and_outcome(ledger):
    db, ids = ledger
    code, out, _ = run("forecasts", "--db", db)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("fulfilled    due by 31 Dec 2025 (inferred), said 18 Mar 2025")
    assert lines[1].startswith("  -> said 18 Dec 2025 (inferred): Alexander Lukashenko")
    assert lines[2].startswith("open         due 2026")
    code, out, _ = run("forecasts", "--status", "open", "--format", "jsonl", "--db", db)
    assert [json.loads(line)["forecast"]["id"] for line in out.splitlines()] == [ids.plan]


def test_bad_status_is_a_usage_error(ledger):
    db, _ = ledger
    code, _, err = run("forecasts", "--status", "someday", "--db", db)
    assert code == 2 and "someday" in err


def test_story_commands_on_a_missing_ledger_fail_with_a_hint(tmp_path: Path):
    for command in ("timeline", "conflicts", "forecasts"):
        code, _, err = run(command, "--db", str(tmp_path / "none.db"))
        assert code == 1
        assert err.startswith("error: ") and "claimledger ingest" in err


def test_help_shows_examples():
    for command in ("timeline", "conflicts", "forecasts"):
        code, out, _ = run(command, "--help")
        assert code == 0 and f"claimledger {command}" in out and "Examples:" in out
