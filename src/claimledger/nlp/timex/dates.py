"""Handlers for points on the calendar: written dates, months in ranges, eras.

Days told from another day (weekdays, "yesterday", "that day", clock times)
are in :mod:`days`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from claimledger.nlp.timex import calendar as cal
from claimledger.nlp.timex import tables as t
from claimledger.nlp.timex.anchoring import choose, choose_in
from claimledger.nlp.timex.lexicon import day_of, full_year, month_of, weekday_of
from claimledger.nlp.timex.periods import read_period, relative_year, weekend_of
from claimledger.nlp.timex.reading import Context, Reading
from claimledger.records import Interval


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_reading(
    year: str | None, month: int, day: int, ctx: Context, weekday: int | None = None
) -> Reading | None:
    """Return a month-day date, taking the year from the text or else from the anchor.

    Without a year and without an anchor the year stays open (``XXXX-12-17``).
    A written weekday ("Friday, Oct. 23") picks the year it falls in.
    """
    if year is not None:
        found = _safe_date(full_year(year), month, day)
        if found is None:
            return None
        return Reading("DATE", found.isoformat(), Interval(found, found, "day"))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    base = ctx.ref
    if base is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}")

    def bounds(step: int) -> tuple[date, date] | None:
        found = _safe_date(base.year + step, month, day)
        if found is None or (weekday is not None and found.weekday() != weekday):
            return None
        return found, found

    step = choose_in(bounds, range(-1, 2), base, ctx)
    if step is None:
        step = choose_in(
            lambda s: (d, d) if (d := _safe_date(base.year + s, month, day)) else None,
            range(-1, 2),
            base,
            ctx,
        )
    if step is None:
        return None
    found = date(base.year + step, month, day)
    return Reading("DATE", found.isoformat(), Interval(found, found, "day", True), uses_anchor=True)


def date_mdy(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "March 18, 2025", "Dec. 17", "Friday, Oct. 23", the 25 of "April 24 and 25"."""
    month = month_of(m.group("mon"))
    if month is None:
        return None
    groups = m.groupdict()
    wd = weekday_of(groups["wd"]) if groups.get("wd") else None
    year = groups.get("year") or groups.get("pair_year")
    if groups.get("rel_year"):
        # "June 16th of last year": the year is the anchor's, stepped.
        told = relative_year(groups["rel_year"], ctx)
        if told is None:
            return Reading("DATE", f"XXXX-{month:02d}-{day_of(m.group('day')):02d}")
        reading = day_reading(str(told), month, day_of(m.group("day")), ctx)
        return replace(reading, uses_anchor=True) if reading is not None else None
    return day_reading(year, month, day_of(m.group("day")), ctx, wd)


date_dmy = date_mdy


