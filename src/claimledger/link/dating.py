"""Dates the annotator could not place, placed against the story: open years and vague futures.

**Open years.** An undated article that says "on December 17" has a time
``XXXX-12-17`` with no interval: within one document there is nothing to take
the year from. Across the ledger there is: the other articles of the same
story. The rule is

    the year is the one that puts the day first on or after the publication
    date of the latest dated document of the story,

where the story of a document is the one the link stage grouped it into
(:mod:`claimledger.link.document_stories`: the articles about one event,
by what they say, not merely whom they name). A caller without stories gets
a stand-in: the dated documents that share at least
:data:`MIN_SHARED_ENTITIES` specific entities (people, organisations,
products, events; not countries, which whole unrelated stories share) with it.
Why: an article without a date in a collection about a developing story is
most often a later report on it, and a month and day written without a year
read, to the writer, as the nearest such day; the latest dated report is the
earliest the undated one can be assumed to know of. It is a heuristic and can
be wrong: an undated background piece written before the latest report, or a
date in the previous December written in January, gets the wrong year. Every
value it sets is marked ``inferred``, so readers see it was not in the text.

**Vague futures.** "Imminently" or "soon" (TIMEX ``FUTURE_REF``) are anchored
by the annotator on the publication date, with no end. The link stage knows
when the words were said, and gives them a horizon:
``[said, said + FUTURE_REF_HORIZON]``.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from claimledger import records as rec
from claimledger.link.knowledge import FUTURE_REF_HORIZON
from claimledger.nlp.timex.signals import open_by_signal, signal_before
from claimledger.store.linking import Corpus, LinkAttribution, LinkClaim

MIN_SHARED_ENTITIES = 2
# Labels of entities specific enough that sharing them puts two articles in one story.
STORY_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "EVENT", "FAC", "LAW"})
_OPEN_YEAR = re.compile(r"^XXXX(?:-(\d\d))?(?:-(\d\d))?$")
# What the TimeML mod of an open "the end of the year" keeps of the year.
_BEFORE_MODS = frozenset({"ON_OR_BEFORE", "BEFORE"})


@dataclass(frozen=True, slots=True)
class Dating:
    """New intervals to write, and every claim with its subject, about and said as resolved."""

    claim_about: dict[str, rec.Interval | None]
    attribution_said: dict[str, rec.Interval | None]
    claims: list[LinkClaim]


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def place_open_year(value: str, mod: str | None, floor: date) -> rec.Interval | None:
    """Return the interval of an open-year TIMEX value, first on or after ``floor``.

    ``XXXX-12-17`` with floor 2025-03-18 → 2025-12-17; ``XXXX-01`` → 2026-01;
    ``XXXX`` (a year: "the end of the year") → floor's year. ``None`` when
    ``value`` has no open year.
    """
    match = _OPEN_YEAR.match(value)
    if match is None:
        return None
    month, day = (int(g) if g else None for g in match.groups())
    if month is None:
        year = floor.year
        end = date(year, 12, 31)
        if mod in _BEFORE_MODS:
            return rec.Interval(None, end, "year", is_inferred=True)
        if mod == "END":
            return rec.Interval(date(year, 9, 1), end, "year", is_inferred=True)
        return rec.Interval(date(year, 1, 1), end, "year", is_inferred=True)
    if not 1 <= month <= 12:
        return None
    if day is None:
        year = floor.year if month >= floor.month else floor.year + 1
        return rec.Interval(date(year, month, 1), _last_day(year, month), "month", True)
    year = floor.year if (month, day) >= (floor.month, floor.day) else floor.year + 1
    try:
        return rec.Interval(date(year, month, day), date(year, month, day), "day", True)
    except ValueError:  # 29 February in a year without one: the next year that has it
        return None


def _story_floors(
    corpus: Corpus, survivor_of: dict[str, str], labels: dict[str, str], undated: Iterable[str]
) -> dict[str, date]:
    """The publication date of the latest dated document of each undated document's story."""
    entities_of: dict[str, set[str]] = {}
    for m in corpus.mentions:
        entity = survivor_of.get(m.entity_id, m.entity_id)
        if labels.get(entity) in STORY_LABELS:
            entities_of.setdefault(m.document_id, set()).add(entity)
    documents_of: dict[str, set[str]] = {}
    for document_id, entities in entities_of.items():
        published = corpus.documents[document_id].published
        if published is not None and (published.end or published.start):
            for entity in entities:
                documents_of.setdefault(entity, set()).add(document_id)
    floors: dict[str, date] = {}
    for document_id in undated:
        shared: Counter[str] = Counter()
        for entity in entities_of.get(document_id, ()):
            shared.update(documents_of.get(entity, ()))
        dates = [
            _day(corpus.documents[other].published)
            for other, n in shared.items()
            if n >= MIN_SHARED_ENTITIES and other != document_id
        ]
        known = [d for d in dates if d is not None]
        if known:
            floors[document_id] = max(known)
    return floors


