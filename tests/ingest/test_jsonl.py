"""JSON Lines: one article per line, and a bad line costs only that line."""

from __future__ import annotations

import json
from pathlib import Path

from claimledger.errors import IngestError
from claimledger.ingest import document_id, read_sources
from claimledger.records import SourceDocument


def _write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_each_line_is_a_document_with_jsonl_metadata(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    path = tmp_path / "batch.jsonl"
    _write_lines(
        path,
        [
            json.dumps({"text": seed_paragraphs[0], "title": "Sites ready", "published": "2025"}),
            json.dumps({"text": seed_paragraphs[1], "url": "https://www.belta.by/news/1"}),
        ],
    )
    first, second = list(read_sources([str(path)]))
    assert isinstance(first, SourceDocument) and isinstance(second, SourceDocument)
    assert first.text == seed_paragraphs[0]
    assert first.origin == f"{path}:1"
    assert first.metadata.title == "Sites ready"
    assert first.metadata.published is not None
    assert first.metadata.published.granularity == "year"
    assert first.metadata.sources == {"title": "jsonl", "published": "jsonl"}
    assert second.origin == f"{path}:2"
    # No outlet given: the URL's host stands in for it, and says it was inferred.
    assert second.metadata.outlet == "belta.by"
    assert second.metadata.sources == {"url": "jsonl", "outlet": "inferred"}


def test_malformed_line_is_reported_and_the_others_still_read(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    path = tmp_path / "batch.jsonl"
    _write_lines(
        path,
        [
            json.dumps({"text": seed_paragraphs[0]}),
            '{"text": "Khrenin said the complex was ready", ',
            json.dumps({"title": "no text here"}),
            "",
            json.dumps({"text": seed_paragraphs[1]}),
        ],
    )
    items = list(read_sources([str(path)]))
    assert [type(item).__name__ for item in items] == [
        "SourceDocument",
        "IngestError",
        "IngestError",
        "SourceDocument",
    ]
    broken, missing = items[1], items[2]
    assert isinstance(broken, IngestError) and isinstance(missing, IngestError)
    assert broken.line == 2
    assert "not valid JSON" in broken.reason
    assert str(broken).startswith(f"{path}:2: ")
    assert missing.line == 3
    assert "'text'" in missing.reason
    last = items[3]
    assert isinstance(last, SourceDocument)
    assert last.origin == f"{path}:5"


def test_text_keeps_its_exact_characters(tmp_path: Path, seed_paragraphs: list[str]) -> None:
    text = f"{seed_paragraphs[0]}\r\n\r\n{seed_paragraphs[1]}"
    path = tmp_path / "crlf.jsonl"
    _write_lines(path, [json.dumps({"text": text})])
    (doc,) = read_sources([str(path)])
    assert isinstance(doc, SourceDocument)
    assert doc.text == text
    assert document_id(doc.text) == document_id(text.replace("\r\n", "\n"))


def test_non_string_fields_and_bad_dates_are_line_errors(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    path = tmp_path / "bad.jsonl"
    _write_lines(
        path,
        [
            json.dumps({"text": 42}),
            json.dumps({"text": seed_paragraphs[0], "title": ["a", "list"]}),
            json.dumps({"text": seed_paragraphs[0], "published": "soon"}),
            json.dumps(["not", "an", "object"]),
        ],
    )
    items = list(read_sources([str(path)]))
    assert all(isinstance(item, IngestError) for item in items)
    assert [item.line for item in items if isinstance(item, IngestError)] == [1, 2, 3, 4]


def test_an_undecodable_line_does_not_spoil_the_rest(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": seed_paragraphs[0]}).encode()
    path.write_bytes(good + b"\n" + b'{"text": "d\xe9clar\xe9"}\n' + good + b"\n")
    items = list(read_sources([str(path)]))
    assert isinstance(items[1], IngestError)
    assert items[1].line == 2
    assert "not UTF-8" in items[1].reason
    assert isinstance(items[0], SourceDocument) and isinstance(items[2], SourceDocument)
