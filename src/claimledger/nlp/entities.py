"""``claimledger_entities``: named things kept with offsets, with labels mended.

The small English model labels a weapon system a PERSON when it stands alone
("the Oreshnik") and a country a PERSON in some sentences. This component
keeps the model's entities and corrects the label where the words around the
mention say what kind of thing it is (a head noun such as "missile" or
"system" right after it) or where the name is a known country. Corpus-wide
evidence is applied later, by the link stage.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimledger.nlp.extensions import ENTITIES
from claimledger.records import EntityMention

KEPT_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "LAW")


@cache
def _kinds() -> dict[str, frozenset[str]]:
    table = resources.files("claimledger.nlp.data").joinpath("entity_kinds.json")
    raw = json.loads(table.read_text(encoding="utf-8"))
    return {key: frozenset(word.lower() for word in words) for key, words in raw.items()}


def _corrected_label(ent: Span) -> str:
    kinds = _kinds()
    name = ent.text.strip("'‘’\"“” ").lower()
    if name in kinds["countries"]:
        return "GPE"
    if ent.label_ in ("NORP", "LAW", "EVENT"):
        return ent.label_
    following = [t for t in ent.doc[ent.end : ent.end + 4] if not t.is_punct and not t.is_quote]
    for token in following[:3]:
        if token.lower_ in kinds["product_heads"]:
            return "PRODUCT"
        if token.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT", "ADP"):
            break
    return ent.label_


def _trimmed(ent: Span) -> tuple[int, int]:
    """Drop quote marks and a possessive 's from an entity's edges."""
    text = ent.text
    start, end = ent.start_char, ent.end_char
    for article in ("the ", "The "):
        if text.startswith(article) and len(text) > len(article):
            text, start = text[len(article) :], start + len(article)
    while text and text[0] in "'‘’\"“”":
        text, start = text[1:], start + 1
    for suffix in ("'s", "’s", "’", "'"):
        if text.endswith(suffix) and len(text) > len(suffix):
            text, end = text[: -len(suffix)], end - len(suffix)
            break
    while text and text[-1] in "'‘’\"“”,.":
        text, end = text[:-1], end - 1
    return start, end


class EntityRecorder:
    """Record the document's named entities as :class:`EntityMention` tuples."""

    def __init__(self, labels: tuple[str, ...]) -> None:
        self.labels = frozenset(labels)

    def __call__(self, doc: Doc) -> Doc:
        mentions = []
        text = doc.text  # Doc.text joins every token on each access: read it once
        for ent in doc.ents:
            if ent.label_ not in self.labels:
                continue
            start, end = _trimmed(ent)
            if start >= end:
                continue
            mentions.append(EntityMention(start, end, text[start:end], _corrected_label(ent)))
        doc._.set(ENTITIES, tuple(mentions))
        return doc


@Language.factory(
    "claimledger_entities",
    assigns=[f"doc._.{ENTITIES}"],
    requires=["doc.ents"],
    default_config={"labels": list(KEPT_LABELS)},
)
def make_entities(nlp: Language, name: str, labels: list[str]) -> EntityRecorder:
    """Build the entity recorder; ``labels`` are the NER labels worth keeping."""
    return EntityRecorder(tuple(labels))