def month_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "on the 25th" as that day of the story's month, the tense choosing which month.

    The month is the narrative's when the text has just named a day or a
    month, else the anchor's; the one before or after it when the tense
    points there ("closed on the 25th", told on the 3rd, is last month's).
    """
    day = day_of(m.group("day"))
    narrative = ctx.narrative
    named = narrative is not None and narrative.granularity in ("day", "time", "month")
    base = narrative.start if named and narrative is not None else ctx.anchor
    if base is None or not 1 <= day <= 31:
        return Reading("DATE", f"XXXX-XX-{day:02d}") if 1 <= day <= 31 else None

    def bounds(step: int) -> tuple[date, date] | None:
        month = cal.shift(base.replace(day=1), "month", step)
        found = _safe_date(month.year, month.month, day)
        return (found, found) if found is not None else None

    steps = range(0, 1) if named else range(-1, 2)
    step = choose_in(bounds, steps, base, ctx)
    found = bounds(step) if step is not None else None
    if found is None:
        return None
    # The month is always worked out, never written: the day is marked inferred.
    interval = Interval(found[0], found[0], "day", True)
    return Reading("DATE", found[0].isoformat(), interval, uses_anchor=not named)


def month_pair(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read the first month of "March to May 2024" in the year written after the second."""
    first, second = month_of(m.group("mon")), month_of(m.group("mon2"))
    if first is None or second is None:
        return None
    # "December to January 2025" crosses the new year: December is 2024's.
    year = full_year(m.group("pair_year")) - (first > second)
    return read_period(f"{m.group('mon')} {year}", ctx)


def week_of(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "the week of March 10" as the ISO week that contains the day.

    "The weekend of March 5" is the Saturday and Sunday of that day's week.

    "The week beginning Sunday, Oct. 16" is the seven days from that day; its
    value names the ISO week that holds most of them.
    """
    month = month_of(m.group("mon") or m.group("dmy_mon"))
    if month is None:
        return None
    day = day_reading(m.group("year"), month, day_of(m.group("day") or m.group("dmy_day")), ctx)
    if day is None or day.interval is None or day.interval.start is None:
        return None if day is None else Reading("DATE", "XXXX-WXX")
    first, is_inferred = day.interval.start, day.interval.is_inferred
    if m.group("weekend"):
        value, interval = weekend_of(first)
        interval = Interval(interval.start, interval.end, interval.granularity, is_inferred)
    elif m.group("begins"):
        value = cal.value_of("week", first + timedelta(days=3))
        interval = Interval(first, first + timedelta(days=6), "week", is_inferred)
    else:
        value, interval = cal.period("week", first, is_inferred=is_inferred)
    return Reading("DATE", value, interval, uses_anchor=day.uses_anchor)


def date_numeric(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "2025-03-18", "2025/03/18", "3/18/2025" and "18.03.2025"."""
    return day_reading(m.group("year"), int(m.group("mnum")), int(m.group("day")), ctx)


def datetime_numeric(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read an ISO 8601 stamp, "2019-11-19T08:57:40+01:00", as a TIME on its day.

    The value keeps the local time as written; the offset is not converted.
    """
    day = _safe_date(int(m.group("year")), int(m.group("mnum")), int(m.group("day")))
    if day is None:
        return None
    stamp = f"T{m.group('hour')}:{m.group('minute')}"
    if m.group("second"):
        stamp += f":{m.group('second')}"
    return Reading("TIME", day.isoformat() + stamp, Interval(day, day, "time"))


def year_end(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "year-end", "year's end" as the end of the anchor's year (``END``).

    Told in the past of the verb it modifies, it is the last one passed:
    "the change is since year-end", told in October, runs from last December.
    """
    base = read_period("this year", ctx)
    if base is None or base.interval is None:
        return Reading("DATE", "XXXX", mod="END")
    end = cal.narrow(base.interval, 5 / 6, 1.0)
    is_ahead = ctx.anchor is not None and end.start is not None and end.start > ctx.anchor
    if ctx.tense == "past" and ctx.is_tense_own and is_ahead:
        base = read_period("last year", ctx) or base
        end = cal.narrow(base.interval, 5 / 6, 1.0) if base.interval else end
    return base.with_mod("END", end)


def era(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read a named era ("Soviet times", "the Cold War") from the era table."""
    name = re.sub(r"\s+", " ", m.group("era").lower())
    if not m.group("noun"):
        # "Soviet" alone is an adjective ("the Soviet Union"); "the Cold War" is an event.
        return None
    first, last = t.ERAS[name]
    start = date(first, 1, 1)
    end = date(last, 12, 31) if last is not None else None
    value = cal.covering_value(start, end) if end is not None else "PAST_REF"
    return Reading("DATE", value, Interval(start, end, "era"))


def around_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "post-1959", "pre-2000", "mid-1990" as a year with a direction."""
    year = full_year(m.group("year"))
    side = m.group("side").lower()
    value, interval = cal.period("year", date(year, 1, 1))
    if side == "post":
        return Reading("DATE", value, Interval(interval.end, None, "year"), "AFTER")
    if side == "pre":
        return Reading("DATE", value, Interval(None, interval.start, "year"), "BEFORE")
    return Reading("DATE", value, cal.narrow(interval, 1 / 3, 2 / 3), "MID")


# How many years a "2015-19" may span: longer, the digits are likely not a year.
_MAX_PAIR_SPAN = 20


def year_pair_second(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read the "20" of "the 2019-20 season" as the year 2020, the span's last year."""
    first = int(m.group("first"))
    last = first - first % 100 + int(m.group("second"))
    if last <= first:
        last += 100  # "1999-00"
    if last - first > _MAX_PAIR_SPAN:
        return None
    value, interval = cal.period("year", date(last, 1, 1))
    return Reading("DATE", value, interval)


# How far either side of the year "the turn of the century" reaches.
_TURN_REACH = 5


def century_turn(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "the turn of the (20th) century" as the years around 1900 or 2000.

    A named century turns in its first year ("the turn of the 20th century"
    is about 1900); an unnamed one is the turn the tense points to from the
    anchor: the latest in a past sentence, the next in a future one.
    """
    size = 100 if m.group("unit").lower() == "century" else 1000
    which = m.group("which")
    is_inferred = which is None
    if which is not None:
        # A named century turns in its first year: "the 20th century" (value 19) in 1900.
        century = read_period(f"the {which} century", ctx) if size == 100 else None
        if century is None:
            return None
        year = int(century.value) * 100
    elif ctx.anchor is None:
        return Reading("DATE", "XXXX", mod="APPROX")
    else:
        last = ctx.anchor.year // size * size

        def bounds(step: int) -> tuple[date, date]:
            turn = date(last + step * size, 1, 1)
            return turn, turn

        # Turns are a century apart: whatever verb the tense comes from, it decides.
        step = choose(bounds, range(0, 2), ctx.anchor, ctx.tense, is_tense_own=True)
        year = last + size * (step or 0)
    interval = Interval(
        date(year - _TURN_REACH, 1, 1), date(year + _TURN_REACH, 12, 31), "decade", is_inferred
    )
    return Reading("DATE", str(year), interval, "APPROX", uses_anchor=is_inferred)
