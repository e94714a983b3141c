"""The link stage's tables of knowledge, in one place.

Predicate families, exclusive label scales, the horizon given to "soon",
and the word lists that fix an entity's label are data, not logic: the
planners read them from here so that a reader can see (and change) what
the stage believes without reading its code.
"""

from __future__ import annotations

import json
from datetime import timedelta
from functools import cache
from importlib import resources

# Predicates that settle one another: "would be transferred" is fulfilled by
# "arrived", "deployed" or "stationed". A predicate outside every family is a
# family of its own.
PREDICATE_FAMILIES: dict[str, tuple[str, ...]] = {
    "delivery": (
        "arrive",
        "deliver",
        "transfer",
        "deploy",
        "station",
        "send",
        "ship",
        "supply",
        "move",
        "relocate",
        "place",
        "install",
        "receive",
        "hand",
        "bring",
    ),
    "completion": ("complete", "finish", "build", "construct", "produce", "manufacture"),
    "agreement": ("sign", "conclude", "ratify", "approve", "adopt"),
    "meeting": ("meet", "visit", "hold", "host"),
    "readiness": ("ready", "operational", "activate", "commission"),
    "launch": ("launch", "fire", "test", "strike"),
}

# Predicates that say little without their arguments: "will be fully combat-ready" is settled by
# "is combat-ready", not by "is a medium-range missile". Claims with these predicates are
# followed or grouped only when their arguments share a content word.
GENERIC_PREDICATES: frozenset[str] = frozenset(
    {"be", "have", "become", "remain", "seem", "get", "do", "make", "see", "represent", "act"}
)

# Words that name a class on one exclusive scale: a thing is one of them, so
# two different ones for the same subject conflict ("medium-range" vs
# "long-range"). Each scale lists its values; the text is matched on words,
# hyphens and spaces folded ("medium range" = "medium-range").
LABEL_SCALES: dict[str, tuple[str, ...]] = {
    "range": (
        "short-range",
        "medium-range",
        "intermediate-range",
        "long-range",
        "intercontinental",
    ),
    "missile class": ("ballistic", "cruise"),
}

# How far ahead "soon", "imminently" or an unresolved FUTURE_REF reaches from
# the day it was said. There is no calendar truth for "soon": 45 days sits in
# the 30-60 day band a reader would grant an official's "imminently" before
# calling it late, and it is one constant so that a user can change it.
FUTURE_REF_HORIZON = timedelta(days=45)

# Words before a name that make it a person ("President Lukashenko") come from
# the attribution lexicon; words inside a name that make it an organisation:
ORG_NAME_WORDS: frozenset[str] = frozenset(
    {
        "ministry",
        "council",
        "agency",
        "committee",
        "party",
        "army",
        "forces",
        "government",
        "parliament",
        "department",
        "office",
        "commission",
        "bank",
        "company",
        "corporation",
        "news",
        "union",
        "assembly",
        "court",
        "service",
    }
)

# Labels a resolved entity can take, least often a mistake of the small model first.
LABEL_PRIORITY: tuple[str, ...] = (
    "GPE",
    "PRODUCT",
    "ORG",
    "NORP",
    "LOC",
    "FAC",
    "EVENT",
    "LAW",
    "PERSON",
)


@cache
def entity_kinds() -> dict[str, frozenset[str]]:
    """The known countries and product head words the pipeline also uses, lower-cased."""
    table = resources.files("claimledger.nlp.data").joinpath("entity_kinds.json")
    raw = json.loads(table.read_text(encoding="utf-8"))
    return {key: frozenset(word.lower() for word in words) for key, words in raw.items()}


@cache
def title_words() -> frozenset[str]:
    """Titles that stand before a person's name ("President", "Colonel"), lower-cased."""
    table = resources.files("claimledger.nlp.data").joinpath("attribution_lexicon.json")
    raw = json.loads(table.read_text(encoding="utf-8"))
    return frozenset(word.lower() for word in raw["title_words"])


@cache
def _family_index() -> dict[str, str]:
    return {lemma: name for name, lemmas in PREDICATE_FAMILIES.items() for lemma in lemmas}


def family_of(predicate: str) -> str:
    """Return the family a predicate lemma belongs to (the lemma itself when in none)."""
    lemma = predicate.lower()
    return _family_index().get(lemma, lemma)