def _story_floors_by_story(
    corpus: Corpus, story_of: Mapping[str, str], undated: Iterable[str]
) -> dict[str, date]:
    """The publication date of the latest dated document of each undated document's story."""
    latest: dict[str, date] = {}
    for document_id, document in corpus.documents.items():
        published = _day(document.published)
        story = story_of.get(document_id, document_id)
        if published is not None and published > latest.get(story, date.min):
            latest[story] = published
    floors: dict[str, date] = {}
    for document_id in undated:
        floor = latest.get(story_of.get(document_id, document_id))
        if floor is not None:
            floors[document_id] = floor
    return floors


def _day(interval: rec.Interval | None) -> date | None:
    if interval is None:
        return None
    return interval.end or interval.start


def _said_time(
    attribution: LinkAttribution, times: dict[tuple[int, int], rec.TimeExpression]
) -> rec.TimeExpression | None:
    """The open-year date of a statement: its said evidence, or one outside its content."""
    if attribution.said_evidence is not None:
        return times.get(attribution.said_evidence)
    for (start, end), time in sorted(times.items()):
        inside = attribution.start <= start and end <= attribution.end
        in_content = attribution.content_start <= start < attribution.content_end
        if inside and not in_content and time.type == "DATE" and time.value.startswith("XXXX"):
            return time
    return None


def resolve_dates(
    corpus: Corpus,
    survivor_of: dict[str, str],
    labels: dict[str, str],
    story_of: Mapping[str, str] | None = None,
) -> Dating:
    """Place open years and vague futures; return what to write and the resolved claims.

    ``story_of`` maps document id to story id; without it, an undated document's
    story is the dated documents that share specific entities with it.
    """
    undated = {
        id_
        for id_, document in corpus.documents.items()
        if any(t.interval is None and _OPEN_YEAR.match(t.value) for t in document.times.values())
    }
    floors = (
        _story_floors(corpus, survivor_of, labels, undated)
        if story_of is None
        else _story_floors_by_story(corpus, story_of, undated)
    )

    said: dict[str, rec.Interval | None] = {}
    for attribution in corpus.attributions.values():
        floor = floors.get(attribution.document_id)
        # A said date the text gave stays; an inferred one is placed again (the story grows).
        if floor is None or (attribution.said is not None and not attribution.said.is_inferred):
            continue
        time = _said_time(attribution, corpus.documents[attribution.document_id].times)
        placed = place_open_year(time.value, time.mod, floor) if time else None
        if placed is not None:
            said[attribution.id] = placed

    about: dict[str, rec.Interval | None] = {}
    claims: list[LinkClaim] = []
    for claim in corpus.claims:
        claim_said = said.get(claim.attribution_id or "", claim.said)
        time = None
        if claim.about_evidence is not None:
            time = corpus.documents[claim.document_id].times.get(claim.about_evidence)
        new_about = claim.about
        floor = floors.get(claim.document_id)
        if time is not None and time.interval is None and floor is not None:
            placed = place_open_year(time.value, time.mod, floor)
            # "by the end of the year": a deadline, as the annotator makes it in dated text.
            text = corpus.documents[claim.document_id].text
            signal = signal_before(text, time.start)
            opened = open_by_signal(placed, signal) if placed is not None else None
            new_about = (opened[0] if opened else placed) or claim.about
        elif time is not None and time.value == "FUTURE_REF" and claim_said is not None:
            anchor = claim_said.start or claim_said.end
            if anchor is not None:
                new_about = rec.Interval(anchor, anchor + FUTURE_REF_HORIZON, "day", True)
        if new_about != claim.about:
            about[claim.id] = new_about
        if new_about != claim.about or claim_said != claim.said:
            claim = replace(claim, about=new_about, said=claim_said)
        claims.append(claim)
    return Dating(about, said, claims)
