"""Holidays and days known by their name: "Christmas", "Thanksgiving", "Easter", "9/11".

Fixed holidays fall on a day of a month, moving ones on a weekday of a
month or, for the Easter cycle, a number of days from Easter Sunday. With
no year written, the year is the one the story has just named (unless the
verb has left it, or the holiday has just passed), else the anchor's, chosen
by the tense like any partial date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from dateutil.easter import easter

from claimledger.nlp.timex import calendar as cal
from claimledger.nlp.timex import tables as t
from claimledger.nlp.timex.anchoring import choose_in
from claimledger.nlp.timex.dates import day_reading
from claimledger.nlp.timex.lexicon import full_year, month_of, weekday_of
from claimledger.nlp.timex.periods import relative_year
from claimledger.nlp.timex.reading import Context, Reading
from claimledger.records import Interval


def named_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read a day known by its name from the table: "9/11", "the Sept. 11 attacks"."""
    day = date(*t.NAMED_DAYS[m.group("name") or "9/11"])
    return Reading("DATE", day.isoformat(), Interval(day, day, "day"))


def _moving_day(year: int, month: int, weekday: int, nth: int, after: int) -> date | None:
    """Return the ``nth`` ``weekday`` of ``month`` (``-1``: the last), moved ``after`` days."""
    if not 1 <= year <= 9998:
        return None
    if nth > 0:
        first = date(year, month, 1)
        found = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = cal.month_end(year, month)
        found = last - timedelta(days=(last.weekday() - weekday) % 7)
    return found + timedelta(days=after)


def _holiday_in(name: str, year: int) -> date | None:
    """Return the day a moving holiday falls on in ``year``."""
    if name in t.EASTER_OFFSETS:
        # dateutil's Gregorian computus is defined from 1583.
        return easter(year) + timedelta(days=t.EASTER_OFFSETS[name]) if year >= 1583 else None
    if name == "super tuesday":
        if year < 1984 or year % 4:
            return None
        if year in t.SUPER_TUESDAYS:
            return date(year, *t.SUPER_TUESDAYS[year])
    month, weekday, nth, after = t.MOVING_HOLIDAYS[name]
    return _moving_day(year, month, weekday, nth, after)


def _holiday_reading(name: str, day: date, interval: Interval) -> Reading:
    """Return the day, or for "Easter week" the ISO week holding it."""
    if name in t.HOLIDAY_WEEKS:
        value, week = cal.period("week", day, is_inferred=interval.is_inferred)
        return Reading("DATE", value, week)
    return Reading("DATE", day.isoformat(), interval)


def _story_year(ctx: Context) -> int | None:
    """The year the narrative is in, when the text has just written one other than the anchor's.

    "In 2012, he barely mentioned it. But soon after Election Day ..." is
    2012's Election Day, whenever the article was published. Only a year
    written out counts: after a day or month of another year ("joined in July
    1997, will join on March 12") TimeBank's partial dates stay the anchor's.
    """
    narrative = ctx.narrative
    if narrative is None or narrative.start is None or narrative.granularity != "year":
        return None
    if narrative.is_inferred or ctx.ref is None or narrative.start.year == ctx.ref.year:
        return None  # the anchor's own year: the tense still chooses between years
    year = narrative.start.year
    # A verb that looks the other way has left the story's year: "she did the same in
    # 2008. ... Working backward from Election Day, the time is fast approaching".
    if year < ctx.ref.year and ctx.tense in ("present", "future") and not ctx.is_future_in_past:
        return None
    return year


def _by_tense(
    day_in: Callable[[int], date | None], base: date, ctx: Context, years: range = range(-1, 2)
) -> date | None:
    """Return the day ``day_in`` gives in ``base``'s year or ``years`` from it, by the tense."""

    def bounds(step: int) -> tuple[date, date] | None:
        found = day_in(base.year + step)
        return None if found is None else (found, found)

    chosen = choose_in(bounds, years, base, ctx)
    return day_in(base.year + chosen) if chosen is not None else None


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}


