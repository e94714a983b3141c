"""HTML pages: main text without boilerplate, and metadata from the markup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimledger.errors import IngestError
from claimledger.ingest import extract_html, read_sources
from claimledger.records import SourceDocument


def test_main_text_keeps_paragraphs_apart_and_drops_boilerplate(
    tmp_path: Path, article_html: str, seed_paragraphs: list[str]
) -> None:
    path = tmp_path / "page.html"
    path.write_text(article_html, encoding="utf-8")
    (doc,) = read_sources([str(path)])
    assert isinstance(doc, SourceDocument)
    lines = doc.text.split("\n")
    for paragraph in seed_paragraphs[:3]:
        assert paragraph in lines
    assert "All rights reserved" not in doc.text
    assert "Home" not in doc.text.split("\n")[0]


def test_page_metadata_is_recorded_as_html(tmp_path: Path, article_html: str) -> None:
    path = tmp_path / "page.htm"
    path.write_text(article_html, encoding="utf-8")
    (doc,) = read_sources([str(path)])
    assert isinstance(doc, SourceDocument)
    meta = doc.metadata
    assert meta.title == "Belarus prepares Oreshnik sites"
    assert meta.outlet == "Minsk Herald"
    assert meta.author == "Jane Doe"
    assert meta.url == "https://herald.example/world/oreshnik"
    assert meta.published is not None
    assert meta.published.start == date(2025, 3, 19)
    for field in ("title", "outlet", "author", "url", "published"):
        assert meta.sources[field] == "html"


def test_flags_override_page_metadata(tmp_path: Path, article_html: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(article_html, encoding="utf-8")
    (doc,) = read_sources([str(path)], published="2025-03-18", title="Oreshnik")
    assert isinstance(doc, SourceDocument)
    assert doc.metadata.title == "Oreshnik"
    assert doc.metadata.published is not None
    assert doc.metadata.published.start == date(2025, 3, 18)
    assert doc.metadata.sources["published"] == "flag"
    assert doc.metadata.sources["outlet"] == "html"


def test_page_without_main_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>")
    (error,) = read_sources([str(path)])
    assert isinstance(error, IngestError)
    assert "no main text" in error.reason


def test_declared_charset_is_honoured_when_not_utf8(tmp_path: Path, article_html: str) -> None:
    page = article_html.replace('charset="utf-8"', 'charset="windows-1251"').replace(
        "</article>", "<p>Хренин заявил, что комплекс готов к боевому дежурству.</p></article>"
    )
    page = page.replace("’", "'")
    path = tmp_path / "cyrillic.html"
    path.write_bytes(page.encode("windows-1251"))
    (doc,) = read_sources([str(path)])
    assert isinstance(doc, SourceDocument)
    assert "Хренин заявил" in doc.text


def test_extract_html_returns_none_for_a_page_with_no_body() -> None:
    assert extract_html("<html><body><script>var ready = 1;</script></body></html>") is None
