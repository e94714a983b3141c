"""Handlers for amounts of time: durations, "N units ago", frequencies, and past/present/future.

Duration values are ISO 8601 periods as TimeML writes them (``P3Y``,
``PT16H``, ``PXD`` for "a few days"). A duration tied to now ("the past two
months") also gets its interval, ending (or starting) at the anchor.
"""

from __future__ import annotations

import re
from datetime import timedelta

from claimledger.nlp.timex import calendar as cal
from claimledger.nlp.timex import tables as t
from claimledger.nlp.timex.lexicon import month_of, number_of, unit_of, weekday_of
from claimledger.nlp.timex.reading import Context, Reading
from claimledger.records import Granularity, Interval

_BACKWARD = {"past", "last", "previous", "recent", "latest"}
_FORWARD = {"next", "coming", "following"}


def duration_value(count: float | None, unit: str) -> str:
    """Return the ISO 8601 period for ``count`` ``unit``s (``None`` count gives ``X``)."""
    letter, is_clock = t.UNITS[unit]
    prefix = "PT" if is_clock else "P"
    if unit == "decade":
        letter, count = "Y", None if count is None else count * 10
    elif unit == "century":
        # TimeBank writes an unknown number of centuries PXC ("P1E" is its decade).
        letter, count = ("C" if count is None else "Y"), None if count is None else count * 100
    elif unit == "weekend":
        letter, count = "D", None if count is None else count * 2
    elif unit == "fortnight":
        letter, count = "W", None if count is None else count * 2
    if count is None:
        return f"{prefix}X{letter}"
    whole, frac = int(count), count - int(count)
    if frac and unit in ("year", "hour", "minute", "day", "month"):
        # Halves become the next unit down, so "5 1/2 hours" is PT5H30M.
        smaller = {
            "year": ("M", 12), "hour": ("M", 60), "minute": ("S", 60), "day": ("H", 24),
            "month": ("D", 30),
        }  # fmt: skip
        sub_letter, size = smaller[unit]
        if abs(frac * size - round(frac * size)) > 1e-9:
            # "3.2 years" is no whole number of months: the decimal stays (ISO 8601 allows it).
            return f"{prefix}{count:g}{letter}"
        if not whole:  # "half a year" is P6M, "half an hour" PT30M, "half a day" PT12H
            part_prefix = "PT" if unit in ("day", "hour", "minute") else "P"
            return f"{part_prefix}{round(frac * size)}{sub_letter}"
        middle = "T" if unit == "day" else ""
        return f"{prefix}{whole}{letter}{middle}{round(frac * size)}{sub_letter}"
    return f"{prefix}{whole if not frac else count}{letter}"


def _quant(m: re.Match[str]) -> str | None:
    q = m.group("quant")
    if q:
        return t.QUANTIFIER_MODS.get(re.sub(r"\s+", " ", q.lower()))
    # "a week or so ago" is about a week.
    return "APPROX" if re.search(r"\sor\s+so\b", m.group(0), re.I) else None


def _is_age(m: re.Match[str]) -> bool:
    """Whether the match is someone's age ("a 45-year-old"), which TimeML does not mark."""
    after = m.string[m.end() : m.end() + 5].lower()
    return m.group(0).lower().endswith("-old") or after.startswith((" old", "-old"))


# Units counted in steps of a calendar unit: a decade is ten years, a fortnight two weeks.
_UNIT_STEPS = {"decade": 10, "century": 100, "fortnight": 2}


def _calendar_unit(unit: str) -> Granularity:
    if unit in ("second", "minute", "hour"):
        return "day"
    if unit == "fortnight":
        return "week"
    return "year" if unit in ("decade", "century") else unit  # type: ignore[return-value]