def nth_weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "the last Friday in August", "the first Tuesday of November 2016".

    The weekday is counted in its month as a moving holiday is; the year is
    the one written, else the story's, else the anchor's chosen by the tense.
    """
    weekday, month = weekday_of(m.group("wd")), month_of(m.group("mon"))
    if weekday is None or month is None:
        return None
    nth = _NTH[m.group("nth").lower()]

    def day_in(year: int) -> date | None:
        found = _moving_day(year, month, weekday, nth, 0)
        return found if found is not None and found.month == month else None  # no fifth

    year = full_year(m.group("year")) if m.group("year") else _story_year(ctx)
    if year is not None:
        found = day_in(year)
        if found is None:
            return None
        is_inferred = not m.group("year")  # the story's year
        return Reading("DATE", found.isoformat(), Interval(found, found, "day", is_inferred))
    if ctx.ref is None:
        return Reading("DATE", f"XXXX-{month:02d}-XX")
    found = _by_tense(day_in, ctx.ref, ctx)
    if found is None:
        return None
    return Reading("DATE", found.isoformat(), Interval(found, found, "day", True), uses_anchor=True)


def _day_of(name: str, year: int) -> date | None:
    """Return the day the holiday ``name`` falls on in ``year``, fixed or moving."""
    if name in t.HOLIDAYS:
        return date(year, *t.HOLIDAYS[name]) if 1 <= year <= 9999 else None
    return _holiday_in(name, year)


def _years_around(name: str) -> range:
    """The years from the anchor's a holiday with no year is looked for in."""
    # A day of the four-yearly election: between two, either may be meant.
    return range(-3, 4) if name == "super tuesday" else range(-1, 2)


# A holiday this many days or fewer from the telling, the way the tense looks, is that
# one, whatever earlier year the story named before: "In an interview in 2013, he
# admitted ... Bloomberg turned 74 on Valentine's Day" (told Feb. 18, 2016) is 2016's.
_NEAR_DAYS = 31


def _is_near(name: str, story_year: int, ctx: Context) -> bool:
    """Whether the holiday ``name`` the tense points to is near the anchor, after a past year.

    A later year the story names stays: "by a year from now, on Election Day".
    """
    if ctx.anchor is None or story_year > ctx.anchor.year:
        return False
    day = _by_tense(lambda year: _day_of(name, year), ctx.anchor, ctx, _years_around(name))
    return day is not None and abs((day - ctx.anchor).days) <= _NEAR_DAYS


def _holiday_of_year(name: str, year: int, *, is_inferred: bool = False) -> Reading | None:
    """Return the holiday ``name`` in a known ``year`` (inferred when taken from the story)."""
    found = _day_of(name, year)
    if found is None:
        return None
    return _holiday_reading(name, found, Interval(found, found, "day", is_inferred))


def holiday(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read holidays: fixed ("Christmas", "New Year's Day 2025") and moving ("Thanksgiving",
    "Easter"), the year from the text, the story or the anchor and tense."""
    name = re.sub(r"\s+", " ", m.group("name").lower())
    rel = (m.group("rel") or "").lower()
    step = t.RELATIVE_STEPS.get(re.sub(r"\s+", " ", rel)) if rel else None
    if step:
        # "last Thanksgiving" is the one gone, "next Christmas" the one ahead, however far.
        ctx = replace(ctx, tense="past" if step < 0 else "future", is_tense_own=True)
    year = m.group("year")
    if m.group("rel_year"):
        # "Black Friday last year": the year is the anchor's, stepped.
        told = relative_year(m.group("rel_year"), ctx)
        if told is None:
            return Reading("DATE", "XXXX-XX-XX")
        reading = _holiday_of_year(name, told)
        return replace(reading, uses_anchor=True) if reading is not None else None
    story_year = _story_year(ctx) if step is None and year is None else None
    if story_year is not None and not _is_near(name, story_year, ctx):
        return _holiday_of_year(name, story_year, is_inferred=True)
    if year is not None:
        return _holiday_of_year(name, full_year(year))
    if name in t.HOLIDAYS:
        return day_reading(None, *t.HOLIDAYS[name], ctx)
    if ctx.ref is None:
        return Reading("DATE", "XXXX-XX-XX")
    day = _by_tense(lambda year: _holiday_in(name, year), ctx.ref, ctx, _years_around(name))
    if day is None:
        return None
    reading = _holiday_reading(name, day, Interval(day, day, "day", True))
    return replace(reading, uses_anchor=True)
