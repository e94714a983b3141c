"""Titles people hold in a document, read from appositions and premodifiers.

"State Secretary of the Security Council, Alexander Volfovich" (title, then
name in apposition), "Alexander Volfovich, State Secretary …" (name, then
title), "President Alexander Lukashenko" and "military commentator Colonel
Mikhail Khodarenko" (premodifiers). A possessive determiner is dropped from
the title ("its spokesperson" -> "spokesperson").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from claimledger.nlp.cues import doc_text
from claimledger.nlp.lexicon import lexicon
from claimledger.records import EntityMention, RoleMention

_DROP_FIRST = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "former"})
_PREMODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "punct", "case"})


def _has_title_word(tokens: Sequence[Token]) -> bool:
    titles = lexicon().title_words
    # One title word is enough, but generic modifiers alone ("state", "former") are not titles.
    return any(t.lower_ in titles and t.pos_ in ("NOUN", "PROPN") for t in tokens)


def _role_tokens(tokens: list[Token]) -> list[Token]:
    """Trim determiners, possessives and punctuation off a title's edges."""
    while tokens and (tokens[0].lower_ in _DROP_FIRST or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "case"):
        tokens = tokens[:-1]
    return tokens


def _premodifier_role(doc: Doc, first: int, last: int) -> list[Token]:
    """Title words written before the name and attached inside the name's phrase."""
    tokens: list[Token] = []
    i = first - 1
    while i >= 0:
        token = doc[i]
        inside = first <= token.head.i <= last or (tokens and token.head.i == tokens[0].i)
        if token.is_punct or token.is_quote or not inside or token.dep_ not in _PREMODIFIER_DEPS:
            break
        if token.dep_ == "poss" or token.pos_ in ("DET", "PRON"):
            break
        tokens.insert(0, token)
        i -= 1
    return tokens if _has_title_word(tokens) else []


def _appositive_role(doc: Doc, first: int, last: int) -> list[Token]:
    """A title in apposition, on either side of the name."""
    root = doc[last]
    for i in range(first, last + 1):
        # The phrase root is the one token whose head lies outside the name.
        if not first <= doc[i].head.i <= last or doc[i].head.i == i:
            root = doc[i]
            break
    # Title first: "its spokesperson, Victor Khrenin" -> the name is an appos of the title.
    if root.dep_ == "appos" and root.head.i < first:
        title = root.head
        tokens = [t for t in title.subtree if t.i < first and t.i >= title.left_edge.i]
        tokens = _role_tokens(tokens)
        if _has_title_word(tokens):
            return tokens
    # Name first: "Alexander Volfovich, State Secretary of …" -> the title is the name's appos.
    for child in root.children:
        if child.dep_ == "appos" and child.i > last:
            tokens = _role_tokens(list(child.subtree))
            if _has_title_word(tokens) and len(tokens) <= 12:
                return tokens
    return []


def find_roles(
    doc: Doc, people: Sequence[EntityMention], names: dict[str, str]
) -> list[RoleMention]:
    """Return the titles written next to each person mention, sorted by offset.

    ``names`` maps a mention's text to its fullest variant in the document
    (see :func:`claimledger.nlp.speakers.name_variants`).
    """
    roles = []
    for person in people:
        span = doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        first, last = span.start, span.end - 1
        # A leading rank inside the entity ("Colonel Mikhail Khodarenko") also counts.
        tokens = _premodifier_role(doc, first, last) or _appositive_role(doc, first, last)
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        roles.append(
            RoleMention(
                name=names.get(person.text, person.text),
                role=doc_text(doc)[start:end],
                start=start,
                end=end,
                name_start=person.start,
                name_end=person.end,
            )
        )
    return sorted(roles, key=lambda r: (r.start, r.name_start))
