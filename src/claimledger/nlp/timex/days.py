"""Handlers for days told from another day: weekdays, "yesterday", "that day", clock times.

"Friday" and "tonight" are read against the anchor (the publication time)
and the tense; "that day", "the next morning" and "later in the day"
against the day the narrative is on. The calendar's written dates are in
:mod:`dates`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from claimledger.nlp.timex import tables as t
from claimledger.nlp.timex.anchoring import WEEKDAY_PRESENT_PAST_WEIGHT, choose_in
from claimledger.nlp.timex.dates import day_reading
from claimledger.nlp.timex.lexicon import day_of, month_of, number_of, possessive_end, weekday_of
from claimledger.nlp.timex.periods import read_period
from claimledger.nlp.timex.reading import Context, Reading
from claimledger.records import Interval, TimexType


def weekday_date(
    weekday: int, step: int | None, ctx: Context, *, leans_back: bool = False
) -> tuple[date, bool] | None:
    """Return the day a weekday names, relative to the anchor, and whether the tense chose it.

    ``leans_back``: the tense is not the day's own, so the nearer day is
    taken, one ahead counting twice its distance (see :func:`anchoring.choose`).
    """
    base = ctx.ref
    if base is None:
        return None
    monday = base - timedelta(days=base.weekday())
    if step is not None:
        # "last Friday" is the one before the anchor's week... in practice the latest past one.
        found = monday + timedelta(days=weekday, weeks=step)
        if step == -1 and found + timedelta(weeks=1) < base:
            found += timedelta(weeks=1)
        if step == 1 and found - timedelta(weeks=1) > base:
            found -= timedelta(weeks=1)
        return found, False

    def bounds(s: int) -> tuple[date, date]:
        found = monday + timedelta(days=weekday, weeks=s)
        return found, found

    # A weekday in news means within a week of the story, so only three candidates.
    # News tells of days gone by: a bare weekday is the latest one up to the anchor
    # unless the verb looks ahead (in TimeBank 282 of 297 are on or before the
    # creation day) or is in the present, which leans ahead ("Wisconsin holds its
    # primary on Tuesday", told on a Friday).
    if leans_back:
        as_told = replace(ctx, tense=None)
    else:
        as_told = ctx if ctx.tense in ("future", "present") else replace(ctx, tense="past")
    chosen = choose_in(bounds, range(-1, 2), base, as_told, WEEKDAY_PRESENT_PAST_WEIGHT)
    return bounds(chosen or 0)[0], True


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|one)\s+$", re.I)
_ANAPHORIC_WEEKDAY = re.compile(r"the\s+(?:previous|preceding|following)", re.I)
# "a Sunday night memorial service": the article is the service's. Not "a Sunday in May".
_NOUN_AFTER = re.compile(r"\s+(?!(?:in|on|at|of|for|when|while|after|before|during|and|or)\b)[a-z]")


def weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "Friday", "last Friday", "Friday morning" against the anchor and the tense."""
    day = weekday_of(m.group("wd"))
    if day is None:
        return None
    rel = m.group("rel")
    step = t.RELATIVE_STEPS.get(re.sub(r"\s+", " ", rel.lower())) if rel else None
    if rel and step is None:
        return None
    if (
        not rel
        and _INDEFINITE_BEFORE.search(m.string, max(0, m.start() - 6), m.start())
        and not _NOUN_AFTER.match(m.string, m.end())
    ):
        # "the opening ceremony at 2:30pm on a Monday?": some Monday, not this week's.
        # ("a Sunday night memorial service" is one service, on a day the text means.)
        pod = t.PARTS_OF_DAY.get((m.group("pod") or "").lower())
        return Reading(
            "TIME" if pod else "DATE", f"XXXX-WXX-{day + 1}" + (f"T{pod}" if pod else "")
        )
    if rel and _ANAPHORIC_WEEKDAY.fullmatch(rel):
        # "down 4.5% from the previous Friday", told of Friday's close: the one
        # before the narrative's day (or the last day named), not before the telling.
        told = ctx.narrative if _is_a_day(ctx.narrative) else ctx.last_day
        if told is not None and told.start is not None:
            ctx = replace(ctx, reference=told.start)
    # "The impact of Monday's debate is still small", "Cruz badly needs a win in
    # Tuesday's primary": the present is the comment's, not the day's. The event
    # named is mostly gone by, unless the day ahead is much the nearer (told on a
    # Sunday, "expect Clinton to win Monday's debate" is the next day's).
    is_comment = ctx.tense == "present" and possessive_end(m.string, m.end()) is not None
    step = step if rel and rel.lower() not in ("this", "that") else None
    found = weekday_date(day, step, ctx, leans_back=is_comment)
    # "Friday night" is that day's night, as TimeML writes it (2025-03-14TNI) and as
    # "tonight" and "this morning" are read; the interval stays the day.
    pod = t.PARTS_OF_DAY.get((m.group("pod") or "").lower())
    if found is None:
        if pod:
            return Reading("TIME", f"XXXX-WXX-{day + 1}T{pod}")
        return Reading("DATE", f"XXXX-WXX-{day + 1}")
    interval = Interval(found[0], found[0], "day", True)
    if pod:
        return Reading("TIME", f"{found[0].isoformat()}T{pod}", interval, uses_anchor=True)
    return Reading("DATE", found[0].isoformat(), interval, uses_anchor=True)


