"""HTML pages (``.html``, ``.htm``): main text and metadata through trafilatura.

The extractor here is shared with the WARC and feed readers, which hand it
the HTML they find inside records and entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from trafilatura import bare_extraction

from claimledger.errors import IngestError
from claimledger.ingest.decoding import DecodeFailure, decode_text
from claimledger.ingest.metadata import (
    Layer,
    MetadataValue,
    PublishedParseError,
    build_metadata,
    try_parse_published,
)
from claimledger.records import SourceDocument

__all__ = ["HtmlExtraction", "decode_html", "extract_html", "html_document", "read_html"]

# A declared charset near the top of the page (``<meta charset>`` or the
# http-equiv form); only consulted when the bytes are not UTF-8.
_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
NO_TEXT = "no main text could be extracted from the HTML (empty page, or no article body)"


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    """The main text of a page and the metadata found in its markup."""

    text: str
    metadata: Mapping[str, MetadataValue]


def decode_html(data: bytes) -> str:
    """Decode an HTML page: UTF-8, or the charset the page declares if it is not UTF-8.

    Raises ``DecodeFailure`` for binary, empty, or undecodable pages.
    """
    try:
        return decode_text(data, what="HTML file")
    except DecodeFailure as exc:
        if exc.kind != "encoding":
            raise
        declared = _CHARSET.search(data[:4096])
        if declared is None:
            raise
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            raise exc from None


def extract_html(markup: str, url: str | None = None) -> HtmlExtraction | None:
    """Return the page's main text and metadata, or ``None`` if it has no main text.

    Paragraphs are separated by newlines. Metadata keys are those of
    ``DocumentMetadata``: ``title``, ``outlet`` (the site name), ``url``,
    ``author``, ``published`` (an ``Interval``, the date htmldate finds via
    trafilatura) and ``language``.
    """
    extracted = bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
    )
    if extracted is None:
        return None
    text = (getattr(extracted, "text", None) or "").strip()
    if not text:
        return None
    metadata: dict[str, MetadataValue] = {
        "title": getattr(extracted, "title", None),
        "outlet": getattr(extracted, "sitename", None),
        "url": getattr(extracted, "url", None),
        "author": getattr(extracted, "author", None),
        "published": try_parse_published(getattr(extracted, "date", None), "html"),
        "language": getattr(extracted, "language", None),
    }
    return HtmlExtraction(text=text, metadata=metadata)


def html_document(
    origin: str,
    markup: str,
    layers_before: Sequence[Layer],
    layers_after: Sequence[Layer],
    *,
    url: str | None = None,
) -> SourceDocument:
    """Return the document for ``markup``, its page metadata between two sets of layers.

    ``layers_before`` are weaker than the page (a WARC date), ``layers_after``
    stronger (a WARC URL, the flags). Raises ``IngestError`` when the page
    has no main text or a date in the layers is unreadable.
    """
    extraction = extract_html(markup, url=url)
    if extraction is None:
        raise IngestError(origin, NO_TEXT)
    layers = [*layers_before, ("html", extraction.metadata), *layers_after]
    try:
        metadata = build_metadata(layers)
    except PublishedParseError as exc:
        raise IngestError(origin, str(exc)) from exc
    return SourceDocument(text=extraction.text, origin=origin, metadata=metadata)


def read_html(path: str, overrides: Sequence[Layer] = ()) -> Iterator[SourceDocument | IngestError]:
    """Yield the one document in the HTML file at ``path``, or the error that stops it."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        try:
            markup = decode_html(data)
        except DecodeFailure as exc:
            raise IngestError(path, str(exc)) from exc
        yield html_document(path, markup, (), overrides)
    except IngestError as exc:
        yield exc
