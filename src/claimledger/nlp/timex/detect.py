"""Finding temporal expressions in running text: every rule's matches, longest first.

Overlaps are settled by length (the longest reading wins: "Friday, Oct. 23"
over "Friday"), and a match whose handler declines gives way to shorter
ones. A match must also look like a time beside its neighbours
(:mod:`plausible`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from claimledger.nlp.timex import beside
from claimledger.nlp.timex import calendar as cal
from claimledger.nlp.timex.accounting import accounting_period
from claimledger.nlp.timex.grammar import RULES, Rule
from claimledger.nlp.timex.normalize import read_match
from claimledger.nlp.timex.plausible import plausible
from claimledger.nlp.timex.ranges import is_range, ordered
from claimledger.nlp.timex.reading import Context, Found
from claimledger.nlp.timex.signals import is_bound_or_compared
from claimledger.records import Granularity

# How far back (in characters) a named date still sets the narrative time.
NARRATIVE_REACH = 400
# The rules whose quarters and halves are named outright ("the third quarter", "Q3 1989").
# A period read from the day it ends ("the quarter ended Sept. 30") goes by this name.
ACCOUNTING_RULE = "accounting_period"
# The rules whose quarter or half is one the text names, which can be the story's focus:
# "the third quarter", "Q3", "the quarter ended Sept. 30", and "the latest quarter".
_NAMING_RULES = frozenset({"part_of", "part_code", "period", ACCOUNTING_RULE})


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
    # One space between words, so a gate of several words ("labor day") finds them.
    lowered = " ".join(text.lower().split())
    for rule in RULES:
        if not rule.may_match(lowered):
            continue  # the word every match needs is not in the text
        for m in rule.finditer(text):
            start, end = m.span(rule.part) if rule.part else m.span()
            if end > start and plausible(rule, m, text):
                candidates.append((start, end, rule, m))
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
            period = accounting_period(text, start, end, ctx)
            name = rule.name if period is None else ACCOUNTING_RULE
            found.append(Found(start, end, text[start:end], name, period or reading))
    found = _ranges_in_order(text, found, context_for)
    found = beside.weekdays_in_a_named_week(text, beside.days_told_from_a_day(text, found))
    return beside.clocks_on_the_day_after(text, beside.days_in_apposition(text, found))


def _ranges_in_order(
    text: str, found: list[Found], context_for: Callable[[int, int, Sequence[Found]], Context]
) -> list[Found]:
    """Move a year at one end of "between Dec. 28 and Jan. 3" so the range runs forward.

    A week, for the weekdays of "from Monday to Friday".
    """
    out = list(found)
    for i, (first, second) in enumerate(itertools.pairwise(found)):
        if not is_range(text, (first.start, first.end), (second.start, second.end)):
            continue
        ctx = context_for(first.start, first.end, found[:i])
        unit: Granularity = "week" if first.rule == second.rule == "weekday" else "year"
        moved = ordered(first.reading, second.reading, ctx.anchor, ctx.tense, unit)
        if moved is not None:
            out[i] = replace(first, reading=moved[0])
            out[i + 1] = replace(second, reading=moved[1])
    return out


_MONTHS_SPAN = re.compile(r"P(\d+)M")


def _is_span_of_months(found: Found) -> bool:
    """Whether ``found`` is a results period of months longer than a quarter: "the nine months"."""
    m = _MONTHS_SPAN.fullmatch(found.reading.value)
    return found.rule == "duration" and m is not None and 3 < int(m.group(1)) < 12


def _is_reported(found: Found, base: Context, text: str) -> bool:
    """Whether a quarter or half named can be the period a results story reports on.

    Not one still ahead of the anchor ("losses through the third quarter of
    1990"), nor one named as a bound or as what is compared with ("after a
    flat second quarter", "to continue into the fourth quarter"): the story
    reports on a period that has begun, in its own words.
    """
    start = found.reading.interval.start if found.reading.interval else None
    if base.anchor is not None and start is not None and start > base.anchor:
        return False
    return not is_bound_or_compared(text, found.start)


def _is_other_voice(then: int, now: int, quote_of: Callable[[int], int | None] | None) -> bool:
    """Whether ``then`` is inside a quotation and ``now`` is the reporter's, outside any.

    A date a speaker names ("He sent me to Mexico on May 2") is the time of
    the speaker's story; the reporter's next sentence ("The deportees landed
    at 6am") is back on the story's own day. The speaker's next quotation
    may go on with the speaker's story.
    """
    if quote_of is None:
        return False
    return quote_of(then) is not None and quote_of(now) is None


def narrative_context(
    base: Context,
    text: str,
    start: int,
    previous: Sequence[Found],
    reach: int = NARRATIVE_REACH,
    quote_of: Callable[[int], int | None] | None = None,
) -> Context:
    """Return ``base`` with the narrative date and the period in focus taken from ``previous``.

    The narrative date is the last closed calendar date named within ``reach``
    characters before ``start``; the focus is the last quarter or half named
    as one the story reports on (:func:`_is_reported`; ``text`` shows the
    words before it), or the year when a span of months longer than a
    quarter ("the nine months") was named after it.
    """
    narrative = focus = last_day = None
    for f in reversed(previous):
        interval = f.reading.interval
        if focus is None and base.anchor is not None and _is_span_of_months(f):
            # "For the nine months, net rose from a year earlier": the comparison is with
            # the same months a year back, which TimeML can only value as that year.
            reported = cal.shift(base.anchor, "quarter", -1)
            focus = cal.period("year", reported, is_inferred=True)[1]
        if f.reading.type not in ("DATE", "TIME") or interval is None or interval.start is None:
            continue
        if interval.end is None or f.reading.value.endswith("_REF"):
            continue
        is_near = start - f.end <= reach and interval.granularity != "era"
        if narrative is None and is_near and not _is_other_voice(f.start, start, quote_of):
            narrative = interval
        if last_day is None and interval.granularity in ("day", "time"):
            last_day = interval
        # Only a quarter the text names sets the focus, not one worked out from it
        # ("a year ago" read against the focus must not become the next focus).
        is_part = interval.granularity in ("quarter", "half")
        if focus is None and f.rule in _NAMING_RULES and is_part and _is_reported(f, base, text):
            focus = interval
        if narrative is not None and focus is not None and last_day is not None:
            break
    return replace(base, narrative=narrative, focus=focus, last_day=last_day)
