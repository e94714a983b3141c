"""Inferring a document's publication time from its text when metadata has none.

News ledes and datelines name the day of the story ("as confirmed ... on
March 18, 2025"); the latest explicit full date near the top is the best
evidence of when it was written. It is marked inferred, with its span.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from claimledger.nlp.timex.detect import Found
from claimledger.records import Interval, TextSpan

# How far into the text a dateline or lede date may sit.
LEDE_CHARS = 600


def infer_published(text: str, found: Sequence[Found]) -> tuple[Interval, TextSpan] | None:
    """Return the publication time read from the lede, with its evidence, or ``None``.

    Only dates whose year is written in the text count (a date resolved
    against an anchor cannot be the anchor). Among those in the first
    ``LEDE_CHARS`` characters, the latest wins.
    """
    # A dateline may carry its clock time: "February 6, 2016 9:33PM" is that day. A day
    # known by its name ("since 9/11") is what the story looks back to, not its date.
    explicit = [
        f for f in found
        if f.start < LEDE_CHARS
        and f.rule != "named_day"
        and f.reading.interval is not None
        and f.reading.interval.granularity in ("day", "time")
        and not f.reading.uses_anchor
        and f.reading.type in ("DATE", "TIME")
    ]  # fmt: skip
    if not explicit:
        return None
    best = max(explicit, key=lambda f: (f.reading.interval.start, -f.start))  # type: ignore[union-attr]
    interval = replace(best.reading.interval, granularity="day", is_inferred=True)  # type: ignore[arg-type]
    return interval, TextSpan(best.start, best.end, best.text)
