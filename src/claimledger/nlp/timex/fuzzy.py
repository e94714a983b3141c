"""Fuzzy parts of a period: early/mid/late, beginning/end of, halves and quarters.

The value stays the period's own (TimeML puts the position in ``mod``:
"late 2024" is ``2024`` with ``END``); the interval is narrowed to the part
meant, so a ledger can sort and compare it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from claimledger.nlp.timex import calendar as cal
from claimledger.nlp.timex import tables as t
from claimledger.nlp.timex.anchoring import choose
from claimledger.nlp.timex.lexicon import full_year, month_of, possessive_end
from claimledger.nlp.timex.periods import read_period, relative_period
from claimledger.nlp.timex.reading import Context, Reading, inferred
from claimledger.records import Granularity, Interval

# Periods whose first or last week "the first week of" names.
_WEEKS_OF = frozenset({"month", "quarter", "season", "year"})
# Periods TimeML has no value for a half or quarter of: "the last half of the '80s",
# "the second half of July" keep the whole's value, with the part's interval.
_UNSPLIT_PERIODS = frozenset({"decade", "century", "month", "week", "season"})
# "earlier this year" and "later this month" point inside the period, relative to now.
_COMPARATIVES = {"earlier": ("START", 0.0, 1 / 3), "later": ("END", 2 / 3, 1.0)}


def _position(word: str) -> tuple[str, float, float]:
    key = word.lower()
    return _COMPARATIVES.get(key) or t.POSITIONS[key]


def position(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "late 2024", "mid-November", "early next year", "earlier this month"."""
    base = read_period(m.group("rest"), ctx, as_span=False)
    if base is None:
        return None
    mod, low, high = _position(m.group("pos"))
    interval = base.interval
    word = m.group("pos").lower()
    if interval is not None and word in _COMPARATIVES and ctx.anchor is not None:
        # "earlier this year": from the start of the year up to now, not a fixed third.
        if word == "earlier" and interval.contains(ctx.anchor):
            return base.with_mod(
                mod,
                Interval(interval.start, ctx.anchor, interval.granularity, interval.is_inferred),
            )
        if word == "later" and interval.contains(ctx.anchor):
            return base.with_mod(
                mod, Interval(ctx.anchor, interval.end, interval.granularity, interval.is_inferred)
            )
    return base.with_mod(mod, cal.narrow(interval, low, high) if interval else None)


# The words before "mid-century" that make it a time things come by or run to.
_BY_BEFORE = re.compile(r"\b(?:by|until|till|to|before|around|towards?|through|after|at)\s+$", re.I)


