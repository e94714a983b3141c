"""An article as a run of segments, each carrying the ledger rows whose evidence covers it.

The page prints each segment's text through the autoescaping template, so
the article never reaches the browser as markup, whatever it contains;
highlighting is classes and ``data-ids`` on plain ``<span>`` elements.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any


@dataclass(frozen=True, slots=True)
class Mark:
    """A stretch of text that is evidence for a ledger row (``row_id``) in role ``kind``."""

    row_id: str
    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text between two mark boundaries, and the marks that cover it."""

    text: str
    start: int
    kinds: tuple[str, ...]
    row_ids: tuple[str, ...]
    anchors: tuple[str, ...]  # rows whose evidence begins here


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; marks outside the text are clipped or dropped."""
    size = len(text)
    kept = [
        Mark(m.row_id, m.kind, max(0, m.start), min(size, m.end))
        for m in marks
        if m.end > m.start and m.start < size and m.end > 0
    ]
    cuts = sorted({0, size, *(m.start for m in kept), *(m.end for m in kept)})
    out: list[Segment] = []
    seen: set[str] = set()
    for a, b in pairwise(cuts):
        covering = [m for m in kept if m.start <= a and m.end >= b]
        ids = tuple(dict.fromkeys(m.row_id for m in covering))
        anchors = tuple(i for i in ids if i not in seen)
        seen.update(anchors)
        kinds = tuple(sorted({m.kind for m in covering}))
        out.append(Segment(text[a:b], a, kinds, ids, anchors))
    return out


def _span_mark(row_id: str, kind: str, span: dict[str, Any] | None) -> list[Mark]:
    if not span or span.get("start") is None or span.get("end") is None:
        return []
    return [Mark(row_id, kind, int(span["start"]), int(span["end"]))]


def document_marks(detail: dict[str, Any]) -> list[Mark]:
    """Return the marks for every attribution, claim and time expression of a document detail."""
    marks: list[Mark] = []
    for a in detail.get("attributions", ()):
        marks += _span_mark(a["id"], "content", a.get("content"))
        marks += _span_mark(a["id"], "speaker", a.get("speaker"))
        marks += _span_mark(a["id"], "cue", a.get("cue"))
        marks += _span_mark(a["id"], "relay", a.get("relay"))
        marks += _span_mark(a["id"], "said", a.get("said_evidence"))
    for c in detail.get("claims", ()):
        marks += _span_mark(c["id"], "claim", c)
        marks += _span_mark(c["id"], "about", c.get("about_evidence"))
    for r in detail.get("roles", ()):
        marks += _span_mark(r["id"], "role", r)
    for t in detail.get("times", ()):
        marks += _span_mark(t["id"], "time", t)
    return marks