def ago(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "three years ago", "a year earlier", "two weeks from now" as a date."""
    unit = unit_of(m.group("unit"))
    if unit is None:
        return None
    count = number_of(m.group("n"))
    direction = m.group("dir").lower()
    sign = -1 if direction in ("ago", "earlier", "back") else 1
    if count is None:
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod=_quant(m))
    base = ctx.ref if direction in ("earlier", "later") else ctx.anchor
    gran = _calendar_unit(unit)
    focus = ctx.focus
    if unit == "year" and count == 1 and sign < 0 and focus is not None and focus.start:
        # "up from $66.8 million a year ago" compares with the quarter being reported;
        # "what Obama did eight years ago" is not a comparison of results.
        moved = cal.shift(focus.start, "year", -int(count))
        value, interval = cal.period(focus.granularity, moved, is_inferred=True)
        return Reading("DATE", value, interval, _quant(m), uses_anchor=True)
    if base is None:
        return Reading("DATE", "XXXX" if gran in ("year", "decade") else "XXXX-XX-XX")
    # "half a century ago" is fifty years back; "five and a half years ago" is told in months.
    steps = int(count * _UNIT_STEPS.get(unit, 1))
    shift_unit = "year" if unit in ("decade", "century") else gran
    if unit == "year" and count != int(count):
        gran = shift_unit = "month"
        steps = round(count * 12)
    if unit in ("second", "minute", "hour"):
        moved = base
    else:
        try:
            moved = cal.shift(base, shift_unit, sign * steps)
        except (OverflowError, ValueError):
            return None
    value, interval = cal.period(gran, moved, is_inferred=ctx.is_anchor_inferred)
    return Reading("DATE", value, interval, _quant(m), uses_anchor=True)


# After a count of units, the words that make it a date told from another (the ago rule's).
_TOLD_FROM = re.compile(r"\s+(?:ago|earlier|back|hence|from\s+now)\b", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


def _is_range(m: re.Match[str]) -> bool:
    """Whether a count joined to another is a range: "two to three weeks", "60-90 minutes".

    "and" joins a range only after "between"; a dash only two figures. A range
    told from another time ("40 or 50 years ago") is left to that date's rule;
    one before or after an event stays a length ("60-90 minutes before your
    workout", "in the three or six months after a rate increase").
    """
    if m.group("n2d") and not m.group("n").isdigit():
        return False
    upper = m.group("n2") or m.group("n2d")
    if number_of(upper.lower()) is None or _TOLD_FROM.match(m.string, m.end()):
        return False
    joiner = (m.group("joiner") or "").strip().lower()
    before = m.string[max(0, m.start() - 10) : m.start()]
    return joiner != "and" or _BETWEEN_BEFORE.search(before) is not None


def duration(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "five years", "the past two months", "at least 72 hours", "a few days"."""
    unit = unit_of(m.group("unit"))
    if unit is None or _is_age(m):
        return None
    n = m.group("n").lower()
    half = m.group("half") is not None
    if n in ("a", "an") and unit in ("second", "minute") and not half:
        return None  # "a second term" is an ordinal, not a duration.
    if n in ("a", "an") and m.group("unit").lower() != unit:
        return None  # "a weeks-long fight": the article is the fight's; it lasts weeks.
    if n.endswith(" of") and m.group(0).lower().endswith(("-long", "-old")):
        return None  # "hundreds of seconds-long talks": a count of talks, each seconds long.
    count = number_of(n)
    if count is not None and half:
        count += 0.5
    if count is not None and count <= 0:
        return None
    if m.group("n2") or m.group("n2d"):
        if not _is_range(m):
            return None
        count = None  # "two to three weeks": TimeML has no range of counts, only "some weeks"
    reading = Reading("DURATION", duration_value(count, unit), mod=_quant(m))
    rel = (m.group("rel") or "").lower()
    if ctx.anchor is not None and count is not None and rel in _BACKWARD | _FORWARD:
        reading = Reading(
            "DURATION",
            reading.value,
            tied_interval(unit, count, rel, ctx),
            reading.mod,
            uses_anchor=True,
        )
    return reading


def tied_interval(unit: str, count: float, rel: str, ctx: Context) -> Interval | None:
    """Return the stretch "the past N units" or "the next N units" covers around the anchor."""
    assert ctx.anchor is not None
    gran = _calendar_unit(unit)
    steps = int(count) * _UNIT_STEPS.get(unit, 1)
    if unit in ("second", "minute", "hour"):
        return Interval(ctx.anchor, ctx.anchor, "day", ctx.is_anchor_inferred)
    try:
        if rel in _BACKWARD:
            start = cal.shift(ctx.anchor, gran, -steps) + timedelta(days=1)
            return Interval(start, ctx.anchor, gran, ctx.is_anchor_inferred)
        end = cal.shift(ctx.anchor, gran, steps) - timedelta(days=1)
        return Interval(ctx.anchor, end, gran, ctx.is_anchor_inferred)
    except (OverflowError, ValueError):
        return None


def fortnight(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "the past fortnight" as the two weeks up to the anchor, "the next" as the two after.

    "The following fortnight" is told from the narrative's time: its length
    is known, not where it lies.
    """
    rel = m.group("rel").lower()
    if rel in ("previous", "following") or ctx.anchor is None:
        return Reading("DURATION", "P2W")
    return Reading("DURATION", "P2W", tied_interval("fortnight", 1, rel, ctx), uses_anchor=True)


def bare_units(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "(for) years", "recent months", "the weeks ahead", "decades-long" as durations.

    Also the bare plurals of the ``bare_span`` and ``the_span`` rules ("after
    months of talks", "over the years").
    """
    groups = m.groupdict()
    word = next(w for k, w in groups.items() if k.startswith("unit") and w)
    unit = unit_of(word)
    if unit is None:
        return None
    # "day-long" is one day; "decades-long" and "for years" an unknown number of them.
    count = 1 if groups.get("unit3") and unit == word.lower() else None
    return Reading("DURATION", duration_value(count, unit))


def set_word(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "daily", "annually" as a SET."""
    return Reading("SET", t.SET_WORDS[m.group("word").lower()])


def set_every(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "every day", "each year", "every other week", "every Friday", "every Christmas"."""
    word = m.group("unit")
    text = m.group(0).lower()
    count = number_of(m.group("n")) if m.group("n") else None
    # "every half an hour" is PT30M, "every 2.5 hours" PT2H30M.
    step = 2 if "other" in text else (count or 1)
    if (unit := unit_of(word)) is not None:
        return Reading("SET", duration_value(step, unit))
    if (day := weekday_of(word)) is not None:
        return Reading("SET", f"XXXX-WXX-{day + 1}")
    if (month := month_of(word)) is not None:
        return Reading("SET", f"XXXX-{month:02d}")
    if word.lower() in t.SEASONS:
        return Reading("SET", f"XXXX-{t.SEASONS[word.lower()]}")
    if (holiday := t.HOLIDAYS.get(re.sub(r"\s+", " ", word.lower()))) is not None:
        return Reading("SET", f"XXXX-{holiday[0]:02d}-{holiday[1]:02d}")
    return None


def some_day(m: re.Match[str], ctx: Context) -> Reading:
    """Read "(will) one day" as FUTURE_REF: a day ahead, not known which."""
    if ctx.anchor is None:
        return Reading("DATE", "FUTURE_REF")
    interval = Interval(ctx.anchor, None, "day", ctx.is_anchor_inferred)
    return Reading("DATE", "FUTURE_REF", interval, uses_anchor=True)


def reference(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "now", "recently", "soon", "imminently" as PRESENT_REF, PAST_REF or FUTURE_REF."""
    word = re.sub(r"\s+", " ", m.group("word").lower())
    if word == "soon" and ctx.tense == "past":
        # "He was soon released": soon after the story's moment, not after the telling.
        return None
    value = t.REFERENCE_WORDS[word]
    anchor = ctx.anchor
    if anchor is None:
        return Reading("DATE", value)
    inferred = ctx.is_anchor_inferred
    interval = {
        "PRESENT_REF": Interval(anchor, anchor, "day", inferred),
        "PAST_REF": Interval(None, anchor, "day", inferred),
        "FUTURE_REF": Interval(anchor, None, "day", inferred),
    }[value]
    return Reading("DATE", value, interval, uses_anchor=True)
