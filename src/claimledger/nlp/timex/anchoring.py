"""Choosing which occurrence a partial date means, from the anchor and the tense.

"December 17" read on 2025-03-18 is 2024-12-17 in a past-tense sentence
and 2025-12-17 in a future one; with no tense we take the nearest. The
same choice serves weekdays ("on Friday"), bare months and quarters.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from claimledger.nlp.timex.reading import Tense

# How far from the anchor a tense-chosen occurrence may be (about eight months).
REACH_DAYS = 250


def choose(
    make: Callable[[int], tuple[date, date] | None],
    steps: range,
    anchor: date,
    tense: Tense | None,
) -> int | None:
    """Return the step whose period the tense points to, relative to ``anchor``.

    ``make(step)`` gives the first and last day of the candidate at that step
    (or ``None`` if it does not exist, e.g. February 29). Past tense takes the
    latest candidate that has started by the anchor; future the earliest that
    has not ended before it; otherwise the one nearest the anchor.
    """
    candidates = [(step, span) for step in steps if (span := make(step)) is not None]
    if not candidates:
        return None

    def distance(span: tuple[date, date]) -> int:
        if span[0] <= anchor <= span[1]:
            return 0
        return min(abs((span[0] - anchor).days), abs((span[1] - anchor).days))

    # The tense only decides between candidates within reach of the anchor: a
    # parser's "past" must not send "payable Dec. 7" (told in October) a year back.
    near = [c for c in candidates if distance(c[1]) <= REACH_DAYS]
    if tense == "past":
        started = [(s, span) for s, span in near if span[0] <= anchor]
        if started:
            return max(started, key=lambda c: c[1][0])[0]
    elif tense == "future":
        # "will" is rarely a parser's mistake: the next occurrence, however far within the year.
        ahead = [(s, span) for s, span in candidates if span[1] >= anchor]
        if ahead:
            return min(ahead, key=lambda c: c[1][0])[0]
    return min(candidates, key=lambda c: distance(c[1]))[0]
