"""What the claim planners share: a claim's blocking keys, argument words, and its evidence.

Every planner blocks claims by (story, subject entity, predicate or
predicate family) before comparing any two, so no step is quadratic in the ledger;
and every link it writes names its evidence the same way (claim, document,
offsets, text, dates), built here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from claimledger import records as rec
from claimledger.ledger_format import interval_dict
from claimledger.link.knowledge import family_of
from claimledger.store.linking import LinkClaim

_WORD = re.compile(r"[\w-]+")
# Words that carry nothing about what an argument is.
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "its", "it", "their", "his", "her", "our",
    "your", "my", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "not",
    "no", "as", "into", "onto", "than", "then", "also", "just", "only", "very", "some", "any",
    "several", "such", "about", "over", "under", "i", "me", "we", "us", "you", "he", "him",
    "she", "they", "them", "who", "which", "what", "there", "here",
})  # fmt: skip


def argument_words(claim: LinkClaim) -> frozenset[str]:
    """The content words of a claim's arguments, lower-cased."""
    return _content_words(claim.arguments)


@lru_cache(maxsize=1 << 16)
def _content_words(arguments: tuple[str, ...]) -> frozenset[str]:
    # Cached: a syndicated claim's arguments repeat across articles, and the
    # planners ask for them once per comparison.
    return frozenset(
        word
        for argument in arguments
        for word in _WORD.findall(argument.casefold())
        if word not in _FUNCTION_WORDS
    )


def family_key(claim: LinkClaim) -> tuple[str, str] | None:
    """The (subject entity, predicate family) block of a claim; ``None`` without a subject."""
    if claim.subject_entity_id is None:
        return None
    return claim.subject_entity_id, family_of(claim.predicate)


def day(interval: rec.Interval | None, *, latest: bool = False) -> date | None:
    """One day of an interval: its start (or end when ``latest`` or when it has no start)."""
    if interval is None:
        return None
    if latest:
        return interval.end or interval.start
    return interval.start or interval.end


def evidence(claim: LinkClaim, **extra: Any) -> dict[str, Any]:
    """The evidence of one side of a link: the claim, its document, offsets, text and dates."""
    found: dict[str, Any] = {
        "claim": claim.id,
        "document": claim.document_id,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "speaker": claim.speaker,
        "said": interval_dict(claim.said),
        "about": interval_dict(claim.about),
    }
    if claim.about_evidence is not None:
        found["about_evidence"] = {"start": claim.about_evidence[0], "end": claim.about_evidence[1]}
    found.update(extra)
    return found


def blocks(claims: Iterable[LinkClaim], key: Any) -> dict[Any, list[LinkClaim]]:
    """Claims bucketed by ``key(claim)``; claims whose key is ``None`` are left out."""
    found: dict[Any, list[LinkClaim]] = {}
    for claim in claims:
        k = key(claim)
        if k is not None:
            found.setdefault(k, []).append(claim)
    return found


def overlaps(a: rec.Interval | None, b: rec.Interval | None) -> bool:
    """Whether two intervals can be the same time (an unknown interval can be any time)."""
    if a is None or b is None:
        return True
    a_start, a_end = a.start or date.min, a.end or date.max
    b_start, b_end = b.start or date.min, b.end or date.max
    return a_start <= b_end and b_start <= a_end


def story_key(story_of: Mapping[str, str] | None, claim: LinkClaim) -> str:
    """The story a claim's document is in; all one story without ``story_of``.

    A document ``story_of`` does not know is a story of its own.
    """
    if story_of is None:
        return ""
    return story_of.get(claim.document_id, claim.document_id)
