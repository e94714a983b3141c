"""Claims about the same subject and predicate that disagree: on a time, a number, or a label.

* ``time``: two facts with the same subject, predicate and arguments whose
  about-intervals cannot overlap ("arrived in March" / "arrived in December").
* ``number``: the same counted thing given two values ("three systems" /
  "five systems") for the same subject and predicate at compatible times (what
  the claims are about, else when they were said) whose arguments are the
  same but for the numbers; bounds ("at least 501") are not counts.
* ``label``: two values of one exclusive scale said of the same subject, even
  inside one article ("a medium-range ballistic missile" / "a long-range
  weapon system"); the scales are :data:`~claimledger.link.knowledge.LABEL_SCALES`.

Claims are blocked by story and subject (and predicate) first: two articles
about different events say different things of one subject without
disagreeing ("Cruz leads in Iowa" / "Cruz trails in New York"), so claims in
two documents are compared only when the documents share a story; claims in
one document always are (it is one story). Inside a block the
distinct values are compared, not the claims, and each value is represented
by its first claim, so a value repeated by fifty articles makes one link per
disagreeing value, not fifty.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from itertools import combinations
from typing import TypeVar

from claimledger import records as rec
from claimledger.link.evidence import argument_words, blocks, evidence, overlaps, story_key
from claimledger.link.knowledge import LABEL_SCALES
from claimledger.store.linking import LinkClaim, NewLink

# Coarse about-times ("the Soviet era") say too little to disagree on.
_DATED_GRANULARITIES = frozenset(
    {"time", "day", "week", "month", "season", "quarter", "half", "year"}
)
# A block with more distinct values than this is a recurring event, not a disagreement.
MAX_VALUES = 12
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "hundred": 100,
}  # fmt: skip
# "at least 501 delegates" and "at least 866 delegates" do not disagree: a bound is not a count.
_BOUND = r"(?<!at least )(?<!more than )(?<!over )(?<!nearly )(?<!almost )(?<!about )(?<!up to )"
_COUNT = re.compile(
    _BOUND + r"\b(\d[\d,]*(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")\s+([a-z][\w-]*)",
    re.IGNORECASE,
)
_K = TypeVar("_K")
_NOT_UNITS = frozenset(
    {"of", "to", "in", "on", "at", "for", "and", "or", "percent", "per", "a", "p"}
)
_SCALE_PATTERNS = {
    scale: [
        (
            value,
            re.compile(r"(?<![\w-])" + re.escape(value).replace(r"\-", r"[-\s]") + r"(?![\w-])"),
        )
        for value in values
    ]
    for scale, values in LABEL_SCALES.items()
}


def _representatives(found: dict[_K, list[LinkClaim]]) -> dict[_K, LinkClaim]:
    return {value: min(claims, key=lambda c: c.id) for value, claims in found.items()}


def time_conflicts(
    claims: Sequence[LinkClaim], story_of: Mapping[str, str] | None = None
) -> list[NewLink]:
    """Facts with the same subject, predicate and arguments about times that cannot overlap."""
    links = []

    def key(c: LinkClaim) -> tuple[object, ...] | None:
        if c.subject_entity_id is None or c.modality != "fact" or c.polarity != "positive":
            return None
        if c.about is None or c.about.granularity not in _DATED_GRANULARITIES:
            return None
        return (
            story_key(story_of, c),
            c.subject_entity_id,
            c.predicate.lower(),
            tuple(sorted(argument_words(c))),
        )

    for block in blocks(claims, key).values():
        by_time: dict[object, list[LinkClaim]] = {}
        for c in block:
            by_time.setdefault(c.about, []).append(c)
        if not 1 < len(by_time) <= MAX_VALUES:
            continue
        for a, b in combinations(sorted(_representatives(by_time).values(), key=_about_start), 2):
            if not overlaps(a.about, b.about):
                links.append(
                    NewLink(
                        "conflict",
                        a.id,
                        b.id,
                        on="time",
                        detail={
                            "values": [_about_text(a), _about_text(b)],
                            "evidence": [evidence(a), evidence(b)],
                        },
                    )
                )
    return links


def _about_start(c: LinkClaim) -> tuple[date, str]:
    return ((c.about.start or date.min) if c.about else date.min), c.id


def _about_text(c: LinkClaim) -> str:
    if c.about is None:
        return "unknown"
    start = c.about.start.isoformat() if c.about.start else "…"
    end = c.about.end.isoformat() if c.about.end else "…"
    return start if start == end else f"{start}/{end}"


def _counts(claim: LinkClaim) -> dict[str, tuple[float, int, int]]:
    """Counted things in a claim's arguments: unit → (value, start, end) in document offsets.

    Read in the arguments, not the whole text: a live blog's "10:10 p.m." in
    front of a sentence is not a count of anything.
    """
    found: dict[str, tuple[float, int, int]] = {}
    for argument in claim.arguments:
        for match in _COUNT.finditer(argument):
            raw, unit = match.group(1).lower(), match.group(2).lower()
            value = float(_NUMBER_WORDS.get(raw) or raw.replace(",", ""))
            if (1900 <= value <= 2100 and "," not in raw) or unit in _NOT_UNITS:
                continue  # a year, or "44 of the 50": not a count of a thing
            unit = unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit
            at = claim.text.find(match.group(0))
            start = claim.start + at if at >= 0 else claim.start
            found.setdefault(unit, (value, start, start + len(match.group(0))))
    return found


def _uncounted_words(claim: LinkClaim) -> tuple[str, ...]:
    """The argument words besides the counts: what the counted things are said of."""
    return tuple(
        sorted(w for w in argument_words(claim) if not w[0].isdigit() and w not in _NUMBER_WORDS)
    )


def _when(claim: LinkClaim) -> rec.Interval | None:
    """The time a count holds at: what the claim is about, else the day it was said.

    A count changes ("now has 501 delegates" in February, 866 in March): two
    counts only disagree when they can hold at the same time.
    """
    return claim.about or claim.said


def number_conflicts(
    claims: Sequence[LinkClaim], story_of: Mapping[str, str] | None = None
) -> list[NewLink]:
    """The same counted thing given different values for one subject and predicate."""
    links = []

    def key(c: LinkClaim) -> tuple[object, ...] | None:
        if c.subject_entity_id is None or c.polarity != "positive":
            return None
        return (
            story_key(story_of, c),
            c.subject_entity_id,
            c.predicate.lower(),
            c.modality == "fact",
            _uncounted_words(c),
        )

    for block in blocks(claims, key).values():
        by_count: dict[tuple[str, float], list[LinkClaim]] = {}
        offsets: dict[tuple[str, LinkClaim], tuple[int, int]] = {}
        for c in block:
            for unit, (value, start, end) in _counts(c).items():
                by_count.setdefault((unit, value), []).append(c)
                offsets.setdefault((unit, c), (start, end))
        if not 1 < len(by_count) <= MAX_VALUES:
            continue
        reps = _representatives(by_count)
        for ((unit_a, value_a), a), ((unit_b, value_b), b) in combinations(
            sorted(reps.items(), key=lambda kv: str(kv[0])), 2
        ):
            if unit_a != unit_b or value_a == value_b or not overlaps(_when(a), _when(b)):
                continue
            links.append(
                NewLink(
                    "conflict",
                    a.id,
                    b.id,
                    on="number",
                    detail={
                        "unit": unit_a,
                        "values": [value_a, value_b],
                        "evidence": [
                            evidence(a, value_span=list(offsets[(unit_a, a)])),
                            evidence(b, value_span=list(offsets[(unit_b, b)])),
                        ],
                    },
                )
            )
    return links


def _labels(claim: LinkClaim) -> dict[tuple[str, str], tuple[int, int]]:
    """Scale values said of the claim's subject: (scale, value) → document offsets."""
    found: dict[tuple[str, str], tuple[int, int]] = {}
    lowered = claim.text.casefold()
    described = " ".join(claim.arguments).casefold()
    for scale, patterns in _SCALE_PATTERNS.items():
        for value, pattern in patterns:
            if pattern.search(described):
                match = pattern.search(lowered)
                if match is not None:
                    found[(scale, value)] = (claim.start + match.start(), claim.start + match.end())
    return found


