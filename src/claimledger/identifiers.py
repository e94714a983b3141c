"""Stable identifiers for ledger rows.

A row's id is derived from its document's content id and its place in that
document, so extracting the same text twice, or exporting what was stored,
gives the same ids.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

ROW_PREFIXES = {
    "entity_mention": "m",
    "role": "r",
    "time": "t",
    "attribution": "a",
    "claim": "c",
}

_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_QUOTES = "'‘’\"“”«»"


def row_id(document_id: str, kind: str, index: int) -> str:
    """Return the id of the ``index``-th row of ``kind`` in a document."""
    return f"{document_id}-{ROW_PREFIXES[kind]}{index}"


def name_key(name: str) -> str:
    """Return the comparison key for a name: case, quotes, articles, possessives folded."""
    text = unicodedata.normalize("NFKC", name).strip().strip(_QUOTES).strip()
    text = _LEADING_ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return " ".join(text.casefold().split())


def entity_id(label: str, name: str) -> str:
    """Return the id an entity is created with, from its label and canonical name."""
    digest = hashlib.sha1(f"{label}:{name_key(name)}".encode()).hexdigest()[:12]
    return f"e-{digest}"


def outlet_id(name: str) -> str:
    """Return the id of an outlet from its name ("RIA Novosti" = "Ria Novosti")."""
    key = re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-")
    return key or hashlib.sha1(name.encode()).hexdigest()[:12]
