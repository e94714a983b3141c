"""The package root is the public surface: what it lists exists, and settings resolve in order."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.config import DEFAULT_MODEL, load_settings


def test_everything_in_all_is_importable_from_the_root() -> None:
    for name in claimledger.__all__:
        assert getattr(claimledger, name) is not None, name


def test_all_is_sorted_and_has_no_duplicates() -> None:
    assert list(claimledger.__all__) == sorted(set(claimledger.__all__))


def test_every_error_descends_from_the_root_error() -> None:
    for name in ("ConfigError", "IngestError", "PipelineError", "StoreError"):
        assert issubclass(getattr(claimledger, name), claimledger.ClaimledgerError)


def test_ingest_error_names_the_file_and_line() -> None:
    error = claimledger.IngestError("feed.jsonl", "line is not JSON", line=3)
    assert str(error) == "feed.jsonl:3: line is not JSON"


def test_flags_win_over_the_environment_which_wins_over_defaults(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CLAIMLEDGER_MODEL", raising=False)
    monkeypatch.setenv("CLAIMLEDGER_DB", "from-env.db")
    assert load_settings().model == DEFAULT_MODEL
    assert load_settings().db == "from-env.db"
    assert load_settings(db="from-flag.db").db == "from-flag.db"
    assert load_settings(db=None).db == "from-env.db"
