"""Expressions that take their day from a date named right beside them.

Read alone, "the day" in "Oct. 12, the day before the plunge" is some day,
"6:38 p.m." in "at 6:38 p.m. on Saturday" is on the publication day, and
"last Tuesday" in "the day before last Tuesday's hearing" is the Tuesday.
Once every expression is read, these passes give each the day its
neighbour names.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import timedelta

from claimledger.nlp.timex.reading import Found
from claimledger.records import Interval

# Between a clock time and the day it is on: "at 6:38 p.m. on Saturday, May 18",
# "to 6:30 a.m. the following morning".
_ON_THE_DAY = re.compile(r",?\s+(?:on\s+)?")
# A day in apposition to a date: "Oct. 12, the day before the plunge".
_APPOSED = re.compile(r"\s*,\s*")
_THE_DAY = re.compile(r"(?i:the\s+day)\b")
# "the day before last Tuesday's hearing", "the day after Christmas", "the eve of
# Martin Luther King Day": a day told from a day.
_DAY_FROM = re.compile(r"\b(?i:the\s+(?:day\s+(?P<dir>before|after)|(?P<eve>eve)\s+of)\s+)$")
# A weekday and the week it is in: "Tuesday next week", "Monday of last week",
# "last week Friday", "next week on Tuesday". Not "Monday of last week's shooting".
_DAY_THEN_WEEK = re.compile(r",?\s+(?:of\s+)?")
_WEEK_THEN_DAY = re.compile(r",?\s+(?:on\s+)?")
_POSSESSIVE = re.compile(r"['’]s\b")
# Rules whose "the day ..." reads as a day told from the narrative or from an event.
_RELATIVE_DAY_RULES = frozenset({"event_relative", "day_ref"})


def _day_of(found: Found) -> Interval | None:
    """Return the one closed day ``found`` names as a date, else ``None``."""
    interval = found.reading.interval
    if found.reading.type != "DATE" or interval is None or interval.granularity != "day":
        return None
    if interval.start is None or interval.start != interval.end:
        return None
    return interval


def clocks_on_the_day_after(text: str, found: list[Found]) -> list[Found]:
    """Put a clock time with no day of its own on the day named right after it.

    TimeML gives the clock and the day an expression each; the clock's value
    still takes the day's date, not the publication day's.
    """
    out = list(found)
    for i, (clock, day) in enumerate(itertools.pairwise(found)):
        interval = clock.reading.interval
        if clock.rule != "clock" or (interval is not None and not interval.is_inferred):
            continue
        on = _day_of(day)
        if on is None or on.start is None:
            continue
        if _ON_THE_DAY.fullmatch(text, clock.end, day.start) is None:
            continue
        stamp = clock.reading.value.partition("T")[2]
        reading = replace(
            clock.reading,
            value=f"{on.start.isoformat()}T{stamp}",
            interval=Interval(on.start, on.start, "time", on.is_inferred),
            uses_anchor=day.reading.uses_anchor,
        )
        out[i] = replace(clock, reading=reading)
    return out


def days_in_apposition(text: str, found: list[Found]) -> list[Found]:
    """Give "the day" set beside a date after a comma that date: "Oct. 12, the day before".

    Read alone, "the day before the plunge" is a day the text does not date,
    and "the day before." the day before the narrative's; in apposition it is
    the date it stands beside.
    """
    out = list(found)
    for i, (day, apposed) in enumerate(itertools.pairwise(found)):
        if apposed.rule not in _RELATIVE_DAY_RULES or not _THE_DAY.match(apposed.text):
            continue
        if _day_of(day) is None or _APPOSED.fullmatch(text, day.end, apposed.start) is None:
            continue
        out[i + 1] = replace(apposed, reading=day.reading)
    return out


def days_told_from_a_day(text: str, found: list[Found]) -> list[Found]:
    """Read "the day before last Tuesday", "the day after Christmas", "the eve of ..." as one day.

    TimeML marks "the day before yesterday" as one expression valued as that
    day; a day told from any other named day is the same.
    """
    out: list[Found] = []
    for f in found:
        day = _day_of(f)
        reach = max(f.start - 40, out[-1].end if out else 0)
        m = _DAY_FROM.search(text, reach, f.start)
        if day is None or day.start is None or m is None:
            out.append(f)
            continue
        is_before = m.group("eve") is not None or m.group("dir").lower() == "before"
        moved = day.start + timedelta(days=-1 if is_before else 1)
        reading = replace(
            f.reading,
            value=moved.isoformat(),
            interval=Interval(moved, moved, "day", day.is_inferred),
        )
        out.append(replace(f, start=m.start(), text=text[m.start() : f.end], reading=reading))
    return out


def _week_of(found: Found) -> Interval | None:
    """Return the closed week ``found`` names, else ``None``."""
    interval = found.reading.interval
    if found.reading.type != "DATE" or interval is None or interval.granularity != "week":
        return None
    return interval if interval.start is not None and interval.end is not None else None


def weekdays_in_a_named_week(text: str, found: list[Found]) -> list[Found]:
    """Put a weekday named with its week on that week's day: "Tuesday next week".

    Read alone, "Tuesday" is the nearest one the tense points to, which
    "next week" or "last week" beside it can contradict. TimeML gives the
    weekday and the week an expression each; the weekday takes the week's day.
    """
    out = list(found)
    for i, (first, second) in enumerate(itertools.pairwise(found)):
        if first.rule == "weekday" and _DAY_THEN_WEEK.fullmatch(text, first.end, second.start):
            day_at, week = i, _week_of(second)
        elif second.rule == "weekday" and _WEEK_THEN_DAY.fullmatch(text, first.end, second.start):
            day_at, week = i + 1, _week_of(first)
        else:
            continue
        day = out[day_at].reading.interval
        if week is None or day is None or day.start is None or day.start != day.end:
            continue
        if _POSSESSIVE.match(text, second.end):
            continue  # "Monday of last week's shooting": the week is an event's
        assert week.start is not None and week.end is not None
        moved = week.start + timedelta(days=(day.start.weekday() - week.start.weekday()) % 7)
        if moved > week.end:
            continue
        reading = out[day_at].reading
        stamp = reading.value.partition("T")[2]
        reading = replace(
            reading,
            value=moved.isoformat() + (f"T{stamp}" if stamp else ""),
            interval=replace(day, start=moved, end=moved),
        )
        out[day_at] = replace(out[day_at], reading=reading)
    return out
