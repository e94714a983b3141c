"""Plain-text articles (``.txt``), with metadata from a ``NAME.meta.json`` sidecar."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence

from claimledger.errors import IngestError
from claimledger.ingest.decoding import DecodeFailure, decode_text
from claimledger.ingest.metadata import FIELDS, Layer, PublishedParseError, build_metadata
from claimledger.records import SourceDocument

__all__ = ["SIDECAR_SUFFIX", "read_text", "sidecar_path", "text_document"]

SIDECAR_SUFFIX = ".meta.json"


def sidecar_path(path: str) -> str:
    """Return where the sidecar of ``path`` lives: ``NAME.meta.json`` beside ``NAME.txt``."""
    stem, _ = os.path.splitext(path)
    return stem + SIDECAR_SUFFIX


def _read_sidecar(path: str) -> Layer | None:
    """Return the sidecar's metadata as a layer, ``None`` if there is no sidecar.

    Raises ``IngestError`` (naming the sidecar) when it is not a JSON object
    of strings.
    """
    meta_path = sidecar_path(path)
    try:
        with open(meta_path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IngestError(meta_path, f"cannot read sidecar: {exc.strerror or exc}") from exc
    try:
        data = json.loads(decode_text(raw, what="sidecar"))
    except DecodeFailure as exc:
        raise IngestError(meta_path, f"sidecar {exc}") from exc
    except json.JSONDecodeError as exc:
        raise IngestError(
            meta_path, f"sidecar is not valid JSON: {exc.msg}", line=exc.lineno
        ) from exc
    if not isinstance(data, dict):
        raise IngestError(meta_path, "sidecar must be a JSON object with metadata fields")
    fields = {}
    for name in FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise IngestError(meta_path, f"sidecar field {name!r} must be a string")
        fields[name] = value
    return ("sidecar", fields)


def text_document(
    origin: str, data: bytes, layers: Sequence[Layer], *, what: str = "file"
) -> SourceDocument:
    """Return the document for UTF-8 text ``data`` with metadata from ``layers``.

    Raises ``IngestError`` for binary, non-UTF-8, empty input or a bad date.
    """
    try:
        text = decode_text(data, what=what)
    except DecodeFailure as exc:
        raise IngestError(origin, str(exc)) from exc
    try:
        metadata = build_metadata(layers)
    except PublishedParseError as exc:
        raise IngestError(origin, str(exc)) from exc
    return SourceDocument(text=text, origin=origin, metadata=metadata)


def read_text(path: str, overrides: Sequence[Layer] = ()) -> Iterator[SourceDocument | IngestError]:
    """Yield the one document in the text file at ``path``, or the error that stops it.

    Metadata: the sidecar, then ``overrides`` (the flags), which win.
    """
    try:
        sidecar = _read_sidecar(path)
        with open(path, "rb") as handle:
            data = handle.read()
        layers = ([sidecar] if sidecar else []) + list(overrides)
        yield text_document(path, data, layers)
    except IngestError as exc:
        yield exc
