"""Prepositions before a time that open one side of its interval: "by", "until", "since".

"by the end of the year" is a deadline: anything up to the end of the year,
not the last days of it. TimeML keeps "by" out of the expression's extent,
so the component looks at the word just before it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from claimledger.nlp.timex.reading import Reading
from claimledger.records import Interval

_SIGNAL = re.compile(
    r"(?:^|[^\w])(no\s+later\s+than|not\s+later\s+than|by|until|till|before|since|after)\s+$",
    re.IGNORECASE,
)
# Signal word -> (which side stays open, TimeML mod).
SIGNALS: dict[str, tuple[str, str]] = {
    "by": ("start", "ON_OR_BEFORE"),
    "no later than": ("start", "ON_OR_BEFORE"),
    "not later than": ("start", "ON_OR_BEFORE"),
    "until": ("start", "ON_OR_BEFORE"),
    "till": ("start", "ON_OR_BEFORE"),
    "before": ("start", "BEFORE"),
    "since": ("end", "ON_OR_AFTER"),
    "after": ("end", "AFTER"),
}


_AHEAD = re.compile(r"\b(?:as\s+(?:soon|early)\s+as|next|upcoming|forthcoming)\s+$", re.IGNORECASE)
# "as Election Day nears", "with November approaching": what is drawing near is ahead.
_NEARING = re.compile(
    r"\s+(?:nears|approaches|looms|is\s+(?:nearing|approaching|looming)|draws\s+(?:near|closer))\b"
    r"|\s+(?:nearing|approaching|looming)\b(?!\s+(?:the|a|an|its|his|her|their)\b)",
    re.IGNORECASE,
)
# "last Oct. 23": the grammar reads the day without the word, which still says which one.
# "since January 1" told in September is this January, whatever the verb: what a
# count runs since has begun ("since the Oct. 23 slaying", "since shortly after" too).
# "down from the March high", "up from Friday": a change is measured from a time gone by.
_BACK = re.compile(
    r"\b(?:last|since(?:\s+(?:shortly|soon|just|right|well)\s+(?:after|before))?(?:\s+the)?"
    r"|(?:up|down|off)\s+from(?:\s+(?:the|its|their|a))?)\s+$",
    re.IGNORECASE,
)


# "win the election come November": "come" before a time, with no subject of its
# own, is the subjunctive "when ... comes". "they come Monday" is a verb.
_COME = re.compile(r"(?:^|(?P<word>[\w'’]+)|[^\w\s])\s*\bcome\s+$", re.IGNORECASE)
_COME_SUBJECTS = frozenset({
    "i", "you", "he", "she", "it", "we", "they", "who", "that", "which", "to", "not",
    "will", "would", "can", "could", "should", "may", "might", "must", "do", "did", "does",
    "n't", "never", "ever", "often", "people", "also", "'ll", "’ll",
})  # fmt: skip


def _is_come(text: str, start: int) -> bool:
    """Whether the time at ``start`` follows a subjunctive "come": "the election come November"."""
    m = _COME.search(text, max(0, start - 30), start)
    return m is not None and (m.group("word") or "").lower() not in _COME_SUBJECTS


# A wire sports story's closing section lists the next games: "UP NEXT / Thunder:
# Host the Lakers on Friday."
_UP_NEXT = re.compile(r"\bUP NEXT\b")


def looks_ahead(text: str, start: int, end: int | None = None) -> bool:
    """Whether the words around ``start:end`` point ahead.

    Before: "as soon as Tuesday", "next March 3", "the upcoming November
    election", "come November", a sports story's "UP NEXT" section; after:
    "as Election Day nears", "with November approaching".
    """
    if _AHEAD.search(text[max(0, start - 20) : start]) is not None or _is_come(text, start):
        return True
    if _UP_NEXT.search(text, max(0, start - 160), start) is not None:
        return True
    return end is not None and _NEARING.match(text, end) is not None


# One to three words of a noun phrase, none a verb's auxiliary: "the Iowa caucuses ".
_NOUN_WORDS = (
    r"(?:(?!(?:is|was|are|were|be|been|has|had|have|will|would|to)\b)[A-Za-z'’-]+\s+){1,3}"
)


# "ahead of Tuesday's primary", "in the run-up to the March 15 vote", "heading
# into Tuesday's contests": what a clause happens ahead of comes after it. So is
# the time of what it is ahead of: "ahead of the Iowa caucuses on Monday"; not
# when "ahead of" is a lead over something ("ahead of schedule in March").
_AWAITING = (
    r"\b(?:ahead\s+of|in\s+advance\s+of|leading\s+up\s+to|(?:lead|run)(?:-|\s+)up\s+to"
    r"|await(?:s|ed|ing)?)"
)
_AWAITED = re.compile(
    rf"(?:{_AWAITING}|\b(?:heading|headed|going)\s+into)(?:\s+the)?\s+$"
    rf"|{_AWAITING}(?:\s+the)?\s+"
    r"(?!(?:the\s+)?(?:schedule|time|expectations?|estimates?|forecasts?|projections?|plans?|targets?"
    r"|rivals?|competitors?|peers?|curve|pack|competition)\b)"
    rf"{_NOUN_WORDS}"
    r"(?:on|in)\s+$",
    re.IGNORECASE,
)


def is_awaited(text: str, start: int) -> bool:
    """Whether the time at ``start`` is one something happens ahead of: "ahead of Tuesday's vote".

    Told in the present ("polls show Trump trailing ahead of Tuesday's vote")
    it is still to come; told in the past it may have come since.
    """
    return _AWAITED.search(text[max(0, start - 60) : start]) is not None


# "a planned Cruz rally on Saturday", "the looming showdown in July": a noun
# marked as still to come, with the time it is set for. Told in the past, it was
# still to come then.
_PLANNED = re.compile(
    r"\b(?:upcoming|looming|impending|forthcoming|planned|scheduled|proposed)\s+"
    rf"{_NOUN_WORDS}"
    r"(?:in|on|for|at)\s+$"
)


def is_planned(text: str, start: int) -> bool:
    """Whether the time at ``start`` is set for a thing to come: "a planned rally on Friday"."""
    return _PLANNED.search(text[max(0, start - 60) : start]) is not None


def looks_back(text: str, start: int) -> bool:
    """Whether the words before ``start`` point back: "last Oct. 23", "since January 1"."""
    return _BACK.search(text[max(0, start - 40) : start]) is not None


# "after a flat second quarter", "up from the first half", "into the fourth
# quarter": a period named as what something is measured against, or as a bound.
_BOUND_OR_COMPARED = re.compile(
    r"\b(?:after|since|before|from|than|into|through|until|till|by)\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)


def is_bound_or_compared(text: str, start: int) -> bool:
    """Whether the time at ``start`` is named as a bound or as what something is compared with."""
    return _BOUND_OR_COMPARED.search(text[max(0, start - 30) : start]) is not None


def signal_before(text: str, start: int) -> str | None:
    """Return the signal word right before ``start`` in ``text`` ("by"), lower-cased, if any."""
    m = _SIGNAL.search(text[max(0, start - 20) : start])
    return re.sub(r"\s+", " ", m.group(1).lower()) if m else None


def apply_signal(reading: Reading, signal: str | None) -> Reading:
    """Return ``reading`` with its interval opened on the side the signal leaves open.

    Only dates with a closed interval change; the value stays the period's own.
    """
    if reading.type != "DATE" or reading.interval is None:
        return reading
    found = open_by_signal(reading.interval, signal)
    if found is None:
        return reading
    return replace(reading, interval=found[0], mod=found[1])


def open_by_signal(interval: Interval, signal: str | None) -> tuple[Interval, str] | None:
    """Return ``interval`` opened on the side ``signal`` leaves open, with the TimeML mod.

    ``None`` when the signal opens nothing or the interval is already open.
    The link stage uses it too, for dates whose year it places later.
    """
    if signal not in SIGNALS or interval.start is None or interval.end is None:
        return None
    open_side, mod = SIGNALS[signal]
    if open_side == "start":
        end = interval.start - timedelta(days=1) if mod == "BEFORE" else interval.end
        return Interval(None, end, interval.granularity, interval.is_inferred), mod
    start = interval.end + timedelta(days=1) if mod == "AFTER" else interval.start
    return Interval(start, None, interval.granularity, interval.is_inferred), mod
