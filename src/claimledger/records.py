"""The ledger's nouns: frozen records shared by every layer.

Every record that comes out of a text carries character offsets (``start``,
``end``) into the document text exactly as stored: Python ``str`` indices,
end exclusive. Nothing here knows about spaCy, SQL or HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Granularity = Literal[
    "time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "era"
]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
AttributionKind = Literal["direct", "indirect", "mixed"]
Certainty = Literal["asserted", "hedged", "forecast", "denied"]
Modality = Literal["fact", "plan", "forecast", "speculation"]
LinkKind = Literal["same", "conflict", "fulfilled", "late", "missed", "contradicted"]
MetadataSource = Literal["sidecar", "flag", "html", "jsonl", "feed", "warc", "inferred"]


@dataclass(frozen=True, slots=True)
class Interval:
    """A stretch of calendar time: ``start`` and ``end`` are both inclusive days.

    An open side is ``None`` ("since Soviet times" has no end, "by the end of
    the year" has no start of its own). ``is_inferred`` says that part of the
    value (typically the year) was not written in the text.
    """

    start: date | None
    end: date | None
    granularity: Granularity
    is_inferred: bool = False

    def contains(self, day: date) -> bool:
        """Return whether ``day`` falls inside the interval (open sides admit all)."""
        after_start = self.start is None or self.start <= day
        before_end = self.end is None or day <= self.end
        return after_start and before_end


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A run of characters in a document."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named thing as the text writes it, with the label we settled on."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A title an entity holds in a document ("State Secretary of the Security Council")."""

    name: str
    role: str
    start: int
    end: int
    name_start: int
    name_end: int


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it: a named entity, a pronoun resolved to one, or a vague source."""

    name: str
    start: int
    end: int
    role: str | None = None
    is_vague: bool = False
    mention_text: str | None = None  # the words at start:end when they differ from name


@dataclass(frozen=True, slots=True)
class Relay:
    """The outlet or agency that carried a statement ("quoted by RIA Novosti")."""

    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression and what it means on the calendar.

    ``value`` is the TimeML TIMEX3 value (``2025-03-18``, ``2025-H2``,
    ``P3Y``, ``PRESENT_REF``); ``interval`` is set for dates and periods that
    can be placed on a calendar. ``anchor`` is the ISO date the value was
    resolved against, if it needed one. ``mod`` is a TimeML modifier such as
    ``END`` or ``BEFORE``.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    interval: Interval | None = None
    anchor: str | None = None
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attributed statement: who, through which cue, said what, when, how sure."""

    start: int
    end: int
    kind: AttributionKind
    content: TextSpan
    speaker: Speaker | None = None
    cue: TextSpan | None = None
    relay: Relay | None = None
    certainty: Certainty = "asserted"
    said: Interval | None = None
    said_evidence: TextSpan | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A proposition taken from an attribution's content or from the narrator.

    ``attribution`` indexes the document's attribution list, or is ``None``
    for the narrator's own claims.
    """

    start: int
    end: int
    text: str
    subject: str | None
    predicate: str
    arguments: tuple[str, ...] = ()
    modality: Modality = "fact"
    polarity: Literal["positive", "negative"] = "positive"
    about: Interval | None = None
    about_evidence: TextSpan | None = None
    attribution: int | None = None


@dataclass(frozen=True, slots=True)
class DocumentMetadata:
    """What is known about an article besides its text, and where each value came from."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: Interval | None = None
    language: str | None = None
    sources: dict[str, MetadataSource] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """An article as ingest hands it on: text, metadata, and where it was read from."""

    text: str
    origin: str
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)


@dataclass(frozen=True, slots=True)
class Annotations:
    """Everything the pipeline found in one document, with offsets into its text."""

    entities: tuple[EntityMention, ...] = ()
    roles: tuple[RoleMention, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    claims: tuple[Claim, ...] = ()
    published: Interval | None = None
    published_evidence: TextSpan | None = None
