"""Accounting periods fixed by the day they end: "the quarter ended Sept. 30".

Results stories name their periods by the closing day ("the year ended
March 31", "the quarter ending Sept. 30"), which is its own expression.
Whether such a period is a calendar one depends on that day alone.
"""

from __future__ import annotations

import re
from datetime import date

from claimledger.nlp.timex import calendar as cal
from claimledger.nlp.timex.grammar import DAY, MONTH, YEAR
from claimledger.nlp.timex.lexicon import month_of
from claimledger.nlp.timex.reading import Context, Reading
from claimledger.records import Granularity

_ACCOUNTING_PERIOD = re.compile(r"the\s+(?:fiscal\s+)?(?P<unit>year|quarter)", re.I)
_ENDED = re.compile(r"\s+(?:that\s+)?end(?P<form>ed|ing|s)\b", re.I)
_END_DATE = re.compile(
    rf"\s+(?:on\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAY})(?!\d)(?:\s*,?\s*(?P<year>{YEAR}))?"
)


def accounting_period(text: str, start: int, end: int, ctx: Context) -> Reading | None:
    """Read "the year ended March 31", "the quarter ending Sept. 30" from the day it ends.

    The period is fixed by the date that follows, which is its own expression.
    A quarter ending on the last day of a calendar quarter is that quarter
    (2024-Q3), a year ending on Dec. 31 that year; any other end is a fiscal
    period TimeML can only value as a length of time (P1Y, P1Q), since a
    calendar period read from the anchor would be wrong.
    """
    m = _ACCOUNTING_PERIOD.fullmatch(text, start, end)
    ended = _ENDED.match(text, end) if m is not None else None
    if m is None or ended is None:
        return None
    unit: Granularity = "year" if m.group("unit").lower() == "year" else "quarter"
    duration = Reading("DURATION", "P1Y" if unit == "year" else "P1Q")
    closing = _END_DATE.match(text, ended.end())
    month = month_of(closing.group("mon")) if closing else None
    if closing is None or month is None:
        return duration
    day = int(re.sub(r"\D", "", closing.group("day")))
    ends = {"year": {(12, 31)}, "quarter": {(3, 31), (6, 30), (9, 30), (12, 31)}}[unit]
    if (month, day) not in ends:
        return duration
    written = closing.group("year")
    if written and written.isdigit():
        last, is_inferred = date(int(written), month, day), False
    elif ctx.anchor is not None:
        # "ended" is the last such day by the anchor; "ending" the one nearest to it.
        anchor, is_inferred = ctx.anchor, True
        if not 1 < anchor.year < 9999:
            return duration  # the calendar's edge: no year on either side
        days = [date(anchor.year + step, month, day) for step in (-1, 0, 1)]
        if ended.group("form").lower() == "ed":
            last = max(d for d in days if d <= anchor)
        else:
            last = min(days, key=lambda d: abs((d - anchor).days))
    else:
        return duration
    value, interval = cal.period(unit, last, is_inferred=is_inferred)
    return Reading("DATE", value, interval, uses_anchor=is_inferred)
