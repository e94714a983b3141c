"""What a noun phrase in a claim refers to: a named entity, or its own words.

A claim's subject and arguments should name the entity when they can, so that
claims from different articles meet on the same entity. The words a writer
uses instead of the name are resolved here, conservatively: a phrase that
contains a mention takes the mention; a definite class noun ("the complex",
"the country") takes the nearest earlier mention of a fitting kind; a
pronoun takes the speaker or the nearest earlier fitting mention.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Span, Token

from claimledger.nlp.cues import doc_text
from claimledger.records import EntityMention

_QUOTES = "'‘’\"“”«» "
# Labels that "it" can stand for; places are left out, "it" is rarely a country in news.
_THING_LABELS = frozenset({"PRODUCT", "ORG", "FAC", "LAW", "EVENT"})
_MAX_PHRASE_TOKENS = 8


@cache
def lexicon() -> dict[str, Any]:
    """Return the claim lexicon (modals, class nouns, reporting verbs) from the data file."""
    table = resources.files("claimledger.nlp.data").joinpath("claim_lexicon.json")
    return json.loads(table.read_text(encoding="utf-8"))


@cache
def _class_kinds() -> dict[str, str]:
    return {word: label for label, words in lexicon()["class_nouns"].items() for word in words}


def entity_name(mention: EntityMention) -> str:
    """Return the name a mention gives, without the quotes around it."""
    return mention.text.strip(_QUOTES)


def mentions_in(mentions: Sequence[EntityMention], start: int, end: int) -> list[EntityMention]:
    """Return the mentions overlapping characters ``start:end`` (quotes may straddle the edge)."""
    return [m for m in mentions if m.start < end and start < m.end]


def _nearest_before(
    mentions: Sequence[EntityMention], offset: int, labels: frozenset[str]
) -> EntityMention | None:
    best = None
    for m in mentions:
        if m.end <= offset and m.label in labels and (best is None or m.start > best.start):
            best = m
    return best


def _salient_before(
    mentions: Sequence[EntityMention], offset: int, labels: frozenset[str]
) -> EntityMention | None:
    """The most often named fitting entity so far (ties: the latest).

    "The country" in a story about Belarus is Belarus even when Russia was
    named last; the most-mentioned candidate is the safer reading.
    """
    counts: dict[str, int] = {}
    latest: dict[str, EntityMention] = {}
    for m in mentions:
        if m.end <= offset and m.label in labels:
            key = entity_name(m).casefold()
            counts[key] = counts.get(key, 0) + 1
            latest[key] = m
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], latest[k].start))
    return latest[best]


def _named_elsewhere(text: str, mentions: Sequence[EntityMention]) -> str | None:
    """The entity whose name the phrase spells where the model did not tag it ("the ‘Oreshnik’")."""
    words = text.strip(_QUOTES).split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    key = " ".join(words).strip(_QUOTES).casefold()
    if not key:
        return None
    return _names_by_key(mentions).get(key)


_last_index: tuple[Sequence[EntityMention], dict[str, str]] | None = None


def _names_by_key(mentions: Sequence[EntityMention]) -> dict[str, str]:
    """Return the first name written for each case-folded name among ``mentions``.

    One document's claims ask this of the same mention tuple thousands of
    times; the index of the last tuple asked about is kept.
    """
    global _last_index
    if _last_index is not None and _last_index[0] is mentions:
        return _last_index[1]
    index: dict[str, str] = {}
    for m in mentions:
        name = entity_name(m)
        index.setdefault(name.casefold(), name)
    _last_index = (mentions, index)
    return index


def _head_phrase(head: Token) -> Span:
    """Return the head noun with the words before it that belong to it ("the Russian complex")."""
    left = head.left_edge.i
    return head.doc[left : head.i + 1]


def refer(
    head: Token,
    mentions: Sequence[EntityMention],
    speaker: str | None = None,
) -> str:
    """Return the entity name ``head``'s phrase refers to, or the phrase's own words."""
    phrase = _head_phrase(head)
    # "the Russian missile complex" is not Russia: an adjective of nationality names no referent.
    inside = [
        m for m in mentions_in(mentions, phrase.start_char, phrase.end_char) if m.label != "NORP"
    ]
    if inside:
        # "the Oreshnik missile system": the name, not the head noun, is what it is about.
        return entity_name(inside[-1])
    named = _named_elsewhere(phrase.text, mentions)
    if named is not None:
        return named
    lower = head.lower_
    words = lexicon()
    if head.pos_ == "PRON":
        if lower in words["person_pronouns"]:
            if speaker:
                return speaker
            found = _nearest_before(mentions, head.idx, frozenset({"PERSON"}))
            return entity_name(found) if found else head.text
        if lower in words["thing_pronouns"]:
            found = _nearest_before(mentions, head.idx, _THING_LABELS)
            return entity_name(found) if found else head.text
        return head.text
    kind = _class_kinds().get(lower) or _class_kinds().get(head.lemma_ or "")
    determiners = {t.lower_ for t in head.lefts if t.dep_ in ("det", "amod", "poss")}
    if kind and determiners & set(words["definite_determiners"]):
        # A name written before a class noun of the kind ("Oreshnik missile") is of that kind
        # whatever label the model gave it.
        text = doc_text(head.doc)
        fitting = [
            m
            for m in mentions
            if m.label == kind
            or (
                m.label != "NORP"
                and _class_kinds().get(
                    text[m.end : m.end + 24].strip(_QUOTES).split(" ")[0].lower()
                )
                == kind
            )
        ]
        found = _salient_before(fitting, head.idx, frozenset(m.label for m in fitting))
        if found is not None:
            return entity_name(found)
    text = phrase.text if len(phrase) <= _MAX_PHRASE_TOKENS else head.text
    return text.strip(_QUOTES)
