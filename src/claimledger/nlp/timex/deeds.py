"""Times told from a deed the text dates: "the day after his death", "the weeks before it".

A crime story dates its deed once ("the Oct. 23 slaying", "was killed last
fall") and then tells other times from it: "the day after his death", "in
the weeks before the shooting", "was shot at 10 p.m.". Such a time is open,
or falls back on the day of the telling, until the deed is dated; this
module finds the deed's date in the parse and reads the times from it.
Only violence counts as the deed: in a story it is the one event "the
shooting", "the killing" and "his death" all name, where "the meeting" or
"the vote" may be one of several. Any event serves when its own phrase
dates it: "the weeks leading up to Monday night's debate".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from claimledger.nlp.timex import calendar as cal
from claimledger.nlp.timex.lexicon import possessive_end
from claimledger.nlp.timex.reading import Found, Reading
from claimledger.records import Granularity, Interval

# The words that name a deed, by the kind of deed: a story's "shooting", "killing"
# and "his death" are one, but its "bombing" may be another's. Verbs in their past forms.
_DEED_KINDS: dict[str, str] = {
    **dict.fromkeys(
        ("shooting", "killing", "slaying", "murder", "assassination", "death", "massacre",
         "killed", "shot", "slain", "murdered", "assassinated", "gunned"),
        "killing",
    ),
    **dict.fromkeys(("bombing", "bombed"), "bombing"),
    **dict.fromkeys(("stabbing", "stabbed"), "stabbing"),
    "attack": "attack",
}  # fmt: skip
# What a date is to the deed's noun when it dates it: "the Oct. 23 slaying".
_MODIFIER_DEPS = frozenset({"compound", "nmod", "npadvmod", "amod", "nummod", "poss"})
# How many words after "before" or "after" the deed may be named: "before Slepian was killed".
_DEED_REACH = 5
# The word that sets a stretch or period on one side of its event.
_SIDE = re.compile(r"\s+(before|after|following|preceding|leading\s+up\s+to)\b", re.IGNORECASE)
# How far after the side word an event's own date may start: "(leading up to) Monday night's".
_PHRASE_REACH = 12
# The rules of a time told from a deed: "the day after his death", "the weeks before the shooting".
STRETCH_RULE = "event_stretch"
DEED_RULES = frozenset({"event_relative", STRETCH_RULE})
# The units "the ... after the deed" steps by, finest first (a season's deed is too coarse).
_STEPPED = ("day", "week", "month", "year")
# Granularities precise enough to date a deed, finest first.
_DATING = ("day", "month", "season", "year")


def _deed_kind(token: Token) -> str | None:
    """The kind of deed ``token`` names, as a noun or a past verb, or ``None``.

    Not a noun naming another thing: "the death penalty", "the shooting suspect".
    """
    kind = _DEED_KINDS.get(token.lower_)
    if kind is None or token.dep_ == "compound":
        return None
    is_verb = token.lower_.endswith(("ed", "shot", "slain"))
    if is_verb:
        return kind if token.tag_ in ("VBD", "VBN") else None
    return kind if token.tag_.startswith("NN") else None


def _kind_dated(span: Span) -> str | None:
    """The kind of deed ``span`` (a date) dates, if it modifies its noun or verb.

    "the Oct. 23 slaying", "was killed last fall", "the shooting on Friday".
    """
    root = span.root
    head = root.head
    if root.dep_ in _MODIFIER_DEPS:
        return _deed_kind(head)
    if root.dep_ == "pobj" and head.dep_ == "prep":
        return _deed_kind(head.head)
    return None


def deed_dates(doc: Doc, found: Sequence[Found]) -> dict[str, Found]:
    """Return the date the text gives each kind of deed: the finest named, if one."""
    dated: dict[str, list[Found]] = {}
    for f in found:
        interval = f.reading.interval
        if f.reading.type != "DATE" or interval is None or interval.start is None:
            continue
        if interval.granularity not in _DATING or f.rule in DEED_RULES:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is not None and len(span) and (kind := _kind_dated(span)) is not None:
            dated.setdefault(kind, []).append(f)
    out = {}
    for kind, dates in dated.items():
        finest = min(_DATING.index(_granularity(d)) for d in dates)
        values = {d.reading.value for d in dates if _DATING.index(_granularity(d)) == finest}
        if len(values) == 1:  # two shootings dated apart: which one is meant is unknown
            out[kind] = next(d for d in dates if d.reading.value in values)
    return out


def _granularity(f: Found) -> str:
    return f.reading.interval.granularity if f.reading.interval else ""


def _deed_named(doc: Doc, end: int) -> str | None:
    """The kind of deed the words after "before"/"after" (ending at ``end``) name."""
    first = bisect.bisect_left(doc, end, key=lambda t: t.idx)
    following = doc[first : first + _DEED_REACH]
    return next((k for t in following if (k := _deed_kind(t)) is not None), None)


def _dated_in_phrase(doc: Doc, found: Sequence[Found], start: int) -> Reading | None:
    """The date an event phrase starting at ``start`` gives its own noun: "Monday's debate"."""
    for g in found:
        if g.start < start or g.start > start + _PHRASE_REACH or g.rule in DEED_RULES:
            continue
        interval = g.reading.interval
        if interval is None or interval.start is None or interval.granularity not in _DATING:
            continue
        if possessive_end(doc.text, g.end) is not None:
            return g.reading  # "Monday night's debate", however it is parsed
        span = doc.char_span(g.start, g.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        if root is not None and root.dep_ in _MODIFIER_DEPS and root.head.tag_.startswith("NN"):
            return g.reading
    return None


def _read_from_deed(
    doc: Doc, f: Found, deeds: dict[str, Found], found: Sequence[Found] = ()
) -> Found | None:
    """Return ``f`` read from the deed's date, or unchanged; ``None`` drops it.

    "the day after his death" is the day after the deed's day; "the weeks
    before the shooting" the month (or season, or year) the deed is dated in:
    the calendar period those weeks mostly fall in. A stretch whose deed the
    text does not date is dropped: which weeks it means, nothing here says.
    """
    kept = f if f.rule == "event_relative" else None
    side = _SIDE.match(doc.text, f.end)
    if side is None:
        return kept
    kind = _deed_named(doc, side.end())
    # "the weeks leading up to Monday night's debate": any event dated in its own phrase.
    deed = _dated_in_phrase(doc, found, side.end()) or (
        deeds[kind].reading if kind in deeds else None
    )
    if deed is None or deed.interval is None or deed.interval.start is None:
        return kept
    direction = 1 if side.group(1).lower() in ("after", "following") else -1
    unit = f.text.lower().split()[-1]
    day = deed.interval.start
    if f.rule == "event_relative":
        # "the day after his death", "the month before the June vote": the deed's day,
        # week, month or year moved by one; not a unit finer than the deed is dated in.
        dated = deed.interval.granularity
        if unit not in _STEPPED or dated not in _STEPPED:
            return f
        if _STEPPED.index(unit) < _STEPPED.index(dated):
            return f
        gran: Granularity = unit  # type: ignore[assignment]
        value, interval = cal.period(
            gran, cal.shift(day, gran, direction), is_inferred=deed.interval.is_inferred
        )
        return replace(f, reading=Reading("DATE", value, interval, uses_anchor=deed.uses_anchor))
    if deed.interval.granularity != "day":
        return replace(f, reading=deed)
    # The bulk of "the days before Oct. 23" is in October; of "the weeks after Oct. 3" too.
    reach = 2 if unit == "days" else 10
    middle = day + timedelta(days=direction * reach)
    value, interval = cal.period("month", middle, is_inferred=deed.interval.is_inferred)
    return replace(f, reading=Reading("DATE", value, interval, uses_anchor=deed.uses_anchor))


def _on_the_deeds_day(doc: Doc, f: Found, deeds: dict[str, Found], anchor: date) -> Found:
    """Move a time of day the deed's verb takes to the deed's day: "was shot at 10 p.m.".

    Only a time that fell back on the day of the telling, after the deed's
    date was named: one on a day of its own ("at 10 p.m. Friday", or told
    after "On Oct. 23") stays there, and so does the "shot a suspect at 3
    a.m." of a lede before "the Oct. 23 slaying" he is wanted in.
    """
    interval = f.reading.interval
    if f.rule != "clock" or interval is None or interval.start != anchor:
        return f
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    kind = _kind_dated(span) if span is not None and len(span) else None
    dating = deeds.get(kind) if kind is not None else None
    if dating is None or dating.start > f.start:
        return f
    deed = dating.reading.interval
    if deed is None or deed.granularity != "day" or deed.start is None or deed.start == anchor:
        return f
    stamp = f.reading.value.partition("T")[2]
    moved = Interval(deed.start, deed.start, "time", deed.is_inferred)
    value = f"{deed.start.isoformat()}T{stamp}"
    return replace(f, reading=replace(f.reading, value=value, interval=moved))


def read_from_deeds(doc: Doc, found: list[Found], anchor: date | None) -> list[Found]:
    """Read the times told from the text's deeds; drop the stretches that stay unknown."""
    if not any(f.rule in DEED_RULES or f.rule == "clock" for f in found):
        return found
    deeds = deed_dates(doc, found)
    out = []
    for f in found:
        if f.rule in DEED_RULES:
            if (read := _read_from_deed(doc, f, deeds, found)) is not None:
                out.append(read)
        elif f.rule == "clock" and anchor is not None and deeds:
            out.append(_on_the_deeds_day(doc, f, deeds, anchor))
        else:
            out.append(f)
    return out
