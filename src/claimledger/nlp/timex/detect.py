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

from claimledger.nlp.timex import calendar as cal
from claimledger.nlp.timex import tables as t
from claimledger.nlp.timex.accounting import accounting_period
from claimledger.nlp.timex.grammar import FULL_MONTHS, RULES, Rule
from claimledger.nlp.timex.normalize import read_match
from claimledger.nlp.timex.reading import Context, Reading

# How far back (in characters) a named date still sets the narrative time.
NARRATIVE_REACH = 400
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[\s,]*$")
# The rules whose quarters and halves are named outright ("the third quarter", "Q3 1989").
_NAMING_RULES = frozenset({"part_of", "part_code"})
_SPOKEN_YEAR = re.compile(t.SPOKEN_YEAR, re.I)
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


# "$1.76 a year", "358,000 a month", "four flights a week": a rate, not a duration.
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|percent|cents?|dollars?|times|once|twice"
    r"|seats|flights|units|shares|people))\s*$",
    re.I,
)
# "three-quarters of its food", "a quarter of the market": a fraction, not a time.
# "as soon as he arrives", "soon after", "the future of Europe": conjunctions and nouns.
_NOT_REFERENCE = re.compile(r"\s+(?:as\s+(?!possible)|after\b|afterwards?\b|of\b)", re.I)
# "current" is a time only as an adjective before its noun: not "against the current",
# not "current account" (a balance-of-payments term).
_BEFORE_NOUN = re.compile(
    r"\s+(?!(?:accounts?|and|or|but|while|of|in|on|at|to|from|by|with|that|which|is|was|are"
    r"|were|as|for)\b)[a-z]"
)
_FRACTION = re.compile(r"\b(?:a|one|two|three)[-\s]quarters?$", re.I)
_FRACTION_AFTER = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:year|fiscal|\d{4}))", re.I)


def _is_rate_or_fraction(m: re.Match[str], text: str) -> bool:
    words = m.group(0).lower().split()
    is_one_unit = words[0] in ("a", "an") and len(words) == 2
    if is_one_unit and _AMOUNT_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
        return True
    return bool(_FRACTION.search(m.group(0)) and _FRACTION_AFTER.match(text, m.end()))


def _plausible(rule: Rule, m: re.Match[str], text: str) -> bool:
    """Whether a match of a bare name or number is likely meant as a time, from its neighbours."""
    if text[m.end() : m.end() + 1] == "-" and text[m.end() + 1 : m.end() + 2].isalpha():
        return False  # "quarter-to-quarter", "year-to-date": part of a longer compound
    if rule.name == "duration":
        return not _is_rate_or_fraction(m, text)
    if rule.name == "reference":
        if m.group("word").lower().endswith("current"):
            return bool(_BEFORE_NOUN.match(text, m.end()))
        return not _NOT_REFERENCE.match(text, m.end())
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
    if _SPOKEN_YEAR.fullmatch(m.group(0)) and words[0] == "two":
        # "two thousand" is a year only where a date is expected ("in two thousand");
        # "nineteen ninety-six" is one anywhere.
        return before in t.DATE_CUES and not _NUMBER_UNITS.match(text, m.end())
    if before in ("his", "her", "their", "my", "your") and words[-1].endswith("s"):
        return False  # "in his 30s" is an age
    # "1,990 troops" / "2000 people": a number followed by a count noun is not a year.
    is_count = bool(_NUMBER_UNITS.match(text, m.end()))
    is_money = text[max(0, m.start() - 1) : m.start()] in "$#"
    return not (words[-1].isdigit() and (is_count or is_money))


Extent = tuple[int, int, Rule, re.Match[str]]
"""A settled expression: start, end, the grammar rule that matched, and its match."""


def find(
    text: str,
    context_for: Callable[[int, int, Sequence[Found]], Context],
    probe: Context | None = None,
) -> list[Found]:
    """Return the temporal expressions in ``text``, sorted by start, none overlapping.

    Extents are settled first (:func:`settle`), then each expression is read
    in text order (:func:`read`) with ``context_for(start, end, found_so_far)``,
    so the caller (the spaCy component) can supply the governing verb's tense
    and the narrative time from earlier expressions.
    """
    return read(text, settle(text, probe), context_for)


def settle(text: str, probe: Context | None = None) -> list[Extent]:
    """Return the extents of the expressions in ``text``, sorted by start, none overlapping.

    Longest first, each kept only when it reads as a time with ``probe``. The
    extents do not depend on the anchor, so one settling serves several readings.
    """
    probe = probe or Context(anchor=date(2000, 1, 1))
    candidates: list[Extent] = []
    lowered = text.lower()
    for rule in RULES:
        if not rule.may_match(lowered):
            continue  # the word every match needs is not in the text
        for m in rule.pattern.finditer(text):
            if m.end() > m.start() and _plausible(rule, m, text):
                candidates.append((m.start(), m.end(), rule, m))
    # Longest first; on ties the earlier rule in the grammar (the more specific) wins.
    order = {rule.name: i for i, rule in enumerate(RULES)}
    candidates.sort(key=lambda c: (c[0] - c[1], order[c[2].name], c[0]))
    chosen: list[Extent] = []
    for cand in candidates:
        start, end, rule, m = cand
        if any(start < c[1] and c[0] < end for c in chosen):
            continue
        if read_match(rule, m, probe) is not None:
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c[0])


def read(
    text: str,
    extents: Sequence[Extent],
    context_for: Callable[[int, int, Sequence[Found]], Context],
) -> list[Found]:
    """Read each settled extent in text order with the context ``context_for`` gives it."""
    found: list[Found] = []
    for start, end, rule, m in extents:
        ctx = context_for(start, end, found)
        reading = read_match(rule, m, ctx)
        if reading is not None:
            reading = accounting_period(text, start, end, ctx) or reading
            found.append(Found(start, end, text[start:end], rule.name, reading))
    return found


_MONTHS_SPAN = re.compile(r"P(\d+)M")


def _is_span_of_months(found: Found) -> bool:
    """Whether ``found`` is a results period of months longer than a quarter: "the nine months"."""
    m = _MONTHS_SPAN.fullmatch(found.reading.value)
    return found.rule == "duration" and m is not None and 3 < int(m.group(1)) < 12


def narrative_context(
    base: Context, start: int, previous: Sequence[Found], reach: int = NARRATIVE_REACH
) -> Context:
    """Return ``base`` with the narrative date and the period in focus taken from ``previous``.

    The narrative date is the last closed calendar date named within ``reach``
    characters before ``start``; the focus is the last quarter or half named,
    or the year when a span of months longer than a quarter ("the nine
    months") was named after it.
    """
    narrative = focus = None
    for f in reversed(previous):
        interval = f.reading.interval
        if focus is None and base.anchor is not None and _is_span_of_months(f):
            # "For the nine months, net rose from a year earlier": the comparison is with
            # the same months a year back, which TimeML can only value as that year.
            reported = cal.shift(base.anchor, "quarter", -1)
            focus = cal.period("year", reported, is_inferred=True)[1]
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
