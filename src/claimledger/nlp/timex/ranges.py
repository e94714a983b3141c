"""The two ends of a range of partial dates, read in order: "between Dec. 28 and Jan. 3".

Each end gets its year from the anchor and the tense on its own, so
"between January 1 and September 18", told on September 29, could start in
the coming January, and "between Dec. 28 and Jan. 3" could run over two
years. A range runs forward and within a year: when its ends, both with
years inferred, do not, one end moves by a year, the move that agrees with
the tense and keeps the range nearest the anchor. A range of weekdays
("from Monday to Friday") runs within a week, and an end moves by a week.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from claimledger.nlp.timex import calendar as cal
from claimledger.nlp.timex.reading import Reading, Tense
from claimledger.records import Granularity

_OPENS = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)
_JOINS = re.compile(r"\s*,?\s*(?:and|to|through|until|till|-|–)\s*", re.IGNORECASE)
_DATE_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


# Joins that make a range with no "from" or "between": "Monday through Friday".
_RANGE_JOINS = re.compile(r"\s*(?:through|thru|-|–)\s*", re.IGNORECASE)


def is_range(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether the expressions at ``first`` and ``second`` bound one range ("from X to Y")."""
    if _RANGE_JOINS.fullmatch(text, first[1], second[0]) is not None:
        return True
    opens = _OPENS.search(text[max(0, first[0] - 12) : first[0]]) is not None
    return opens and _JOINS.fullmatch(text, first[1], second[0]) is not None


def _movable(reading: Reading) -> bool:
    interval = reading.interval
    return (
        interval is not None
        and interval.is_inferred
        and interval.granularity in ("day", "month")
        and interval.start is not None
        and 1 < interval.start.year < 9999  # a year either side exists
        and _DATE_VALUE.fullmatch(reading.value) is not None
    )


# How far apart the two ends of a range may be, by the unit an end moves in.
_MAX_DAYS = {"year": 366, "week": 7}


def _moved(reading: Reading, steps: int, unit: Granularity) -> Reading:
    assert reading.interval is not None and reading.interval.start is not None
    day = cal.shift(reading.interval.start, unit, steps)
    value, interval = cal.period(reading.interval.granularity, day, is_inferred=True)
    return replace(reading, value=value, interval=interval)


def _start(reading: Reading) -> date:
    assert reading.interval is not None and reading.interval.start is not None
    return reading.interval.start


def _in_order(first: Reading, second: Reading, unit: Granularity) -> bool:
    return 0 <= (_start(second) - _start(first)).days < _MAX_DAYS[unit]


def ordered(
    first: Reading,
    second: Reading,
    anchor: date | None,
    tense: Tense | None,
    unit: Granularity = "year",
) -> tuple[Reading, Reading] | None:
    """Return the two ends moved into order, or ``None`` when they need no move (or can't).

    ``unit`` is what an end moves by: a year for dates, a week for weekdays.
    """
    if anchor is None or not (_movable(first) and _movable(second)):
        return None
    if _in_order(first, second, unit):
        return None
    options = [
        pair
        for pair in (
            (_moved(first, -1, unit), second),
            (_moved(first, 1, unit), second),
            (first, _moved(second, -1, unit)),
            (first, _moved(second, 1, unit)),
        )
        if _in_order(*pair, unit)
    ]
    if tense == "past":
        # Told in the past, the range is over if it can be ("was open Monday through
        # Friday", told on a Wednesday, is last week's), else it has at least begun.
        begun = [p for p in options if _start(p[0]) <= anchor] or options
        options = [p for p in begun if _start(p[1]) <= anchor] or begun
    elif tense == "future":
        options = [p for p in options if _start(p[1]) >= anchor] or options
    if not options:
        return None
    return min(options, key=lambda p: max(abs((_start(r) - anchor).days) for r in p))
