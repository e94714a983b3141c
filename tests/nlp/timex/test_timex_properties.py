"""Property tests: any text and any context give a result or a clean error, never a crash.

The grammar reads untrusted article text, and anchors come from metadata
that can be anything from year 1 to year 9999; the calendar's edges must
decline (``None`` / :class:`TimexError`), not raise ``OverflowError``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.nlp.timex.detect import find, narrative_context
from claimledger.nlp.timex.grammar import RULES
from claimledger.nlp.timex.normalize import normalize
from claimledger.nlp.timex.publication import infer_published
from claimledger.nlp.timex.reading import Context, Found, TimexError
from claimledger.records import Interval

# Words the grammar cares about, so random text often looks like dates.
_VOCAB = [
    "March", "Dec.", "17", "18th", "2025", "1999", "late", "early", "mid-", "the", "end", "of",
    "year", "years", "ago", "earlier", "second", "half", "Q4", "quarter", "year-ago", "Friday",
    "last", "next", "this", "week", "since", "by", "Soviet", "times", "era", "every", "daily",
    "now", "soon", "as", "nineteen", "ninety-four", "two", "thousand", "1990s", "a", "few",
    "days", "10:35", "a.m.", ",", ".", "-", "'s", "winter", "summer", "fiscal", "period", "31",
    "February", "29", "0", "9999", "1600", "ended", "ending", "Sept.", "30", "that", "day",
    "same", "following", "morning", "midnight", "before", "after", "and", "FY2025", "century",
    "current", "or", "so", "in", "first", "April", "24", "25", "o'clock", "would", "This", "Week",
    "more", "weeks", "hours", "-long", "back", "hence", "three", "to", "at", "least",
    "year-earlier",
]  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_VOCAB), max_size=40).map(" ".join),
)
DAYS = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from([date.min, date.max, date(1, 12, 31), date(9999, 1, 1), date(2024, 2, 29)]),
)
TENSES = st.sampled_from([None, "past", "present", "future"])
INTERVALS = st.one_of(
    st.none(),
    st.builds(
        Interval,
        DAYS,
        DAYS,
        st.sampled_from(["day", "week", "month", "quarter", "half", "year", "decade", "era"]),
        st.booleans(),
    ),
)
CONTEXTS = st.builds(Context, DAYS, TENSES, DAYS, st.booleans(), INTERVALS, INTERVALS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, CONTEXTS)
def test_find_on_any_text_and_context_gives_sorted_disjoint_extents(
    text: str, ctx: Context
) -> None:
    def context_for(start: int, end: int, previous: Sequence[Found]) -> Context:
        return narrative_context(ctx, text, start, previous)

    found = find(text, context_for)
    for f in found:
        assert text[f.start : f.end] == f.text
        assert f.reading.value
    for a, b in pairwise(found):
        assert a.end <= b.start
    infer_published(text, found)  # must not raise either


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_a_keyed_rule_finds_what_its_pattern_finds_everywhere(text: str) -> None:
    # A rule with a key tries its pattern only around the key's words: the
    # matches must be those of a scan of the whole text, in the same order.
    for rule in (r for r in RULES if r.key is not None):
        assert [m.span() for m in rule.finditer(text)] == [
            m.span() for m in rule.pattern.finditer(text)
        ]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, CONTEXTS)
def test_normalize_gives_a_reading_or_a_timex_error(text: str, ctx: Context) -> None:
    try:
        reading = normalize(
            text,
            ctx.anchor,
            tense=ctx.tense,
            reference=ctx.reference,
            is_anchor_inferred=ctx.is_anchor_inferred,
        )
    except TimexError as error:
        assert error.reason
        return
    assert reading.type in ("DATE", "TIME", "DURATION", "SET")
    interval = reading.interval
    if interval is not None and interval.start is not None and interval.end is not None:
        assert interval.start <= interval.end


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["December 17", "Friday", "last week", "three years ago", "the quarter"]),
    DAYS,
    TENSES,
)
def test_anchor_dependent_expressions_stay_open_without_an_anchor_and_survive_its_edges(
    text: str, anchor: date | None, tense: str | None
) -> None:
    try:
        reading = normalize(text, anchor, tense=tense)  # type: ignore[arg-type]
    except TimexError:
        return
    if anchor is None:
        # With nothing to resolve against, nothing is guessed: the value stays open.
        assert reading.interval is None
        assert "X" in reading.value
    else:
        assert reading.uses_anchor


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(
        [
            "Net rose in the quarter ended Sept. 30.",
            "for the year ending Dec. 31, then the quarter ending March 31",
            "On Dec. 31, 9999, and again the next day and the day after.",
            "On Jan. 1, 0001, and the previous morning.",
            "They meet on April 24 and 25, at midnight Friday, in the first week of April.",
            "It fell from the year before. Sales in FY2025 and the last week of December.",
        ]
    ),
    DAYS,
)
def test_rules_reading_the_words_around_a_match_survive_the_calendars_edges(
    text: str, anchor: date | None
) -> None:
    # Accounting periods, anaphoric days and paired days compute dates outside the
    # handlers' own guard: an anchor in year 1 or 9999 must not make them raise.
    found = find(
        text, lambda start, end, previous: narrative_context(Context(anchor), text, start, previous)
    )
    assert all(f.reading.value for f in found)
