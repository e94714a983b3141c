"""``claimledger_time``: every date and period in the text, normalized to calendar intervals.

A thin spaCy wrapper over :mod:`claimledger.nlp.timex`: it finds the
expressions with the grammar, reads the tense of the verb each hangs from,
resolves them against the publication time (inferring it from the lede when
metadata has none), and stores :class:`TimeExpression` records on
``doc._.claimledger_times`` and spans on ``doc.spans["claimledger_times"]``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.nlp.extensions import PUBLISHED, PUBLISHED_EVIDENCE, TIMES, register_extensions
from claimledger.nlp.quotes import find_quotes
from claimledger.nlp.timex.deeds import STRETCH_RULE, read_from_deeds
from claimledger.nlp.timex.detect import narrative_context, read, settle
from claimledger.nlp.timex.publication import infer_published
from claimledger.nlp.timex.reading import Context, Found
from claimledger.nlp.timex.signals import (
    apply_signal,
    is_awaited,
    is_planned,
    looks_ahead,
    looks_back,
    signal_before,
)
from claimledger.nlp.timex.tense import (
    is_future_in_past,
    is_habitual,
    is_in_a_participle_phrase,
    is_in_since_phrase,
    is_past_adverbial,
    names_a_made_thing,
    tense_of,
)
from claimledger.records import Interval, TimeExpression

SPANS_KEY = "claimledger_times"


class TimeComponent:
    """Find and normalize time expressions; see the module docstring."""

    def __init__(self, infer_published: bool = True, use_tense: bool = True) -> None:
        self.infer_published = infer_published
        self.use_tense = use_tense

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` and return it."""
        register_extensions()
        text = doc.text  # Doc.text joins every token: build it once per document.
        published: Interval | None = doc._.get(PUBLISHED)
        extents = [e for e in settle(text) if not _is_part_of_a_name(doc, e[0], e[1], e[2].name)]
        if published is None and self.infer_published:
            # A first reading with no anchor finds the dates whose year is written out.
            guess = infer_published(text, read(text, extents, lambda s, e, p: Context()))
            if guess is not None:
                published = guess[0]
                doc._.set(PUBLISHED, guess[0])
                doc._.set(PUBLISHED_EVIDENCE, guess[1])
        anchor = _anchor_day(published)
        is_inferred = bool(published and published.is_inferred)
        quote_of = _quotation_finder(text)
        # Checked once: has_annotation walks every token, and there is one call per expression.
        parsed = self.use_tense and doc.has_annotation("DEP")

        def context_for(start: int, end: int, previous: Sequence[Found]) -> Context:
            tense = None
            is_own = from_past = is_habit = False
            if parsed:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None and len(span):
                    tense = tense_of(span)
                    if tense == "present" and is_in_a_participle_phrase(span):
                        tense = None
                    is_habit = tense == "present" and is_habitual(span)
                    is_own = tense == "past" and is_past_adverbial(span)
                    from_past = tense == "future" and is_future_in_past(span)
                    if is_in_since_phrase(span):
                        tense, is_own = "past", True
                    elif tense != "past" and names_a_made_thing(span):
                        tense, is_own, from_past = "past", False, False
            if looks_ahead(text, start, end):
                tense, is_own, from_past = "future", False, False
            elif looks_back(text, start):
                tense, is_own = "past", True
            elif is_awaited(text, start) or is_planned(text, start):
                # Told in the past, what was awaited or planned may have come since:
                # the one behind is taken only when much nearer (a future in the past).
                tense, is_own, from_past = "future", False, tense == "past"
            base = Context(
                None if is_habit else anchor,
                tense,
                None,
                is_inferred,
                is_tense_own=is_own,
                is_future_in_past=from_past,
            )
            return narrative_context(base, text, start, previous, quote_of=quote_of)

        found = read(text, extents, context_for)
        if parsed:
            found = read_from_deeds(doc, found, anchor)
        else:  # with no parse no deed is dated, and a stretch told from one stays unknown
            found = [f for f in found if f.rule != STRETCH_RULE]
        records = tuple(_record(text, f, anchor) for f in found)
        doc._.set(TIMES, records)
        spans = [
            doc.char_span(r.start, r.end, label=r.type, alignment_mode="expand") for r in records
        ]
        doc.spans[SPANS_KEY] = [s for s in spans if s is not None]
        return doc


def _quotation_finder(text: str) -> Callable[[int], int | None]:
    """Return a lookup from an offset to the quotation holding it (its index), if any."""
    quotes = find_quotes(text)
    starts = [q.start for q in quotes]

    def quote_of(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < quotes[i].end else None

    return quote_of


# The rules that match a bare month or weekday name, which can also be a person's name.
_BARE_NAME_RULES = frozenset({"period", "weekday"})


def _is_part_of_a_name(doc: Doc, start: int, end: int, rule: str) -> bool:
    """Whether a bare month or weekday is a first name or surname: "April Ryan", "Jill June".

    Only a two-word person the model's entities name, with the other word a
    capitalized name, counts: "Merry Christmas" and "Tomb Raider 2013" are
    among what the model also takes for persons.
    """
    if rule not in _BARE_NAME_RULES:
        return False
    span = doc.char_span(start, end)
    if span is None or len(span) != 1 or span[0].ent_type_ != "PERSON":
        return False
    i = span[0].i
    person = next(e for e in doc.ents if e.start <= i < e.end)
    if len(person) != 2:
        return False
    other = person[1] if person.start == i else person[0]
    return other.is_alpha and other.is_title


def _anchor_day(published: Interval | None) -> date | None:
    if published is None:
        return None
    # A publication time known only to the month is anchored at its last day: nothing after.
    return published.end or published.start


def _record(text: str, found: Found, anchor: date | None) -> TimeExpression:
    reading = apply_signal(found.reading, signal_before(text, found.start))
    return TimeExpression(
        start=found.start,
        end=found.end,
        text=found.text,
        type=reading.type,
        value=reading.value,
        interval=reading.interval,
        anchor=anchor.isoformat() if anchor is not None and reading.uses_anchor else None,
        mod=reading.mod,
    )


@Language.factory(
    "claimledger_time",
    assigns=[f"doc._.{TIMES}", f"doc._.{PUBLISHED}", f"doc._.{PUBLISHED_EVIDENCE}"],
    default_config={"infer_published": True, "use_tense": True},
)
def make_time(nlp: Language, name: str, infer_published: bool, use_tense: bool) -> TimeComponent:
    """Build the time component (settings come from the pipeline config)."""
    return TimeComponent(infer_published=infer_published, use_tense=use_tense)