def label_conflicts(
    claims: Sequence[LinkClaim], story_of: Mapping[str, str] | None = None
) -> list[NewLink]:
    """Two values of one exclusive scale said of one subject ("medium-range" / "long-range")."""
    links = []

    def key(c: LinkClaim) -> tuple[str, str] | None:
        # What a thing *is* is said with "be": descriptions beside a name and copular sentences.
        if c.subject_entity_id is None or c.polarity != "positive" or c.predicate != "be":
            return None
        return story_key(story_of, c), c.subject_entity_id

    for block in blocks(claims, key).values():
        by_value: dict[tuple[str, str], list[LinkClaim]] = {}
        offsets: dict[tuple[tuple[str, str], str], tuple[int, int]] = {}
        for c in block:
            for found, span in _labels(c).items():
                by_value.setdefault(found, []).append(c)
                offsets[(found, c.id)] = span
        reps = _representatives(by_value)
        for (ka, a), (kb, b) in combinations(sorted(reps.items(), key=lambda kv: str(kv[0])), 2):
            (scale_a, value_a), (scale_b, value_b) = ka, kb
            if scale_a != scale_b or value_a == value_b:
                continue
            span_a, span_b = offsets[(ka, a.id)], offsets[(kb, b.id)]
            links.append(
                NewLink(
                    "conflict",
                    a.id,
                    b.id,
                    on="label",
                    detail={
                        "scale": scale_a,
                        "values": [value_a, value_b],
                        "evidence": [
                            evidence(a, value_span=list(span_a)),
                            evidence(b, value_span=list(span_b)),
                        ],
                    },
                )
            )
    return links


def find_conflicts(
    claims: Sequence[LinkClaim], story_of: Mapping[str, str] | None = None
) -> list[NewLink]:
    """Every time, number and label conflict among ``claims`` (subjects already resolved).

    ``story_of`` maps document id to story id; without it, all claims are one story.
    """
    return [
        *time_conflicts(claims, story_of),
        *number_conflicts(claims, story_of),
        *label_conflicts(claims, story_of),
    ]
