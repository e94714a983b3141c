"""The content hash that makes ingesting the same article twice a no-op."""

from __future__ import annotations

import hashlib
import unicodedata

__all__ = ["document_id", "normalize_for_id"]

ID_LENGTH = 16


def normalize_for_id(text: str) -> str:
    """Return ``text`` in the canonical form the id is computed from.

    Unicode NFC, every run of whitespace (line endings included) folded to one
    space, stripped: re-wrapping or CRLF/LF differences do not make a new article.
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


def document_id(text: str) -> str:
    """Return the document id: the first 16 hex digits of sha256(normalized text)."""
    digest = hashlib.sha256(normalize_for_id(text).encode("utf-8")).hexdigest()
    return digest[:ID_LENGTH]
