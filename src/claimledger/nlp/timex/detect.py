"""Finding temporal expressions in running text: every rule's matches, longest first.

Overlaps are settled by length (the longest reading wins: "Friday, Oct. 23"
over "Friday"), and a match whose handler declines gives way to shorter
ones. Bare month names, seasons and years also need the words around them
to look like a date, because "May", "fall" and "2000" are often not times.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimledger.nlp.timex import tables as t
from claimledger.nlp.timex.grammar import RULES, Rule
from claimledger.nlp.timex.normalize import read_match
from claimledger.nlp.timex.reading import Context, Reading

_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[\s,]*$")
_AMBIGUOUS_BARE = {"may", "march", "fall", "spring"}
_NUMBER_UNITS = re.compile(
    r"\s*(?:%|percent|per\s+cent|[a-z]+illion|dollars|people|"
    r"shares|tons?|units|votes|troops|employees|acres|miles|feet)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Found:
    """A temporal expression found in a text: its extent, its rule and its reading."""

    start: int
    end: int
    text: str
    rule: str
    reading: Reading


def _previous_word(text: str, start: int) -> str:
    m = _PREVIOUS_WORD.search(text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def _plausible(rule: Rule, m: re.Match[str], text: str) -> bool:
    """Whether a match of a bare name or number is likely meant as a time, from its neighbours."""
    if rule.name != "period":
        return True
    words = m.group(0).lower().split()
    before = _previous_word(text, m.start())
    if len(words) == 1 and words[0] in _AMBIGUOUS_BARE:
        return before in t.DATE_CUES and before not in ("to", "of", "from")
    if len(words) == 1 and words[0] in t.SEASONS:
        return before in t.DATE_CUES or before == "the"
    if words[-1].isdigit():
        # "1,990 troops" / "2000 people": a number followed by a count noun is not a year.
        if _NUMBER_UNITS.match(text, m.end()) or text[max(0, m.start() - 1) : m.start()] in "$#":
            return m.start() == 0 and False
    return True


def find(text: str, context_for: Callable[[int, int], Context]) -> list[Found]:
    """Return the temporal expressions in ``text``, sorted by start, none overlapping.

    ``context_for(start, end)`` gives the anchor and tense for a candidate
    span, so the caller (the spaCy component) can supply the governing
    verb's tense and the narrative time.
    """
    candidates: list[tuple[int, int, Rule, re.Match[str]]] = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            if m.end() > m.start() and _plausible(rule, m, text):
                candidates.append((m.start(), m.end(), rule, m))
    # Longest first; on ties the earlier rule in the grammar (the more specific) wins.
    order = {rule.name: i for i, rule in enumerate(RULES)}
    candidates.sort(key=lambda c: (c[0] - c[1], order[c[2].name], c[0]))
    taken: list[Found] = []
    for start, end, rule, m in candidates:
        if any(start < f.end and f.start < end for f in taken):
            continue
        reading = read_match(rule, m, context_for(start, end))
        if reading is not None:
            taken.append(Found(start, end, text[start:end], rule.name, reading))
    return sorted(taken, key=lambda f: f.start)
