"""What normalizing one expression gives back, and the context it is read in."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from claimledger.errors import ClaimledgerError
from claimledger.records import Interval, TimexType

Tense = Literal["past", "present", "future"]


class TimexError(ClaimledgerError):
    """A string could not be read as a temporal expression; says which and why."""

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"{text[:80]!r}: {reason}")


@dataclass(frozen=True, slots=True)
class Context:
    """What an expression is resolved against.

    ``anchor`` is the publication time (``None`` when unknown: years stay
    open). ``reference`` is the narrative's current time ("that day", "a year
    earlier"), defaulting to the anchor. ``tense`` of the governing verb picks
    the direction for "Friday" or "December 17". ``is_anchor_inferred`` marks
    everything resolved against an anchor that was itself inferred.
    ``narrative`` is the date the text last named nearby ("On May 22, 1995
    ... the following year"), and ``focus`` the last quarter or half named
    as the one reported on (a results story's "a year earlier" compares with
    that quarter, not with one it looks ahead to or measures against), or its
    year once a longer span of months is named ("for the nine months").
    ``is_tense_own`` says the tense is the expression's own: its verb has it
    and the expression modifies that verb directly ("In January, she left"),
    not a noun or adjective further down ("a dividend payable Dec. 7").
    ``is_future_in_past`` says a future tense is told from a past moment ("vowed
    Britain would leave on Oct. 31", "was due to be released in September"):
    the date may be behind the telling as well as ahead. ``last_day`` is the
    last day the text named, however far back: what "the previous Friday"
    is told from when no day is nearby ("that day" is not: read so far back,
    it was mostly another day).
    """

    anchor: date | None = None
    tense: Tense | None = None
    reference: date | None = None
    is_anchor_inferred: bool = False
    narrative: Interval | None = None
    focus: Interval | None = None
    is_tense_own: bool = False
    is_future_in_past: bool = False
    last_day: Interval | None = None

    @property
    def ref(self) -> date | None:
        """The narrative reference time, else the anchor."""
        return self.reference or self.anchor


@dataclass(frozen=True, slots=True)
class Reading:
    """The meaning of one expression: TIMEX3 type, value and mod, and its calendar interval.

    ``uses_anchor`` says the value depended on the anchor (so the anchor is
    worth recording next to it).
    """

    type: TimexType
    value: str
    interval: Interval | None = None
    mod: str | None = None
    uses_anchor: bool = False

    def with_mod(self, mod: str | None, interval: Interval | None = None) -> Reading:
        """Return a copy with ``mod`` set and, if given, a new interval."""
        return replace(self, mod=mod, interval=interval if interval is not None else self.interval)


def inferred(interval: Interval | None, is_inferred: bool) -> Interval | None:
    """Return ``interval`` marked inferred when ``is_inferred`` (unchanged otherwise)."""
    if interval is None or not is_inferred or interval.is_inferred:
        return interval
    return replace(interval, is_inferred=True)


@dataclass(frozen=True, slots=True)
class Found:
    """A temporal expression found in a text: its extent, its rule and its reading."""

    start: int
    end: int
    text: str
    rule: str
    reading: Reading
