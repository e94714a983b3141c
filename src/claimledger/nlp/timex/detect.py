"""Finding temporal expressions in running text: every rule's matches, longest first.

Overlaps are settled by length (the longest reading wins: "Friday, Oct. 23"
over "Friday"), and a match whose handler declines gives way to shorter
ones. Bare month names, seasons and years also need the words around them
to look like a date, because "May", "fall" and "2000" are often not times.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from claimledger.nlp.timex import tables as t
from claimledger.nlp.timex.grammar import FULL_MONTHS, RULES, Rule
from claimledger.nlp.timex.normalize import read_match
from claimledger.nlp.timex.reading import Context, Reading

# How far back (in characters) a named date still sets the narrative time.
NARRATIVE_REACH = 400
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[\s,]*$")
# The rules whose quarters and halves are named outright ("the third quarter", "Q3 1989").
_NAMING_RULES = frozenset({"part_of", "part_code"})
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
    if len(words) == 1 and words[0].rstrip(".") in t.MONTHS and words[0] not in FULL_MONTHS:
        return False  # "Jan" alone is a name or a typo more often than a month.
    if len(words) == 1 and words[0] in _AMBIGUOUS_BARE:
        return before in t.DATE_CUES and before not in ("to", "of", "from")
    if len(words) == 1 and words[0] in t.SEASONS:
        return before in t.DATE_CUES or before == "the"
    # "1,990 troops" / "2000 people": a number followed by a count noun is not a year.
    is_count = bool(_NUMBER_UNITS.match(text, m.end()))
    is_money = text[max(0, m.start() - 1) : m.start()] in "$#"
    return not (words[-1].isdigit() and (is_count or is_money))


def find(
    text: str,
    context_for: Callable[[int, int, Sequence[Found]], Context],
    probe: Context | None = None,
) -> list[Found]:
    """Return the temporal expressions in ``text``, sorted by start, none overlapping.

    Extents are settled first (longest first, each checked with ``probe``),
    then each expression is read in text order with ``context_for(start,
    end, found_so_far)``, so the caller (the spaCy component) can supply the
    governing verb's tense and the narrative time from earlier expressions.
    """
    probe = probe or Context(anchor=date(2000, 1, 1))
    candidates: list[tuple[int, int, Rule, re.Match[str]]] = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            if m.end() > m.start() and _plausible(rule, m, text):
                candidates.append((m.start(), m.end(), rule, m))
    # Longest first; on ties the earlier rule in the grammar (the more specific) wins.
    order = {rule.name: i for i, rule in enumerate(RULES)}
    candidates.sort(key=lambda c: (c[0] - c[1], order[c[2].name], c[0]))
    chosen: list[tuple[int, int, Rule, re.Match[str]]] = []
    for cand in candidates:
        start, end, rule, m = cand
        if any(start < c[1] and c[0] < end for c in chosen):
            continue
        if read_match(rule, m, probe) is not None:
            chosen.append(cand)
    found: list[Found] = []
    for start, end, rule, m in sorted(chosen, key=lambda c: c[0]):
        reading = read_match(rule, m, context_for(start, end, found))
        if reading is not None:
            found.append(Found(start, end, text[start:end], rule.name, reading))
    return found


def narrative_context(
    base: Context, start: int, previous: Sequence[Found], reach: int = NARRATIVE_REACH
) -> Context:
    """Return ``base`` with the narrative date and the period in focus taken from ``previous``.

    The narrative date is the last closed calendar date named within ``reach``
    characters before ``start``; the focus is the last quarter or half named.
    """
    narrative = focus = None
    for f in reversed(previous):
        interval = f.reading.interval
        if f.reading.type != "DATE" or interval is None or interval.start is None:
            continue
        if interval.end is None or f.reading.value.endswith("_REF"):
            continue
        if narrative is None and start - f.end <= reach and interval.granularity != "era":
            narrative = interval
        # Only a quarter the text names sets the focus, not one worked out from it
        # ("a year ago" read against the focus must not become the next focus).
        is_part = interval.granularity in ("quarter", "half")
        if focus is None and f.rule in _NAMING_RULES and is_part:
            focus = interval
        if narrative is not None and focus is not None:
            break
    return replace(base, narrative=narrative, focus=focus)
