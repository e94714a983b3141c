"""What the story queries return: frozen records the API serializes as they are.

Intervals are :class:`When` (``inferred``, not ``is_inferred``, as in
``docs/ledger-format.md``), so an entry turned into JSON by
``api.shapes.jsonable`` already has the ledger format's interval shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

__all__ = [
    "ConflictEntry",
    "Evidence",
    "ForecastEntry",
    "Speaker",
    "StoryClaim",
    "TimelineEntry",
    "When",
]


@dataclass(frozen=True, slots=True)
class When:
    """A calendar interval: inclusive days, ``None`` for an open side."""

    start: date | None
    end: date | None
    granularity: str
    inferred: bool


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a claim: the entity's name when known, else the name as written."""

    name: str
    entity_id: str | None
    role: str | None
    vague: bool


@dataclass(frozen=True, slots=True)
class Evidence:
    """Characters of the claim's document that back a value."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class StoryClaim:
    """A claim with its speaker, document, both clocks and the evidence for each.

    ``said`` is the attribution's said-time; a narrator's claim is said when its
    article was published, and an attributed one without a said-time was said
    by then at the latest (an open start). ``sources`` is how many documents
    carry the claim's group (1 when it has none).
    """

    id: str
    document_id: str
    document_title: str | None
    document_source: str
    outlet: str | None
    published: When | None
    attribution_id: str | None
    speaker: Speaker | None
    certainty: str | None
    text: str
    start: int
    end: int
    subject: str | None
    subject_entity_id: str | None
    predicate: str
    arguments: tuple[str, ...]
    modality: str
    polarity: str
    said: When | None
    about: When | None
    said_evidence: Evidence | None
    about_evidence: Evidence | None
    group_id: str | None
    sources: int


@dataclass(frozen=True, slots=True)
class TimelineEntry(StoryClaim):
    """A claim placed on the timeline: ``when`` is its ``said`` or ``about`` per ``clock``."""

    clock: str = "said"
    when: When | None = None


@dataclass(frozen=True, slots=True)
class ConflictEntry:
    """Two claims that disagree, what they disagree ``on`` and the values on each side.

    ``values`` are the link stage's words for the two sides ("medium-range",
    "long-range"; two dates; two numbers), empty when it gave none;
    ``detail`` is everything it recorded.
    """

    id: str
    on: str | None
    label: str
    values: tuple[str, ...]
    detail: dict[str, Any]
    left: StoryClaim
    right: StoryClaim | None


@dataclass(frozen=True, slots=True)
class ForecastEntry:
    """A forecast or plan, its deadline, what it came to and the claim that settles it.

    ``happened`` is when the link stage placed the outcome (a fact with no date
    of its own happened between the forecast and its report).
    """

    id: str
    status: str
    label: str
    deadline: When | None
    forecast: StoryClaim
    outcome: StoryClaim | None
    happened: When | None = None
    detail: dict[str, Any] = field(default_factory=dict)
