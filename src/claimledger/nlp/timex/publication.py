"""Inferring a document's publication time from its text when metadata has none.

News ledes and datelines name the day of the story ("as confirmed ... on
March 18, 2025"); the latest explicit full date near the top is the best
evidence of when it was written. It is marked inferred, with its span.

Not every full date near the top is the story's: "the Aug. 7, 1998,
bombings" is what it looks back to and "debentures due March 1, 2011"
what it looks ahead to. A date that stands as a date line (alone on its
line, after "Posted:" or a place name) or that tells when something was
said counts first; any other counts only if it does not modify a noun or
follow a word of deadline or span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimledger.nlp.timex.reading import Found
from claimledger.records import Interval, TextSpan

# How far into the text a dateline or lede date may sit.
LEDE_CHARS = 600

# Before a date line's date on its line: nothing, a label ("Posted:", "on ... , updated",
# "- Published"), a place ("WASHINGTON, ").
_LINE_START = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:on[ \t]+)?|(?:^|\n|,|[-–—|•])[ \t]*(?:story[ \t]+)?"
    r"(?:posted|published|updated|last[ \t]+updated|created|filed)(?:[ \t]+(?:on|at))?:?[ \t]*)"
    r"(?:[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*)*,[ \t]*)?$",
    re.I,
)
_SAYING = r"\b(?:said|says|confirmed|announced|told|stated|declared|reported|added|wrote)\b"
# "as confirmed by the Secretary ... on March 18, 2025", "On March 18, 2025, she said".
_SAID_BEFORE = re.compile(_SAYING + r"[^.!?\n]{0,100}\bon\s+$", re.I)
_SAID_AFTER = re.compile(r",?[^.!?\n]{0,80}" + _SAYING, re.I)
# "due March 1, 2011", "the year ending June 30, 1990", "the Aug. 7, 1998, bombings".
_NOT_THE_STORYS = re.compile(
    r"\b(?:due|until|till|through|ending|ended|expires?|expiring|matures?|maturing|by|before"
    r"|after|since|from|the)\s+$",
    re.I,
)
# "was born on April 22, 1923", "was born Betty Mae Page in Nashville, Tenn., on April
# 22, 1923": within the sentence, not past its end.
_BORN = re.compile(r"\bborn\b(?:(?!\.\s+[A-Z])[^!?\n]){0,80}$", re.I)
_MODIFIES_A_NOUN = re.compile(r",?\s+[a-z]+(?:\s|$)")


def _is_date_line(text: str, f: Found) -> bool:
    return _LINE_START.search(text[max(0, f.start - 80) : f.start]) is not None


def _tells_when_said(text: str, f: Found) -> bool:
    before = text[max(0, f.start - 160) : f.start]
    return bool(_SAID_BEFORE.search(before) or _SAID_AFTER.match(text, f.end))


def _may_be_the_storys(text: str, f: Found) -> bool:
    if _NOT_THE_STORYS.search(text[max(0, f.start - 20) : f.start]):
        return False
    if _BORN.search(text[max(0, f.start - 90) : f.start]):
        return False
    return not _MODIFIES_A_NOUN.match(text, f.end)


def infer_published(text: str, found: Sequence[Found]) -> tuple[Interval, TextSpan] | None:
    """Return the publication time read from the lede, with its evidence, or ``None``.

    Only dates whose year is written in the text count (a date resolved
    against an anchor cannot be the anchor). Among those in the first
    ``LEDE_CHARS`` characters, the latest date line or date of saying wins;
    without one, the latest other date that may be the story's.
    """
    # A dateline may carry its clock time: "February 6, 2016 9:33PM" is that day. A day
    # known by its name ("since 9/11", "Black Friday 2019") is what the story looks back
    # or ahead to, not its date.
    explicit = [
        f for f in found
        if f.start < LEDE_CHARS
        and f.rule not in ("named_day", "holiday")
        and f.reading.interval is not None
        and f.reading.interval.granularity in ("day", "time")
        and not f.reading.uses_anchor
        and f.reading.type in ("DATE", "TIME")
    ]  # fmt: skip
    strong = [f for f in explicit if _is_date_line(text, f) or _tells_when_said(text, f)]
    candidates = strong or [f for f in explicit if _may_be_the_storys(text, f)]
    if not candidates:
        return None
    best = max(candidates, key=lambda f: (f.reading.interval.start, -f.start))  # type: ignore[union-attr]
    day = best.reading.interval
    assert day is not None  # every candidate has one
    evidence = TextSpan(best.start, best.end, best.text)
    return replace(day, granularity="day", is_inferred=True), evidence
