"""When a statement was made: the date the text attaches to its cue, else the publication bound.

"On March 18, 2025, … confirmed" and "who on December 18 confirmed" put a
DATE time expression in the cue verb's own phrase: we walk up the parse
from the expression and accept it when we reach the cue before any other
verb. Without one, the statement was made no later than the article was
published, which we keep as an open-start interval marked ``is_inferred``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from claimledger.records import Interval, TextSpan, TimeExpression

_MAX_HOPS = 6


def _governs(cue: Token, token: Token) -> bool:
    node = token
    for _ in range(_MAX_HOPS):
        if node.i == cue.i:
            return True
        if node.head.i == node.i:
            return False
        if node.i != token.i and node.pos_ in ("VERB", "AUX"):
            return False  # the date belongs to another clause
        node = node.head
    return node.i == cue.i


def said_time(
    doc: Doc, cue: Token, times: Sequence[TimeExpression], published: Interval | None
) -> tuple[Interval | None, TextSpan | None]:
    """Return when the statement cued by ``cue`` was made, and the words that say so.

    Returns ``(interval, evidence)``; the evidence is ``None`` for the
    publication-time bound, the interval is ``None`` for a date whose year
    the text leaves open (``XXXX-12-18``), and both are ``None`` when
    neither is known.
    """
    sent = cue.sent
    for time in times:
        # An open-year date ("who on December 18 confirmed", no publication time) is
        # still the evidence: its interval stays unknown until the link stage places it.
        is_open = time.interval is None and time.value.startswith("XXXX")
        if time.type != "DATE" or (time.interval is None and not is_open):
            continue
        if not sent.start_char <= time.start < sent.end_char:
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if _governs(cue, span.root):
            return time.interval, TextSpan(time.start, time.end, time.text)
    if published is not None:
        bound = Interval(
            start=None, end=published.end, granularity=published.granularity, is_inferred=True
        )
        return bound, None
    return None, None
