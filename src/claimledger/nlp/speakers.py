"""Who is speaking: named entities, pronouns and nominals resolved, vague sources kept.

A source mention becomes a :class:`Speaker` whose ``name`` is the fullest
form of the name in the document ("Volfovich" -> "Alexander Volfovich"),
while ``start``/``end`` keep pointing at the words actually written ("He",
"who", "the minister"). Pronouns resolve to the closest preceding person; a
nominal with a title ("the spokesperson") to the person who holds it; a
plural or generic head ("military experts", "earlier reports") is a vague
source, kept with ``is_vague=True``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claimledger.nlp.cues import doc_text
from claimledger.nlp.lexicon import lexicon
from claimledger.records import EntityMention, RoleMention, Speaker

_NAMED = ("PERSON", "ORG", "NORP", "GPE")
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})


def name_variants(mentions: Sequence[EntityMention]) -> dict[str, str]:
    """Map each mention text to the longest person mention that ends with it.

    "Volfovich" and "Mr. Volfovich" both map to "Alexander Volfovich" when the
    document writes the full name somewhere. The small model often labels a
    lone surname ORG, so a surname matches a full PERSON name whatever its label.
    """
    people = list(dict.fromkeys(m.text for m in mentions if m.label == "PERSON"))
    # Only names that end in the same word can end with one another.
    by_last: dict[str, list[tuple[str, list[str]]]] = {}
    for person in people:
        words = person.split()
        if words:
            by_last.setdefault(words[-1], []).append((person, words))
    table: dict[str, str] = {}
    others = dict.fromkeys(m.text for m in mentions if m.label != "PERSON")
    for text in [*people, *others]:
        words = [w for w in text.split() if w.lower() not in _HONORIFICS]
        if not words:
            continue
        best = text
        for other, other_words in by_last.get(words[-1], ()):
            if len(other_words) > len(best.split()) and other_words[-len(words) :] == words:
                best = other
        table[text] = best if len(best.split()) > 1 or best == text else text
    return table


class SpeakerResolver:
    """Resolve source mentions in one document to speakers."""

    def __init__(
        self, doc: Doc, entities: Sequence[EntityMention], roles: Sequence[RoleMention]
    ) -> None:
        self.doc = doc
        self.names = name_variants(entities)
        self.entities = sorted(_relabelled(doc, entities, self.names), key=lambda e: e.start)
        self.people = [e for e in self.entities if e.label == "PERSON"]
        self._people_starts = [e.start for e in self.people]
        self.roles = list(roles)
        self._role_of: dict[str, str] = {}
        for role in self.roles:
            self._role_of.setdefault(role.name, role.role)

    def canonical(self, text: str) -> str:
        """Return the fullest variant of a name written in this document."""
        return self.names.get(text, text)

    def role_of(self, name: str) -> str | None:
        """Return the first title the document gives ``name``, if any."""
        return self._role_of.get(name)

    def _person_before(self, offset: int) -> EntityMention | None:
        """The person a pronoun at ``offset`` most likely means.

        Prefer the latest person who was a sentence subject within the last
        few sentences (news keeps the speaker as subject); else the latest
        person mentioned at all.
        """
        i = bisect_left(self._people_starts, offset)
        if i == 0:
            return None
        # About three sentences back: further than that a subject is no longer salient.
        window_start = max(0, offset - 600)
        for person in reversed(self.people[:i]):
            if person.start < window_start:
                break
            token = self.doc.char_span(person.start, person.end, alignment_mode="expand")
            if token is None:
                continue
            dep = token.root.dep_
            # Subjects, appositions and passive agents ("confirmed by X") are salient.
            if dep in ("nsubj", "nsubjpass", "appos") or (
                dep == "pobj" and token.root.head.lower_ == "by"
            ):
                return person
        return self.people[i - 1]

    def _entity_in(self, start: int, end: int) -> EntityMention | None:
        inside = [e for e in self.entities if start <= e.start and e.end <= end]
        for label in _NAMED:
            for entity in inside:
                if entity.label == label:
                    return entity
        return None

    def _named(self, entity: EntityMention, start: int, end: int) -> Speaker:
        name = self.canonical(entity.text)
        mention = doc_text(self.doc)[start:end]
        return Speaker(
            name=name,
            start=start,
            end=end,
            role=self.role_of(name),
            mention_text=mention if mention != name else None,
        )

    def resolve(self, head: Token, start: int, end: int) -> Speaker:
        """Return the speaker for the source mention ``start:end`` headed by ``head``."""
        lex = lexicon()
        lower = head.lower_
        if lower in _RELATIVE and head.head.dep_ == "relcl":
            antecedent = head.head.head
            first, last = antecedent.left_edge.i, antecedent.i
            a_start, a_end = self.doc[first].idx, self.doc[last].idx + len(self.doc[last].text)
            entity = self._entity_in(a_start, a_end)
            if entity is not None:
                return self._named(entity, start, end)
            return self._nominal(antecedent, start, end, a_start, a_end)
        if head.pos_ == "PRON" and lower in lex.person_pronouns | lex.group_pronouns:
            return self._pronoun(head, start, end)
        if head.dep_ == "poss" and lower in ("his", "her"):
            return self._pronoun(head, start, end)
        entity = self._entity_in(start, end)
        if entity is not None:
            return self._named(entity, start, end)
        return self._nominal(head, start, end, start, end)

    def _pronoun(self, head: Token, start: int, end: int) -> Speaker:
        mention = doc_text(self.doc)[start:end]
        if head.lower_ in ("he", "she", "him", "her", "his"):
            person = self._person_before(head.idx)
            if person is not None:
                name = self.canonical(person.text)
                return Speaker(name, start, end, self.role_of(name), False, mention)
        return Speaker(mention, start, end, None, head.lower_ in ("they", "them"), None)

    def _nominal(self, head: Token, start: int, end: int, n_start: int, n_end: int) -> Speaker:
        """A common-noun source: a title naming a known person, or a vague source."""
        lex = lexicon()
        mention = doc_text(self.doc)[start:end]
        words = doc_text(self.doc)[n_start:n_end]
        if head.lower_ in lex.title_words and head.tag_ == "NN":
            # "the minister", "the spokesperson": the person this document gives that title.
            holders = [r for r in self.roles if head.lower_ in r.role.lower() and r.start < start]
            if holders:
                name = holders[-1].name
                return Speaker(name, start, end, self.role_of(name), False, mention)
        is_vague = (
            head.pos_ in ("NOUN", "PRON", "DET", "ADJ", "NUM") or head.lower_ in lex.vague_heads
        )
        name = _strip_determiner(words)
        return Speaker(name, start, end, None, is_vague, mention if mention != name else None)


def _relabelled(
    doc: Doc, entities: Sequence[EntityMention], names: dict[str, str]
) -> list[EntityMention]:
    """Entities with every written surname of a known person counted as that person.

    The small model misses or mislabels many repeat mentions ("Volfovich
    emphasized" comes out ORG or nothing); the full name written once in the
    document tells us who the surname is.
    """
    people = {e.text for e in entities if e.label == "PERSON"}
    surnames = {
        full.split()[-1]: full
        for full in set(names.values())
        if len(full.split()) > 1 and full in people
    }
    kept = [
        EntityMention(e.start, e.end, e.text, "PERSON") if e.text in surnames else e
        for e in entities
    ]
    covered = {(e.start, e.end) for e in kept}
    # Look only at tokens spelled like a surname (walking every Token object is slow).
    ids = numpy.array([get_string_id(name) for name in surnames], dtype=numpy.uint64)
    spelled = numpy.flatnonzero(numpy.isin(doc.to_array("ORTH"), ids)).tolist() if surnames else []
    for i in spelled:
        token = doc[i]
        end = token.idx + len(token.text)
        if token.pos_ == "PROPN":
            inside = any(e.start <= token.idx and end <= e.end for e in kept)
            if not inside and (token.idx, end) not in covered:
                kept.append(EntityMention(token.idx, end, token.text, "PERSON"))
    for surname, full in surnames.items():
        names.setdefault(surname, full)
    return kept


def _strip_determiner(text: str) -> str:
    for article in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(article):
            return text[len(article) :]
    return text