def mid_century(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "by mid-century" as the middle of the anchor's century."""
    if m.start() > 0 and not _BY_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # in running text, only "by mid-century" and the like
    base = read_period("this century", ctx, as_span=False)
    if base is None:
        return None
    mod, low, high = _position("mid")
    return base.with_mod(mod, cal.narrow(base.interval, low, high) if base.interval else None)


def position_of(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "the end of the year", "the beginning of 2025", "the middle of next month"."""
    base = read_period(m.group("rest"), ctx, as_span=False)
    if base is None:
        return None
    mod, low, high = _position(m.group("pos"))
    return base.with_mod(mod, cal.narrow(base.interval, low, high) if base.interval else None)


# The edges of a period: "the first days of", "the final weeks of"; and how many days
# the few units meant are taken to cover.
_EDGE_MODS = {
    "first": "START", "opening": "START", "early": "START", "last": "END", "final": "END",
    "closing": "END", "dying": "END", "waning": "END", "late": "END",
}  # fmt: skip
_FEW_UNITS_DAYS = {"days": 3, "weeks": 21, "months": 91}


def edge_of(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "the final weeks of 2018" as the end of 2018, "the first days of May" as its start.

    The value is the period's with START or END; the interval is the few
    days, weeks or months at that edge (three of them), cut as "late 2024" is.
    """
    base = read_period(m.group("rest"), ctx, as_span=False)
    interval = base.interval if base is not None else None
    if base is None or interval is None or interval.start is None or interval.end is None:
        return None
    share = _FEW_UNITS_DAYS[m.group("unit").lower()] / ((interval.end - interval.start).days + 1)
    if share >= 1:
        return None  # "the last months of the week": not a part of it
    mod = _EDGE_MODS[m.group("edge").lower()]
    low, high = (0.0, share) if mod == "START" else (1 - share, 1.0)
    return base.with_mod(mod, cal.narrow(interval, low, high))


def week_of_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "the first week of April", "the last week of March 2025", "... of the year".

    TimeML has no value for a week of a month: the value stays the month's,
    with START or END for the first or last week, and the interval is the
    seven days meant.
    """
    base = read_period(m.group("rest"), ctx)
    interval = base.interval if base is not None else None
    if base is None or interval is None or interval.granularity not in _WEEKS_OF:
        return None
    assert interval.start is not None and interval.end is not None
    index = t.ORDINALS[m.group("ord").lower()]
    mod = "END" if index < 0 else "START" if index == 1 else None
    if index < 0:
        first = interval.end - timedelta(days=6)
    else:
        first = interval.start + timedelta(days=7 * (index - 1))
    week = Interval(first, first + timedelta(days=6), "week", interval.is_inferred)
    return base.with_mod(mod, week)


def _owner_year(owner: str | None, whole: Reading | None, ctx: Context) -> tuple[int | None, bool]:
    """Return the year a half or quarter belongs to, and whether it was inferred.

    ``whole`` is the period after "of", already read; ``owner`` the one before.
    """
    if whole is None or whole.interval is None or whole.interval.start is None:
        whole = read_period(owner, ctx) if owner else None
    if whole is not None and whole.interval and whole.interval.start:
        return whole.interval.start.year, whole.interval.is_inferred
    return None, True


def _part(unit: str, index: int, year: int, is_inferred: bool) -> tuple[str, Interval]:
    months = 3 if unit == "quarter" else 6
    if index < 0:
        index = 12 // months
    first = date(year, (index - 1) * months + 1, 1)
    value, interval = cal.period("quarter" if unit == "quarter" else "half", first)
    return value, inferred(interval, is_inferred) or interval


def _part_reading(
    unit: str, index: int, owner: str | None, rest: str | None, ctx: Context, m: re.Match[str]
) -> Reading | None:
    if not 1 <= index <= (4 if unit == "quarter" else 2) and index != -1:
        return None
    letter = "Q" if unit == "quarter" else "H"
    shown = index if index > 0 else (4 if unit == "quarter" else 2)
    whole = read_period(rest, ctx) if rest else None
    if whole is not None and whole.interval and whole.interval.granularity in _UNSPLIT_PERIODS:
        parts = 4 if unit == "quarter" else 2
        shown_index = index if index > 0 else parts
        low, high = (shown_index - 1) / parts, shown_index / parts
        return replace(whole, interval=cal.narrow(whole.interval, low, high))
    if owner or rest:
        year, is_inferred = _owner_year(owner, whole, ctx)
        if year is None:
            return Reading("DATE", f"XXXX-{letter}{shown}")
        value, interval = _part(unit, index, year, is_inferred)
        return Reading("DATE", value, interval, uses_anchor=is_inferred)
    base = ctx.ref
    if base is None:
        return Reading("DATE", f"XXXX-{letter}{shown}")

    def bounds(step: int) -> tuple[date, date]:
        interval = _part(unit, index, base.year + step, True)[1]
        assert interval.start is not None and interval.end is not None
        return interval.start, interval.end

    # A bare "third quarter" in a results story is this year's, or last year's if this
    # year's has not begun; a future verb ("will report third-quarter results") does
    # not move it to next year. Results to come are of the nearest such quarter:
    # "was to report fourth-quarter earnings", told in February, are last year's.
    is_reported = _RESULTS.match(m.string, m.end()) is not None
    tense = None if is_reported and ctx.tense == "future" else ctx.tense or "past"
    step = choose(bounds, range(-1, 1), base, tense)
    value, interval = _part(unit, index, base.year + (step or 0), True)
    return Reading("DATE", value, interval, uses_anchor=True)


# What a quarter's or half's figures are called when reported: "fourth-quarter earnings".
_RESULTS = re.compile(
    r"\s+(?:earnings|results|profits?|loss(?:es)?|revenues?|sales|income|figures|numbers)\b",
    re.IGNORECASE,
)


_THIS_QUARTER = re.compile(r"this\s+quarter", re.IGNORECASE)


def this_quarters_results(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "this quarter's loss includes ..." in a results story: the quarter reported.

    A quarter's figures are reported once it has ended, so with the story's
    quarter in focus already over, "this quarter's" results are that one's, not
    those of the quarter under way. Not when told ahead ("this quarter's
    earnings will suffer"): that is the current quarter.
    """
    if not _THIS_QUARTER.fullmatch(m.group(0)) or ctx.tense == "future":
        return None
    after = possessive_end(m.string, m.end())
    if after is None or _RESULTS.match(m.string, after) is None:
        return None
    focus, anchor = ctx.focus, ctx.anchor
    if focus is None or focus.granularity != "quarter" or focus.start is None:
        return None
    if anchor is None or focus.end is None or focus.end >= anchor:
        return None
    value, interval = cal.period("quarter", focus.start, is_inferred=True)
    return Reading("DATE", value, interval, uses_anchor=True)


def part_of(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "the second half of 2025", "third-quarter", "this year's third quarter"."""
    word = m.group("ord").lower()
    index = -1 if word in ("last", "latter", "final") else t.ORDINALS.get(word)
    if index is None:
        return None
    if index == -1 and m.group("unit").lower() == "half":
        index = 2
    if index == -1 and not (m.group("owner") or m.group("rest")):
        # "the last quarter" with no year is the previous quarter, not Q4.
        return relative_period("quarter", -1, ctx, anaphoric=False)
    unit, owner, rest = m.group("unit").lower(), m.group("owner"), m.group("rest")
    return _part_reading(unit, index, owner, rest, ctx, m)


def first_of_a_pair(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "first" in "the first and second quarters (of 1988)"."""
    return _part_of_a_pair(m.group("ord"), m, ctx)


def second_of_a_pair(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "second quarters (of 1988)" in "the first and second quarters (of 1988)"."""
    return _part_of_a_pair(m.group("ord2"), m, ctx)


def _part_of_a_pair(ordinal: str, m: re.Match[str], ctx: Context) -> Reading | None:
    index = t.ORDINALS.get(ordinal.lower())
    if index is None:
        return None  # "latter" names no quarter of its own; "final" is the last (-1)
    unit = "half" if m.group("unit").lower().startswith("hal") else "quarter"
    return _part_reading(unit, index, None, m.group("rest"), ctx, m)


def month_part(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "the September quarter", "the December half": the quarter or half the month ends.

    Companies name a quarter by its last month. "The October quarter", a
    fiscal quarter of the company's own, is August to October; its value
    names the calendar quarter that holds most of it (2019-Q3).
    """
    month = month_of(m.group("mon").rstrip("."))
    if month is None:
        return None
    unit: Granularity = "quarter" if m.group("unit").lower() == "quarter" else "half"
    size = 3 if unit == "quarter" else 6
    named = read_period(f"{m.group('mon')} {m.group('year') or ''}", ctx)
    placed = named.interval if named is not None and named.interval is not None else None
    # With no year to place it in, the part is worked out on a sample year and
    # stands for the same part of any year ("XXXX-Q3").
    last = placed.end if placed is not None and placed.end is not None else date(2001, month, 1)
    first = cal.shift(last.replace(day=1), "month", 1 - size)
    value = cal.value_of(unit, cal.shift(first, "month", size // 2))
    if named is None or placed is None or placed.end is None:
        return Reading("DATE", "XXXX" + value[4:])
    interval = Interval(first, last, unit, placed.is_inferred)
    return Reading("DATE", value, interval, uses_anchor=named.uses_anchor)


def half_spelled(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "the first two quarters of 1990", "the last six months of the year" as a half."""
    index = 1 if m.group("ord").lower() == "first" else 2
    return _part_reading("half", index, None, m.group("rest"), ctx, m)


def part_code(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "Q4 2025", "H2", "3Q"."""
    code = m.group("code").upper()
    letter, digit = (code[0], code[1]) if code[0] in "QH" else (code[1], code[0])
    unit = "quarter" if letter == "Q" else "half"
    return _part_reading(unit, int(digit), None, m.group("rest"), ctx, m)


def year_ago(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "the year-ago quarter", "year-earlier", "the 1988 period" in a results story.

    Also "the corresponding period last year", "last year's quarter" and
    "the quarter a year ago". The period compared with is the one the story
    reports on (the last quarter or half named) moved back a year, or into
    the year written; with no such period, a year-ago quarter is the last
    completed one a year back, and anything else the year before the anchor.
    A bare year ("the 1988") only counts with a period noun after it.
    """
    groups = m.groupdict()
    written, noun, unit = groups.get("year"), groups.get("noun"), groups.get("unit")
    if written and not (noun or unit):
        return None
    base = ctx.focus.start if ctx.focus is not None and ctx.focus.start else None
    year = full_year(written) if written else None
    if unit:
        index = t.ORDINALS.get((groups.get("ord") or "").lower())
        if index is None or index < 1:
            return None
        owner = year if year is not None else (base or ctx.ref or date.min).year - 1
        if owner < 1:
            return Reading("DATE", f"XXXX-{'Q' if unit.lower() == 'quarter' else 'H'}{index}")
        value, interval = _part(unit.lower(), index, owner, year is None)
        return Reading("DATE", value, interval, uses_anchor=year is None)
    if base is not None and ctx.focus is not None:
        moved = base.replace(year=year) if year is not None else cal.shift(base, "year", -1)
        value, interval = cal.period(ctx.focus.granularity, moved, is_inferred=True)
        return Reading("DATE", value, interval, uses_anchor=True)
    if year is not None:
        value, interval = cal.period("year", date(year, 1, 1))
        return Reading("DATE", value, interval)
    if ctx.ref is None:
        return Reading("DATE", "XXXX")
    gran: Granularity = "quarter" if (noun or "").lower() == "quarter" else "year"
    last = cal.shift(ctx.ref, "quarter", -1) if gran == "quarter" else ctx.ref
    value, interval = cal.period(gran, cal.shift(last, "year", -1), is_inferred=True)
    return Reading("DATE", value, interval, uses_anchor=True)


def latest_period(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "the latest period" / "the latest quarter": the quarter the story reports on."""
    # A year in focus stands for a span of months ("the nine months"), not a period named.
    focus = ctx.focus
    if focus is not None and focus.start is not None and focus.granularity != "year":
        value, interval = cal.period(focus.granularity, focus.start, is_inferred=True)
        return Reading("DATE", value, interval, uses_anchor=True)
    return relative_period("quarter", None, ctx, anaphoric=False)
