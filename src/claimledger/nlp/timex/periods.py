"""Reading a calendar period: a year, decade, century, month, season, or "last/this/next X".

:func:`read_period` serves the bare ``period`` rule and the fuzzy rules,
which first read the period ("2024" in "late 2024") and then narrow it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from claimledger.nlp.timex import calendar as cal
from claimledger.nlp.timex import tables as t
from claimledger.nlp.timex.amounts import duration_value, tied_interval
from claimledger.nlp.timex.anchoring import choose_in
from claimledger.nlp.timex.lexicon import full_year, month_of
from claimledger.nlp.timex.reading import Context, Reading, inferred
from claimledger.records import Granularity, Interval

_OPEN_VALUES: dict[str, str] = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXXX",
    "century": "XXXX", "season": "XXXX-XX",
}  # fmt: skip

_DECADE = re.compile(r"(?:the\s+)?(?:(\d\d)(\d)0|'(\d)0|(\d)0)'?s")
_CENTURY = re.compile(r"(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?|([a-z -]+?))[-\s]+century")
_YEAR = re.compile(
    rf"(?:fiscal\s+|(?:the\s+)?(?:fiscal\s+)?year\s+)?(\d{{4}}|{t.SPOKEN_YEAR}|['’]\d\d)"
    r"|fy\s?'?(\d{4}|\d\d)"
)
_NAMED = re.compile(
    rf"(?:(?P<rel>[a-z ]+?)\s+)?(?P<name>[a-z]+\.?)"
    rf"(?:\s+(?:of\s+)?(?P<year>\d{{4}}|{t.SPOKEN_YEAR}|['’]\d\d))?"
)
_NAMED_IN_YEAR = re.compile(
    r"(?:the\s+)?(?P<name>[a-z]+\.?)\s+(?:of\s+)?"
    r"(?P<yrel>last|this|next|that|the (?:same|following|next|previous|preceding))\s+year"
)
_BEFORE_AFTER = re.compile(r"^the (year|month|week|quarter) (before|after|earlier|later)$")
_SIDES = {"before": "previous", "earlier": "previous", "after": "following", "later": "following"}
_RELATIVE_UNIT = re.compile(r"(?P<rel>[a-z ]+?)\s+(?:fiscal\s+)?(?P<unit>[a-z]+)")


# How coarse each calendar unit is, to tell whether one falls inside another.
_RANKS = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5}


def open_reading(unit: str, ctx: Context) -> Reading:
    """Return the year-open reading used when no anchor is known."""
    return Reading("DATE", _OPEN_VALUES.get(unit, "XXXX"))


def weekend_of(day: date) -> tuple[str, Interval]:
    """Return the value and days of the weekend of ``day``'s week (a Friday's is the next one)."""
    saturday = day - timedelta(days=day.weekday()) + timedelta(days=5)
    iso = saturday.isocalendar()
    value = f"{iso.year:04d}-W{iso.week:02d}-WE"
    return value, Interval(saturday, saturday + timedelta(days=1), "week")


def relative_period(unit: str, step: int | None, ctx: Context, *, anaphoric: bool) -> Reading:
    """Return "this/last/next ``unit``" read against the anchor (or the narrative time).

    ``step`` of ``None`` means "the ``unit``" with no direction word: the
    tense decides between the current and the previous one.
    """
    base = ctx.anchor
    if anaphoric:
        narrative = ctx.narrative
        if narrative is not None and _RANKS.get(narrative.granularity, 0) > _RANKS.get(unit, 9):
            # "elected in 2008 ... the next month": which month of 2008 the text does not say.
            return open_reading(unit, ctx)
        base = narrative.start if narrative and narrative.start else ctx.ref
    focus = ctx.focus
    if unit == "quarter" and step is None and focus and focus.start and focus.granularity != "year":
        # "the quarter" in a results story is the quarter the story is about.
        value, interval = cal.period("quarter", focus.start)
        return Reading("DATE", value, inferred(interval, True), uses_anchor=True)
    if base is None:
        return open_reading(unit, ctx)
    if unit == "weekend":
        if step is None or step == 0:
            # "the weekend" told in the past during the week is the one just gone; so is
            # "this weekend" early in the week ("told supporters this weekend", said on
            # a Monday), but by Thursday it is the coming one ("set the stage for a
            # rout this weekend", said on a Friday).
            last_day = 4 if step is None else 2
            step = -1 if ctx.tense == "past" and base.weekday() <= last_day else 0
        value, interval = weekend_of(base + timedelta(weeks=step))
        return Reading("DATE", value, inferred(interval, ctx.is_anchor_inferred), uses_anchor=True)
    gran: Granularity = unit  # type: ignore[assignment]
    if step is None:
        # "the quarter" in a results story is the one just reported: the last completed.
        step = -1 if unit == "quarter" and ctx.tense != "future" else 0
    value, interval = cal.period(gran, cal.shift(base, gran, step))
    return Reading("DATE", value, inferred(interval, ctx.is_anchor_inferred), uses_anchor=True)


def _named_period(
    month: int | None, season: str | None, rel: str | None, year: str | None, ctx: Context
) -> Reading | None:
    """Read a month or season name with an optional year or direction word."""

    def span(y: int) -> tuple[str, Interval]:
        if month is not None:
            return cal.period("month", date(y, month, 1))
        return cal.season(y, season or "SU")

    if year is not None:
        value, interval = span(full_year(year))
        return Reading("DATE", value, interval)
    if ctx.ref is None:
        return Reading("DATE", f"XXXX-{month:02d}" if month else f"XXXX-{season}")
    base = ctx.ref
    step = t.RELATIVE_STEPS.get(rel) if rel else None
    if rel and step is None:
        return None

    def bounds(s: int) -> tuple[date, date] | None:
        interval = span(base.year + s)[1]
        assert interval.start is not None and interval.end is not None
        return interval.start, interval.end

    if step == 0:
        chosen: int | None = 0
    elif step == -1:
        # "last April" is the latest April that ended before the anchor; but the month
        # just ended, in the same year, would be "last month": "crashed last February"
        # told on March 1 is a year back (in January, "last December" is the one just gone).
        past = [s for s in range(-2, 1) if (b := bounds(s)) and b[1] < base]
        chosen = max(past) if past else -1
        if month is not None and month == base.month - 1 and chosen == 0:
            chosen = -1
    elif step == 1:
        ahead = [s for s in range(0, 3) if (b := bounds(s)) and b[0] > base]
        chosen = min(ahead) if ahead else 1
    else:
        chosen = choose_in(bounds, range(-1, 2), base, ctx)
    if chosen is None:
        return None
    value, interval = span(base.year + chosen)
    return Reading("DATE", value, inferred(interval, True), uses_anchor=True)


# Words before "decade" or "century" that make it a stretch back or ahead of the anchor.
_SPAN_RELS = {"past": "past", "the past": "past", "the next": "next", "the coming": "next"}
_SPANS = {("past", "decade"), ("past", "century"), ("next", "decade")}


def read_period(text: str, ctx: Context, *, as_span: bool = True) -> Reading | None:
    """Return the reading of a period phrase ("2024", "the 1990s", "last year", "May").

    "the past decade" and "the next decade" are the ten years back or ahead
    of the anchor; with ``as_span`` false "the next decade" is the calendar
    one ("the end of the next decade", told in 2019, is 2029's). Returns
    ``None`` when the phrase is not a period this module knows.
    """
    # "the full year" is the year: the word only stresses its extent.
    s = re.sub(r"\b(?:full|entire|whole) ", "", re.sub(r"\s+", " ", text.strip().lower()))
    # "the year before" is "the previous year", "the month after" "the following month".
    s = _BEFORE_AFTER.sub(lambda m: f"the {_SIDES[m.group(2)]} {m.group(1)}", s)
    if s in t.DAY_OFFSETS:
        return day_offset(t.DAY_OFFSETS[s], ctx)
    if m := _DECADE.fullmatch(s):
        if m.group(1) and m.group(2) == "0" and m.group(1) != "20":
            # "the 1800s", "the early 1900s": the century, as writers mean it ("the
            # 2000s" is mostly the decade).
            first = int(m.group(1)) * 100
            interval = Interval(date(first, 1, 1), date(first + 99, 12, 31), "century")
            return Reading("DATE", m.group(1), interval)
        if m.group(1):
            start = int(m.group(1) + m.group(2) + "0")
        else:
            start = 1900 + 10 * int(m.group(3) or m.group(4))
        value, interval = cal.period("decade", date(start, 1, 1))
        return Reading("DATE", value, interval)
    if s.removeprefix("the ") in t.DECADE_WORDS:
        start = 1900 + 10 * t.DECADE_WORDS[s.removeprefix("the ")]
        return Reading("DATE", f"{start // 10}X", cal.period("decade", date(start, 1, 1))[1])
    # "the 20th century", "the nineteenth century"; "this century" is read below.
    if (m := _CENTURY.fullmatch(s)) and (
        (word := (m.group(1) or m.group(2)).strip()).isdigit() or word in t.CENTURY_WORDS
    ):
        number = int(word) if word.isdigit() else t.CENTURY_WORDS[word]
        if not 0 < number <= 21:
            return None
        first = (number - 1) * 100
        interval = Interval(date(max(first, 1), 1, 1), date(first + 99, 12, 31), "century")
        return Reading("DATE", f"{number - 1:02d}", interval)
    if m := _YEAR.fullmatch(s):
        # "FY2025", "FY25": the fiscal year, valued as its calendar year like "fiscal 2025".
        value, interval = cal.period("year", date(full_year(m.group(1) or m.group(2)), 1, 1))
        return Reading("DATE", value, interval)
    if (m := _NAMED_IN_YEAR.fullmatch(s)) and (
        (month := month_of(m.group("name"))) is not None or m.group("name") in t.SEASONS
    ):
        # "July last year", "February this year": the anchor's year, moved.
        season = t.SEASONS.get(m.group("name"))
        owner = read_period(f"{m.group('yrel')} year", ctx)
        if owner is None or owner.interval is None or owner.interval.start is None:
            return Reading("DATE", f"XXXX-{month:02d}" if month else f"XXXX-{season}")
        named = _named_period(month, season, None, str(owner.interval.start.year), ctx)
        if named is None:
            return None
        return replace(named, interval=inferred(named.interval, True), uses_anchor=True)
    if (m := _NAMED.fullmatch(s)) and (
        (month := month_of(m.group("name"))) is not None or m.group("name") in t.SEASONS
    ):
        season = t.SEASONS.get(m.group("name"))
        return _named_period(month, season, m.group("rel"), m.group("year"), ctx)
    if m := _RELATIVE_UNIT.fullmatch(s):
        rel, unit = m.group("rel"), m.group("unit")
        if unit not in t.UNITS or unit in ("day", "hour", "minute", "second"):
            return None
        if rel == "the":
            return relative_period(unit, None, ctx, anaphoric=False)
        step = t.RELATIVE_STEPS.get(rel)
        if step is None:
            return None
        anaphoric = rel in ("that", "the same", "the following", "the previous", "the preceding")
        # "In August 2016 ... The next year, the Taliban released videos": told in the
        # past after a date, "the next" is the one after the narrative's; else the
        # coming one ("over the next year").
        anaphoric = anaphoric or (
            rel == "the next" and ctx.tense == "past" and ctx.narrative is not None
        )
        direction = None if anaphoric else _SPAN_RELS.get(rel)
        if (
            direction is not None
            and (direction, unit) in _SPANS
            and (as_span or direction == "past")
        ):
            # "the past decade" is the ten years up to now (P10Y), not the 2010s;
            # "over the next decade" the ten years from now, not the 2020s. "The
            # next century", told in 1998, is still the 21st.
            tied = tied_interval(unit, 1, direction, ctx) if ctx.anchor else None
            return Reading("DURATION", duration_value(1, unit), tied, uses_anchor=True)
        return relative_period(unit, step, ctx, anaphoric=anaphoric)
    return None


def relative_year(word: str, ctx: Context) -> int | None:
    """Return the year "last", "this" or "next" year names from the anchor, or ``None``."""
    told = read_period(f"{word.lower()} year", ctx)
    if told is None or told.interval is None or told.interval.start is None:
        return None
    return told.interval.start.year


def day_offset(offset: int, ctx: Context) -> Reading:
    """Return today/yesterday/tomorrow as a day relative to the anchor."""
    if ctx.anchor is None:
        return Reading("DATE", "XXXX-XX-XX")
    day = ctx.anchor + timedelta(days=offset)
    interval = Interval(day, day, "day", ctx.is_anchor_inferred)
    return Reading("DATE", day.isoformat(), interval, uses_anchor=True)
