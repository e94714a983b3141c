"""Choosing which occurrence a partial date means, from the anchor and the tense.

"December 17" read on 2025-03-18 is 2024-12-17 in a past-tense sentence
and 2025-12-17 in a future one; otherwise the nearer, with a lean to the
past with no tense and to the future in the present. The same choice
serves weekdays ("on Friday"), bare months and quarters.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from claimledger.nlp.timex.reading import Context, Tense

# How far from the anchor a tense-chosen occurrence may be (about eight months).
REACH_DAYS = 250
# With no tense to go by, a candidate ahead of the anchor counts as this many times
# as far as one behind it: news mostly tells of what has happened.
FUTURE_WEIGHT = 2
# A present tense leans the other way: "Republicans have 24 seats up in November",
# "the trek kicks off June 9th", told in June and November, are the coming ones
# (one behind the anchor counts as this many times as far). "Can Trump win in
# November?", told in March, is the November eight months ahead, not the one four
# months gone, and so is "doesn't translate to an advantage in November", told on
# March 2. What a count runs since is behind whatever the tense ("have been
# searching since the Oct. 23 slaying": signals.looks_back).
PRESENT_PAST_WEIGHT = 3
# A weekday in a present sentence is more often a day just gone ("pointing to
# Cruz's victories Tuesday", told on Thursday): its lean ahead is weaker.
WEEKDAY_PRESENT_PAST_WEIGHT = 2.5
# A future told from the past ("vowed Britain would leave on Oct. 31") counts a
# candidate behind the anchor as this many times as far as one ahead: it is
# taken as passed only when much nearer (Oct. 31 told on November 20 is
# October's; the November a March poll "would be satisfied" in is the coming one).
PASSED_PLAN_WEIGHT = 3


def choose(
    make: Callable[[int], tuple[date, date] | None],
    steps: range,
    anchor: date,
    tense: Tense | None,
    is_tense_own: bool = False,
    is_future_in_past: bool = False,
    present_past_weight: float = PRESENT_PAST_WEIGHT,
) -> int | None:
    """Return the step whose period the tense points to, relative to ``anchor``.

    ``make(step)`` gives the first and last day of the candidate at that step
    (or ``None`` if it does not exist, e.g. February 29). Past tense takes the
    latest candidate that has started by the anchor; future the earliest that
    has not ended before it; otherwise the one nearest the anchor, one ahead
    of it counting ``FUTURE_WEIGHT`` times its distance with no tense, one
    behind ``present_past_weight`` times in the present. A past
    tense reaches only ``REACH_DAYS`` back unless ``is_tense_own`` (the
    expression modifies the past verb itself). A future told from the past
    (``is_future_in_past``) may take a candidate behind the anchor when it is
    less than a third as far as the one ahead: what "would" happen on Oct. 31,
    said in a story of November 20, is October's; the November a March poll
    "would be satisfied" with is the coming one.
    """
    candidates = [(step, span) for step in steps if (span := make(step)) is not None]
    if not candidates:
        return None

    def distance(span: tuple[date, date]) -> int:
        if span[0] <= anchor <= span[1]:
            return 0
        return min(abs((span[0] - anchor).days), abs((span[1] - anchor).days))

    # A past tense borrowed from a verb further up only decides between candidates
    # within reach: the "declared" of "declared a dividend payable Dec. 7" (told in
    # October) must not send Dec. 7 a year back. The verb's own adverbial is in its
    # tense however far back: "In January, she left" (told in October) is this January.
    near = [c for c in candidates if is_tense_own or distance(c[1]) <= REACH_DAYS]
    if tense == "past":
        started = [(s, span) for s, span in near if span[0] <= anchor]
        if started:
            return max(started, key=lambda c: c[1][0])[0]
    elif tense == "future" and is_future_in_past:
        # Still mostly ahead: one behind must be much nearer to be taken.
        def back_leaning(span: tuple[date, date]) -> int:
            return distance(span) * (PASSED_PLAN_WEIGHT if span[1] < anchor else 1)

        return min(candidates, key=lambda c: back_leaning(c[1]))[0]
    elif tense == "future":
        # "will" is rarely a parser's mistake: the next occurrence, however far within the year.
        ahead = [(s, span) for s, span in candidates if span[1] >= anchor]
        if ahead:
            return min(ahead, key=lambda c: c[1][0])[0]

    def leaning(span: tuple[date, date]) -> float:
        if tense == "present":
            return distance(span) * (present_past_weight if span[1] < anchor else 1)
        return distance(span) * (FUTURE_WEIGHT if span[0] > anchor else 1)

    return min(candidates, key=lambda c: leaning(c[1]))[0]


def choose_in(
    make: Callable[[int], tuple[date, date] | None],
    steps: range,
    anchor: date,
    ctx: Context,
    present_past_weight: float = PRESENT_PAST_WEIGHT,
) -> int | None:
    """:func:`choose` with the tense and its kind taken from ``ctx``."""
    return choose(
        make,
        steps,
        anchor,
        ctx.tense,
        ctx.is_tense_own,
        ctx.is_future_in_past,
        present_past_weight,
    )