def weekdays(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "Mondays", "Tuesday nights" as the SET of them (XXXX-WXX-2TNI)."""
    day = weekday_of(m.group("wd"))
    if day is None:
        return None
    pod = t.PARTS_OF_DAY.get((m.group("pods") or m.group("pods2") or "").lower())
    return Reading("SET", f"XXXX-WXX-{day + 1}" + (f"T{pod}" if pod else ""))


def weekdays_ago(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "two Sundays ago": counted back from the last one before the anchor."""
    day, count = weekday_of(m.group("wd")), number_of(m.group("n"))
    if day is None or count is None or count < 1 or count != int(count):
        return None
    last = weekday_date(day, -1, ctx)  # "last Sunday", the latest before the anchor
    if last is None:
        return Reading("DATE", "XXXX-XX-XX")
    found = last[0] - timedelta(weeks=int(count) - 1)
    interval = Interval(found, found, "day", True)
    return Reading("DATE", found.isoformat(), interval, uses_anchor=True)


# The day an anaphoric reference names, from the narrative's: "the next day" is +1.
_ANAPHORIC_STEPS = {
    "next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1,
}  # fmt: skip


def _is_a_day(interval: Interval | None) -> bool:
    """Whether ``interval`` is one day (a date, or the day of a clock time)."""
    return interval is not None and interval.granularity in ("day", "time")


def _anaphoric_day(m: re.Match[str], ctx: Context) -> Reading:
    """Read "that day", "the same day", "the next morning" from the narrative's day."""
    if m.group("ana2"):  # "the day before", "the day after"
        step = _ANAPHORIC_STEPS[m.group("ana2").split()[-1].lower()]
    else:
        step = _ANAPHORIC_STEPS.get(m.group("ana").split()[-1].lower(), 0)
    # "the next morning" is valued as the day, as TimeBank's one such phrase is.
    return _day_from_narrative(step, ctx)


def _day_from_narrative(step: int, ctx: Context, pod: str | None = None) -> Reading:
    """Return the day ``step`` days from the narrative's, as a DATE or, with ``pod``, a TIME.

    "that day", "the next day", "that night" are told from a day the text
    has named, never from the publication day ("In 2008 ... his victory
    speech that night" is a night of 2008): with no such day nearby the date
    stays open rather than guessed.
    """
    kind: TimexType = "TIME" if pod else "DATE"
    suffix = f"T{pod}" if pod else ""
    narrative = ctx.narrative
    if narrative is None or narrative.start is None:
        return Reading(kind, "XXXX-XX-XX" + suffix)
    if narrative.granularity in ("month", "year") and step == 0:
        # "killed last October ... crossed out that same day": a day of that month.
        month = f"{narrative.start:%m}" if narrative.granularity == "month" else "XX"
        return Reading(kind, f"{narrative.start:%Y}-{month}-XX" + suffix, narrative)
    if not _is_a_day(narrative):
        return Reading(kind, "XXXX-XX-XX" + suffix)
    day = narrative.start + timedelta(days=step)
    interval = Interval(day, day, "day", narrative.is_inferred)
    return Reading(kind, day.isoformat() + suffix, interval)


def _story_day(ctx: Context) -> tuple[Interval | None, bool]:
    """Return the day the story is on, and whether it is the anchor's.

    That is the narrative's day when the text has just named one ("On Friday
    ... later in the day", "... at 10:35 a.m."), else the day of the telling.
    A day still ahead is not where a past event happened ("the polls Feb. 9
    ... debated earlier in the evening", told in January).
    """
    narrative = ctx.narrative
    if narrative is not None and _is_a_day(narrative) and narrative.start:
        day = narrative.start
        is_ahead = ctx.anchor is not None and day > ctx.anchor
        if not (is_ahead and ctx.tense == "past"):
            return Interval(day, day, "day", narrative.is_inferred), False
    if ctx.anchor is None:
        return None, False
    return Interval(ctx.anchor, ctx.anchor, "day", ctx.is_anchor_inferred), True


# "today's youth", "today's personal computers": a possessive day before a noun.
_POSSESSIVE_NOUN = re.compile(r"\s?['’]s\s+([a-z]+)(?:\s+([a-z]+))?", re.I)


def generic_day(m: re.Match[str]) -> Reading | None:
    """Read "today's youth", "tomorrow's leaders" as the present or the future, not a day.

    Only a bare "today", "tomorrow" or "yesterday" in the possessive, before
    (or one word before) a noun for the people or things of an age.
    """
    word = m.group(0).lower()
    if word not in t.GENERIC_DAY_REFS:
        return None
    after = _POSSESSIVE_NOUN.match(m.string, m.end())
    words = after.groups() if after is not None else ()
    if not any(w is not None and w.lower() in t.GENERIC_DAY_NOUNS for w in words):
        return None
    return Reading("DATE", t.GENERIC_DAY_REFS[word])


def day_count(m: re.Match[str], ctx: Context) -> Reading:
    """Read "(today is) the eighth day (of the strike)": the day of the telling."""
    if ctx.anchor is None:
        return Reading("DATE", "XXXX-XX-XX")
    interval = Interval(ctx.anchor, ctx.anchor, "day", ctx.is_anchor_inferred)
    return Reading("DATE", ctx.anchor.isoformat(), interval, uses_anchor=True)


def day_ref(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "yesterday", "tonight", "last night", "this morning", "mid-afternoon yesterday"."""
    if m.group("ana") or m.group("ana2"):
        return _anaphoric_day(m, ctx)
    if m.group("inday"):  # "later in the day", "earlier in the evening"
        story_day, uses_anchor = _story_day(ctx)
        part = t.PARTS_OF_DAY.get((m.group("pod4") or "").lower())
        kind: TimexType = "TIME" if part else "DATE"
        time_of_day = f"T{part}" if part else ""
        if story_day is None or story_day.start is None:
            return Reading(kind, f"XXXX-XX-XX{time_of_day}")
        value = f"{story_day.start.isoformat()}{time_of_day}"
        return Reading(kind, value, story_day, uses_anchor=uses_anchor)
    ref = re.sub(r"\s+", " ", (m.group("ref") or m.group("ref3") or "").lower())
    pod_word = (m.group("pod") or m.group("pod2") or m.group("pod3") or "").lower()
    offset = 0
    if "before yesterday" in ref:
        offset = -2
    elif "after tomorrow" in ref:
        offset = 2
    elif ref:
        offset = t.DAY_OFFSETS[ref]
    if ref in t.NIGHT_WORDS:
        pod_word = "night"
    pod = t.PARTS_OF_DAY.get(pod_word)
    if (m.group("this") or "").lower() == "that" and pod:
        return _day_from_narrative(0, ctx, pod)  # "that night"
    base = ctx.anchor
    if base is None:
        return Reading("TIME" if pod else "DATE", "XXXX-XX-XX" + (f"T{pod}" if pod else ""))
    day = base + timedelta(days=offset)
    interval = Interval(day, day, "day", ctx.is_anchor_inferred)
    if pod:
        return Reading("TIME", f"{day.isoformat()}T{pod}", interval, uses_anchor=True)
    return Reading("DATE", day.isoformat(), interval, uses_anchor=True)


_CLOCK = re.compile(r"(\d{1,2})(?:[:.]?(\d\d))?\s*([ap])?")
# What comes before the time heading a live blog's entry: a line break, the "___"
# between entries, or "(all times EDT):".
_ENTRY_STAMP = re.compile(r"(?:\A|\n|_{3,}\.?|\):)[ \t]*\Z")


def clock(m: re.Match[str], ctx: Context) -> Reading | None:
    """Read "10:35 a.m.", "6 a.m. Tuesday", "noon" as a TIME on the anchor's (or the named) day."""
    text = m.group("clock").lower()
    if text in ("noon", "midday", "midnight"):
        # "midnight Friday" closes Friday: ISO 8601 writes it 24:00 of that day.
        hour, minute = (24, 0) if text == "midnight" else (12, 0)
    else:
        parts = _CLOCK.match(text)
        if parts is None:
            return None
        hour, minute = int(parts.group(1)), int(parts.group(2) or 0)
        is_pm = parts.group(3) == "p" or text.endswith(("afternoon", "evening"))
        if is_pm and hour < 12:
            hour += 12
        elif not is_pm and hour == 12 and (parts.group(3) == "a" or text.endswith("morning")):
            hour = 0
    day_word = m.group("day") or m.group("day0")
    # A bare clock time is on the day the story is on; in the present tense, or
    # heading a live blog's entry ("___ 5:45 p.m. Clinton's aides cast ..."), the
    # day of the telling, whatever day the entry before was about.
    is_stamp = _ENTRY_STAMP.search(m.string, max(0, m.start() - 12), m.start()) is not None
    is_told_now = ctx.tense == "present" or is_stamp
    story_day = _story_day(replace(ctx, narrative=None) if is_told_now else ctx)[0]
    day: date | None = story_day.start if story_day is not None else None
    is_inferred = True  # the day is the story's, unless a date with its year is written
    if m.group("mon") or m.group("mon0"):
        month = month_of(m.group("mon") or m.group("mon0")) or 0
        mday = day_of(m.group("mday") or m.group("mday0"))
        written = day_reading(m.group("year") or m.group("year0"), month, mday, ctx)
        if written is None or written.interval is None:
            return None
        day = written.interval.start
        is_inferred = written.interval.is_inferred
    elif day_word:
        sub = read_period(day_word, ctx) if day_word.lower() in t.DAY_OFFSETS else None
        wd = weekday_of(day_word)
        if sub is not None and sub.interval is not None:
            day = sub.interval.start
        elif wd is not None:
            found = weekday_date(wd, None, ctx)
            day = found[0] if found else None
    stamp = f"T{hour:02d}:{minute:02d}"
    if day is None:
        return Reading("TIME", "XXXX-XX-XX" + stamp)
    interval = Interval(day, day, "time", is_inferred)
    return Reading("TIME", day.isoformat() + stamp, interval, uses_anchor=is_inferred)
