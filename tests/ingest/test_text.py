"""Plain-text files: exact decoding, sidecar metadata, and clean errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from claimledger.errors import IngestError
from claimledger.ingest import read_sources
from claimledger.records import SourceDocument


def _one(path: Path, **flags: str) -> SourceDocument | IngestError:
    items = list(read_sources([str(path)], **flags))
    assert len(items) == 1
    return items[0]


def test_crlf_is_kept_so_offsets_index_the_decoded_text(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    first, second = seed_paragraphs[:2]
    path = tmp_path / "article.txt"
    path.write_bytes(f"{first}\r\n\r\n{second}\r\n".encode())
    doc = _one(path)
    assert isinstance(doc, SourceDocument)
    assert "\r\n" in doc.text
    start = doc.text.index(second)
    assert start == len(first) + 4
    assert doc.text[start : start + len(second)] == second


def test_leading_bom_is_dropped_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffMinsk said the sites were ready. \n".encode())
    doc = _one(path)
    assert isinstance(doc, SourceDocument)
    assert doc.text == "Minsk said the sites were ready. \n"


def test_sidecar_metadata_is_read_and_marked_as_sidecar(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    (tmp_path / "volfovich.txt").write_text(seed_paragraphs[0], encoding="utf-8")
    sidecar = {
        "published": "March 18, 2025",
        "outlet": "BelTA",
        "title": "Sites for Oreshnik prepared",
        "url": "https://belta.example/oreshnik",
        "author": "Staff",
    }
    (tmp_path / "volfovich.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    doc = _one(tmp_path / "volfovich.txt")
    assert isinstance(doc, SourceDocument)
    meta = doc.metadata
    assert (meta.outlet, meta.title, meta.author) == (
        "BelTA",
        "Sites for Oreshnik prepared",
        "Staff",
    )
    assert meta.published is not None
    assert meta.published.start == date(2025, 3, 18)
    assert meta.published.granularity == "day"
    assert set(meta.sources.values()) == {"sidecar"}
    assert set(meta.sources) == {"published", "outlet", "title", "url", "author"}


def test_flags_override_the_sidecar_and_say_so(tmp_path: Path, seed_paragraphs: list[str]) -> None:
    (tmp_path / "a.txt").write_text(seed_paragraphs[0], encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        json.dumps({"published": "2025-03-18", "outlet": "BelTA", "author": "Staff"}),
        encoding="utf-8",
    )
    doc = _one(tmp_path / "a.txt", published="2025-03", outlet="Reuters")
    assert isinstance(doc, SourceDocument)
    assert doc.metadata.outlet == "Reuters"
    assert doc.metadata.published is not None
    assert doc.metadata.published.granularity == "month"
    assert doc.metadata.sources == {"published": "flag", "outlet": "flag", "author": "sidecar"}


def test_sidecar_that_is_not_json_is_an_error_naming_the_sidecar(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    (tmp_path / "a.txt").write_text(seed_paragraphs[0], encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"outlet": "BelTA",', encoding="utf-8")
    error = _one(tmp_path / "a.txt")
    assert isinstance(error, IngestError)
    assert error.path.endswith("a.meta.json")
    assert "not valid JSON" in error.reason


def test_sidecar_with_unreadable_date_is_an_error(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    (tmp_path / "a.txt").write_text(seed_paragraphs[0], encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": "last Tuesday"}', encoding="utf-8")
    error = _one(tmp_path / "a.txt")
    assert isinstance(error, IngestError)
    assert "last Tuesday" in error.reason
    assert "sidecar" in error.reason


def test_binary_file_is_reported_with_the_nul_offset(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"GIF89a\x00\x01\x02")
    error = _one(path)
    assert isinstance(error, IngestError)
    assert "binary" in error.reason
    assert "offset 6" in error.reason
    assert str(error).startswith(str(path))


def test_undecodable_bytes_name_the_offset_and_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministre a déclaré".encode("latin-1"))
    error = _one(path)
    assert isinstance(error, IngestError)
    assert "not UTF-8" in error.reason
    assert "offset 15" in error.reason
    assert "0xe9" in error.reason


def test_empty_and_whitespace_only_files_are_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \r\n\t\n")
    empty = _one(tmp_path / "empty.txt")
    blank = _one(tmp_path / "blank.txt")
    assert isinstance(empty, IngestError) and "empty" in empty.reason
    assert isinstance(blank, IngestError) and "whitespace-only" in blank.reason
