"""Normalizing one temporal expression, without spaCy: text + anchor + tense -> reading.

>>> normalize("late 2024", None).value
'2024'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from claimledger.nlp.timex import amounts, dates, days, fuzzy, holidays
from claimledger.nlp.timex.grammar import RULES, Rule
from claimledger.nlp.timex.periods import open_reading, read_period, relative_period
from claimledger.nlp.timex.reading import Context, Reading, Tense, TimexError

Handler = Callable[[re.Match[str], Context], Reading | None]


def _period(m: re.Match[str], ctx: Context) -> Reading | None:
    if (generic := days.generic_day(m)) is not None:  # "today's youth"
        return generic
    if (reported := fuzzy.this_quarters_results(m, ctx)) is not None:
        return reported
    return read_period(m.group(0).replace(",", " "), ctx)  # "June, 2005" is June 2005


def _first_century_of_a_pair(m: re.Match[str], ctx: Context) -> Reading | None:
    # "18th" in "the 18th and 19th centuries": read as "the 18th century".
    return read_period(f"the {m.group('first')} century", ctx)


def _second_century_of_a_pair(m: re.Match[str], ctx: Context) -> Reading | None:
    # "19th centuries" in "the 18th and 19th centuries": read as "the 19th century".
    return read_period(f"the {m.group('ord2')} century", ctx)


def _two_away(m: re.Match[str], ctx: Context) -> Reading | None:
    # "the week before last" is two weeks back; "the year after next" two years ahead.
    step = -2 if m.group("dir").lower().startswith("before") else 2
    return relative_period(m.group("unit").lower(), step, ctx, anaphoric=False)


def _elided_last(m: re.Match[str], ctx: Context) -> Reading | None:
    # "this year as last": the "last" is last year.
    return relative_period(m.group("unit").lower(), -1, ctx, anaphoric=False)


def _event_relative(m: re.Match[str], ctx: Context) -> Reading | None:
    # "the week before the convention": a week, but which one the text does not say.
    return open_reading(m.group("unit").lower(), ctx)


def _event_stretch(m: re.Match[str], ctx: Context) -> Reading | None:
    # "the weeks before the shooting": open until the event's date is found (timex.deeds).
    return Reading("DATE", "XXXX-XX")


HANDLERS: dict[str, Handler] = {
    "named_day": holidays.named_day,
    "date_mdy": dates.date_mdy,
    "date_dmy": dates.date_dmy,
    "day_pair": dates.date_mdy,
    "day_pair_dmy": dates.date_mdy,
    "week_of": dates.week_of,
    "month_day": dates.month_day,
    "month_pair": dates.month_pair,
    "datetime_iso": dates.datetime_numeric,
    "date_iso": dates.date_numeric,
    "date_slash": dates.date_numeric,
    "date_dotted": dates.date_numeric,
    "year_ago": fuzzy.year_ago,
    "year_ago_phrase": fuzzy.year_ago,
    "latest_period": fuzzy.latest_period,
    "position": fuzzy.position,
    "position_of": fuzzy.position_of,
    "mid_century": fuzzy.mid_century,
    "edge_of": fuzzy.edge_of,
    "week_of_month": fuzzy.week_of_month,
    "part_of": fuzzy.part_of,
    "part_pair_first": fuzzy.first_of_a_pair,
    "part_pair_second": fuzzy.second_of_a_pair,
    "century_pair_first": _first_century_of_a_pair,
    "century_pair_second": _second_century_of_a_pair,
    "month_part": fuzzy.month_part,
    "part_code": fuzzy.part_code,
    "half_spelled": fuzzy.half_spelled,
    "period": _period,
    "event_relative": _event_relative,
    "event_part": _event_relative,
    "event_stretch": _event_stretch,
    "weekday": days.weekday,
    "weekdays": days.weekdays,
    "weekdays_ago": days.weekdays_ago,
    "day_ref": days.day_ref,
    "day_count": days.day_count,
    "ago": amounts.ago,
    "duration": amounts.duration,
    "bare_units": amounts.bare_units,
    "bare_span": amounts.bare_units,
    "bare_apart": amounts.bare_units,
    "the_span": amounts.bare_units,
    "clock": days.clock,
    "set_word": amounts.set_word,
    "set_every": amounts.set_every,
    "reference": amounts.reference,
    "one_day": amounts.some_day,
    "era": dates.era,
    "holiday": holidays.holiday,
    "nth_weekday": holidays.nth_weekday,
    "around_year": dates.around_year,
    "year_pair_second": dates.year_pair_second,
    "century_turn": dates.century_turn,
    "year_end": dates.year_end,
    "two_away": _two_away,
    "elided_last": _elided_last,
    "fortnight": amounts.fortnight,
}


def read_match(rule: Rule, m: re.Match[str], ctx: Context) -> Reading | None:
    """Return the reading a rule's handler gives for a match, or ``None`` if it declines.

    Dates outside the calendar (year 0, 31 February) decline rather than raise.
    """
    try:
        return HANDLERS[rule.name](m, ctx)
    except (ValueError, OverflowError, KeyError):
        return None


def normalize(
    text: str,
    anchor: date | None = None,
    *,
    tense: Tense | None = None,
    reference: date | None = None,
    is_anchor_inferred: bool = False,
) -> Reading:
    """Return the TimeML reading of a whole temporal expression such as "late 2024".

    ``anchor`` is the publication time (``None`` leaves anchor-dependent years
    open), ``tense`` the tense of the verb the expression attaches to, and
    ``reference`` the narrative's current time for "that day" or "a year
    earlier". Raises :class:`TimexError` when the text is not one temporal
    expression this grammar reads.
    """
    if not isinstance(text, str):
        raise TimexError(repr(text), "expected a string")
    stripped = text.strip()
    if not stripped:
        raise TimexError(text, "empty text")
    if len(stripped) > 200:
        raise TimexError(text, "too long to be one temporal expression")
    ctx = Context(anchor, tense, reference, is_anchor_inferred)
    for rule in RULES:
        if rule.part:
            continue  # its expression is only part of the match
        m = rule.pattern.fullmatch(stripped)
        if m is not None and (reading := read_match(rule, m, ctx)) is not None:
            return reading
    raise TimexError(text, "not a temporal expression the grammar knows")
