"""read_sources: expansion, dispatch, order, and a batch that survives bad files."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import claimledger.ingest as ingest
from claimledger.errors import IngestError
from claimledger.ingest import document_id, read_sources
from claimledger.records import SourceDocument


def test_public_surface_is_declared() -> None:
    assert set(ingest.__all__) >= {"read_sources", "document_id", "parse_published"}
    for name in ingest.__all__:
        assert hasattr(ingest, name)


def test_batch_with_bad_files_yields_errors_and_still_the_good_ones(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    (tmp_path / "a.txt").write_text(seed_paragraphs[0], encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "d.txt").write_text(seed_paragraphs[1], encoding="utf-8")
    paths = [str(tmp_path / name) for name in ("a.txt", "b.txt", "c.pdf", "missing.txt", "d.txt")]
    items = list(read_sources(paths))
    kinds = [type(item).__name__ for item in items]
    assert kinds == [
        "SourceDocument",
        "IngestError",
        "IngestError",
        "IngestError",
        "SourceDocument",
    ]
    unsupported, missing = items[2], items[3]
    assert isinstance(unsupported, IngestError) and isinstance(missing, IngestError)
    assert ".pdf" in unsupported.reason and ".txt" in unsupported.reason
    assert ".jsonl" in unsupported.reason
    assert "no such file" in missing.reason


def test_directories_are_walked_sorted_skipping_hidden_and_sidecars(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "2.txt").write_text(seed_paragraphs[1], encoding="utf-8")
    (tmp_path / "a.txt").write_text(seed_paragraphs[0], encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"outlet": "BelTA"}', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".cache" / "x.txt").write_text("cached", encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    items = list(read_sources([str(tmp_path)]))
    assert all(isinstance(item, SourceDocument) for item in items)
    assert [Path(item.origin).name for item in items if isinstance(item, SourceDocument)] == [
        "a.txt",
        "2.txt",
    ]
    first = items[0]
    assert isinstance(first, SourceDocument) and first.metadata.outlet == "BelTA"


def test_globs_expand_in_sorted_order(tmp_path: Path, seed_paragraphs: list[str]) -> None:
    for index, paragraph in enumerate(seed_paragraphs[:3]):
        (tmp_path / f"{index}.txt").write_text(paragraph, encoding="utf-8")
    items = list(read_sources([str(tmp_path / "*.txt")]))
    assert [item.text for item in items if isinstance(item, SourceDocument)] == seed_paragraphs[:3]


def test_glob_matching_nothing_is_an_error(tmp_path: Path) -> None:
    (error,) = read_sources([str(tmp_path / "*.jsonl")])
    assert isinstance(error, IngestError)
    assert "match" in error.reason


def test_same_article_twice_gets_the_same_id(tmp_path: Path, seed_paragraphs: list[str]) -> None:
    text = "\n\n".join(seed_paragraphs[:2])
    (tmp_path / "lf.txt").write_text(text, encoding="utf-8")
    (tmp_path / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode())
    (tmp_path / "copy.jsonl").write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    docs = list(read_sources([str(tmp_path)]))
    assert len(docs) == 3
    assert len({document_id(doc.text) for doc in docs if isinstance(doc, SourceDocument)}) == 1


def test_dash_reads_stdin_as_text(
    monkeypatch: pytest.MonkeyPatch, seed_paragraphs: list[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(seed_paragraphs[0].encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    (doc,) = read_sources(["-"], outlet="Reuters")
    assert isinstance(doc, SourceDocument)
    assert doc.origin == "-"
    assert doc.text == seed_paragraphs[0]
    assert doc.metadata.sources == {"outlet": "flag"}


def test_unreadable_published_flag_is_one_error(tmp_path: Path, seed_paragraphs: list[str]) -> None:
    (tmp_path / "a.txt").write_text(seed_paragraphs[0], encoding="utf-8")
    (error,) = read_sources([str(tmp_path / "a.txt")], published="next week")
    assert isinstance(error, IngestError)
    assert error.path == "--published"


def test_a_lone_string_path_is_one_path(tmp_path: Path, seed_paragraphs: list[str]) -> None:
    (tmp_path / "a.txt").write_text(seed_paragraphs[0], encoding="utf-8")
    (doc,) = read_sources(str(tmp_path / "a.txt"))  # type: ignore[arg-type]
    assert isinstance(doc, SourceDocument)


def test_a_reader_crash_becomes_an_error_for_that_file(
    tmp_path: Path, seed_paragraphs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimledger.ingest import sources

    def explode(path: str, overrides: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setitem(sources.READERS, ".htm", explode)
    (tmp_path / "a.htm").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text(seed_paragraphs[0], encoding="utf-8")
    error, doc = read_sources([str(tmp_path / "a.htm"), str(tmp_path / "b.txt")])
    assert isinstance(error, IngestError) and "boom" in error.reason
    assert isinstance(doc, SourceDocument)
