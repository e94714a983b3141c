"""WARC archives: each HTML response record becomes a document."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.errors import IngestError
from claimledger.ingest import read_sources
from claimledger.records import SourceDocument


def _response(writer: WARCWriter, uri: str, body: bytes, content_type: str, when: str) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0")
    record = writer.create_warc_record(
        uri,
        "response",
        payload=BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": when},
    )
    writer.write_record(record)


def _write_warc(path: Path, records: list[tuple[str, bytes, str]], *, gzip: bool) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for uri, body, content_type in records:
            _response(writer, uri, body, content_type, "2025-03-20T06:00:00Z")


@pytest.mark.parametrize(("name", "gzip"), [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_html_responses_become_documents_with_warc_url(
    tmp_path: Path, article_html: str, seed_paragraphs: list[str], name: str, gzip: bool
) -> None:
    # No date anywhere in this page (htmldate also reads dates in the text).
    undated = (
        "<html><body><article>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in seed_paragraphs[1:3])
        + "</article></body></html>"
    )
    path = tmp_path / name
    _write_warc(
        path,
        [
            ("https://herald.example/a?utm=x", article_html.encode(), "text/html; charset=utf-8"),
            ("https://herald.example/logo.png", b"\x89PNG\r\n", "image/png"),
            ("https://herald.example/b", undated.encode(), "text/html"),
        ],
        gzip=gzip,
    )
    first, second = read_sources([str(path)])
    assert isinstance(first, SourceDocument) and isinstance(second, SourceDocument)
    assert seed_paragraphs[0] in first.text
    assert first.origin == f"{path}:1"
    # The fetched URL wins over the page's canonical link; the page's date over the crawl date.
    assert first.metadata.url == "https://herald.example/a?utm=x"
    assert first.metadata.sources["url"] == "warc"
    assert first.metadata.published is not None
    assert first.metadata.published.start == date(2025, 3, 19)
    assert first.metadata.sources["published"] == "html"
    assert second.origin == f"{path}:3"
    assert second.metadata.published is not None
    assert second.metadata.published.start == date(2025, 3, 20)
    assert second.metadata.sources["published"] == "warc"


def test_record_without_text_is_an_error_and_the_rest_go_on(
    tmp_path: Path, article_html: str
) -> None:
    path = tmp_path / "mixed.warc.gz"
    _write_warc(
        path,
        [
            ("https://herald.example/empty", b"<html><body></body></html>", "text/html"),
            ("https://herald.example/a", article_html.encode(), "text/html"),
        ],
        gzip=True,
    )
    error, doc = read_sources([str(path)])
    assert isinstance(error, IngestError)
    assert "https://herald.example/empty" in error.reason
    assert "no main text" in error.reason
    assert isinstance(doc, SourceDocument)


def test_warc_without_html_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "images.warc.gz"
    _write_warc(path, [("https://herald.example/x.png", b"\x89PNG", "image/png")], gzip=True)
    (error,) = read_sources([str(path)])
    assert isinstance(error, IngestError)
    assert "no HTML response" in error.reason


def test_garbage_warc_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a web archive\r\n\r\n")
    (error,) = read_sources([str(path)])
    assert isinstance(error, IngestError)
    assert "WARC" in error.reason
    assert "unexpected" not in error.reason


def test_truncated_record_is_an_error_not_half_an_article(
    tmp_path: Path, article_html: str
) -> None:
    path = tmp_path / "cut.warc.gz"
    _write_warc(
        path,
        [
            ("https://herald.example/a", article_html.encode(), "text/html"),
            ("https://herald.example/b", article_html.encode(), "text/html"),
        ],
        gzip=True,
    )
    path.write_bytes(path.read_bytes()[:-200])
    items = list(read_sources([str(path)]))
    assert isinstance(items[0], SourceDocument)
    assert isinstance(items[-1], IngestError)
    assert "truncated" in items[-1].reason or "WARC" in items[-1].reason
    assert not any(isinstance(item, SourceDocument) for item in items[1:])
