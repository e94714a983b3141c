"""Web archives (``.warc``, ``.warc.gz``): every HTML response is an article.

Records go through the same HTML extractor as ``.html`` files. The URL comes
from ``WARC-Target-URI`` (what was actually fetched, so it beats a canonical
link in the page); ``WARC-Date`` (the crawl time) only fills in when the page
itself has no date, since a page is usually crawled after it was published.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]

from claimledger.errors import IngestError
from claimledger.ingest.decoding import DecodeFailure
from claimledger.ingest.html import decode_html, html_document
from claimledger.ingest.metadata import Layer, try_parse_published
from claimledger.records import SourceDocument

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def _decode_payload(payload: bytes, content_type: str) -> str:
    """Decode an HTTP body by its declared charset, else as an HTML page would be."""
    declared = _CHARSET.search(content_type)
    if declared:
        try:
            return payload.decode(declared.group(1))
        except (LookupError, UnicodeDecodeError):
            pass  # servers mislabel charsets often; fall back to the page's own rules
    return decode_html(payload)


def read_warc(path: str, overrides: Sequence[Layer] = ()) -> Iterator[SourceDocument | IngestError]:
    """Yield a document or an error for every HTML ``response`` record in the WARC.

    Origins are ``PATH:N`` with ``N`` the record's position (1-based) in the
    archive. Other records (requests, metadata, images) are skipped. A WARC
    with no HTML response at all, or one that cannot be read, is an error.
    """
    found = 0
    position = 0
    with open(path, "rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                position += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if not content_type.lower().startswith(_HTML_TYPES):
                    continue
                found += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
                origin = f"{path}:{position}"
                payload = record.content_stream().read()
                # warcio stops quietly at the end of a cut-off file; what it did
                # not deliver is left in the record's length limit.
                missing = getattr(record.raw_stream, "limit", 0) or 0
                if missing > 0:
                    yield IngestError(
                        origin, f"record for {uri} is truncated ({missing} bytes missing)"
                    )
                    continue
                try:
                    markup = _decode_payload(payload, content_type)
                    crawled = try_parse_published(
                        record.rec_headers.get_header("WARC-Date"), "warc"
                    )
                    yield html_document(
                        origin,
                        markup,
                        [("warc", {"published": crawled})],
                        [("warc", {"url": uri}), *overrides],
                        url=uri,
                    )
                except DecodeFailure as exc:
                    yield IngestError(origin, f"record for {uri}: {exc}")
                except IngestError as exc:
                    yield IngestError(exc.path, f"record for {uri}: {exc.reason}")
        except ArchiveLoadFailed as exc:
            yield IngestError(path, f"not a readable WARC after record {position}: {exc}")
            return
    if not found:
        yield IngestError(path, "no HTML response records in this WARC")
