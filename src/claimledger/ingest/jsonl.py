"""JSON Lines (``.jsonl``, ``.ndjson``): one article per line.

Each line is an object with ``text`` (required) and optionally ``title``,
``url``, ``outlet``, ``published``, ``author``, ``language``. A bad line is
reported with its line number and the others are still read, so one broken
record does not cost a whole export.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from claimledger.errors import IngestError
from claimledger.ingest.decoding import DecodeFailure, decode_text
from claimledger.ingest.metadata import FIELDS, Layer, PublishedParseError, build_metadata
from claimledger.records import SourceDocument

__all__ = ["jsonl_document", "read_jsonl"]


def _parse_line(path: str, number: int, raw: bytes) -> dict[str, Any]:
    """Return the JSON object on one line; raises ``IngestError`` naming the line."""
    try:
        line = decode_text(raw, what="line")
    except DecodeFailure as exc:
        raise IngestError(path, str(exc), line=number) from exc
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise IngestError(
            path, f"not valid JSON: {exc.msg} at column {exc.colno}", line=number
        ) from exc
    if not isinstance(record, dict):
        raise IngestError(path, f"expected a JSON object, got {type(record).__name__}", line=number)
    return record


def jsonl_document(
    path: str, number: int, record: dict[str, Any], overrides: Sequence[Layer] = ()
) -> SourceDocument:
    """Return the document for one parsed JSONL record (origin ``PATH:LINE``).

    Raises ``IngestError`` naming the line if ``text`` is missing, blank or not
    a string, a metadata field is not a string, or ``published`` is unreadable.
    """
    text = record.get("text")
    if text is None:
        raise IngestError(path, "missing required field 'text'", line=number)
    if not isinstance(text, str):
        raise IngestError(
            path, f"field 'text' must be a string, got {type(text).__name__}", line=number
        )
    if not text.strip():
        raise IngestError(path, "field 'text' is empty", line=number)
    fields = {}
    for name in FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise IngestError(path, f"field {name!r} must be a string", line=number)
        fields[name] = value
    try:
        metadata = build_metadata([("jsonl", fields), *overrides])
    except PublishedParseError as exc:
        raise IngestError(path, str(exc), line=number) from exc
    # The JSON string is the article text exactly; a BOM inside it is content.
    return SourceDocument(text=text, origin=f"{path}:{number}", metadata=metadata)


def read_jsonl(
    path: str, overrides: Sequence[Layer] = ()
) -> Iterator[SourceDocument | IngestError]:
    """Yield a document or an error for every non-blank line of the file at ``path``."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        yield IngestError(path, "empty file" if not data else "whitespace-only file")
        return
    # Split on LF only: a CR inside a line is JSON whitespace, and a literal
    # newline cannot occur inside a JSON string.
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            record = _parse_line(path, number, raw)
            yield jsonl_document(path, number, record, overrides)
        except IngestError as exc:
            yield exc
