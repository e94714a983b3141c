"""Ingest: any source (text, HTML, JSON Lines, WARC, feeds) into ``SourceDocument``s.

``read_sources`` is the entry point; it never raises for bad input, it yields
an ``IngestError`` for the file or line and goes on. ``document_id`` is the
content hash that makes ingesting the same article twice a no-op.
"""

from __future__ import annotations

from claimledger.ingest.html import extract_html
from claimledger.ingest.identity import document_id
from claimledger.ingest.metadata import PublishedParseError, parse_published
from claimledger.ingest.sources import expand_paths, read_sources, supported_extension

__all__ = [
    "PublishedParseError",
    "document_id",
    "expand_paths",
    "extract_html",
    "parse_published",
    "read_sources",
    "supported_extension",
]
