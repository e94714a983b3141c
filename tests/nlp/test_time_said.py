"""When a statement was made: the date governing its cue, else the publication time as a bound.

The parses are written by hand (no model): the seed's "Lukashenko, who on
December 18 confirmed that the complex arrived on December 17".
"""

from __future__ import annotations

from datetime import date

import spacy
from spacy.tokens import Doc

from claimledger.nlp.said import said_time
from claimledger.records import Interval, TextSpan, TimeExpression

WORDS = ["Lukashenko", "on", "December", "18", "confirmed", "it", "arrived", "on", "December", "17"]
HEADS = [4, 4, 1, 2, 4, 6, 4, 6, 7, 8]
DEPS = ["nsubj", "prep", "pobj", "nummod", "ROOT", "nsubj", "ccomp", "prep", "pobj", "nummod"]
POS = ["PROPN", "ADP", "PROPN", "NUM", "VERB", "PRON", "VERB", "ADP", "PROPN", "NUM"]
PUBLISHED = Interval(date(2025, 3, 18), date(2025, 3, 18), "day")


def _doc() -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS)


def _time(doc: Doc, first: int, value: str, interval: Interval | None) -> TimeExpression:
    span = doc[first : first + 2]
    return TimeExpression(span.start_char, span.end_char, span.text, "DATE", value, interval)


def test_a_date_in_the_cues_own_phrase_is_when_it_was_said() -> None:
    doc = _doc()
    day = Interval(date(2024, 12, 18), date(2024, 12, 18), "day", True)
    times = [_time(doc, 2, "2024-12-18", day), _time(doc, 8, "2024-12-17", None)]
    interval, evidence = said_time(doc, doc[4], times, PUBLISHED)
    assert interval == day
    assert evidence == TextSpan(times[0].start, times[0].end, "December 18")


def test_an_open_year_date_is_kept_as_evidence_for_the_link_stage() -> None:
    doc = _doc()
    times = [_time(doc, 2, "XXXX-12-18", None), _time(doc, 8, "XXXX-12-17", None)]
    interval, evidence = said_time(doc, doc[4], times, None)
    assert interval is None
    assert evidence is not None and evidence.text == "December 18"


def test_a_date_of_another_clause_is_not_the_said_time_and_publication_bounds_it() -> None:
    doc = _doc()
    # Only "December 17" is known, and it belongs to "arrived", not to "confirmed".
    times = [_time(doc, 8, "2024-12-17", Interval(date(2024, 12, 17), date(2024, 12, 17), "day"))]
    interval, evidence = said_time(doc, doc[4], times, PUBLISHED)
    assert interval == Interval(None, date(2025, 3, 18), "day", is_inferred=True)
    assert evidence is None


def test_with_no_date_and_no_publication_time_nothing_is_claimed() -> None:
    doc = _doc()
    assert said_time(doc, doc[4], [], None) == (None, None)
