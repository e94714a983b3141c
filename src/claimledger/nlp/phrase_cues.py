"""Cues that are not reporting verbs: "according to X", "In a poll, …", "X's announcement
that …", "Trump's attacks on X", "was sure that …".

Each finder looks only at the candidate tokens :func:`claimledger.nlp.cues.find_frames`
hands it and returns :class:`~claimledger.nlp.frames.Frame` objects.
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimledger.nlp.frames import (
    Frame,
    doc_text,
    has_mark,
    noun_phrase,
    span_chars,
    subtree_span,
    trim_quotes,
)
from claimledger.nlp.lexicon import Lexicon

_TIME_ENTS = frozenset({"DATE", "TIME"})
# "attacks on", "support for": prepositions that open a speech noun's topic.
_NOUN_PREPOSITIONS = frozenset({"of", "on", "for", "about", "against", "over"})


def according_frames(doc: Doc, lex: Lexicon, candidates: list[int]) -> list[Frame]:
    """ "According to X, …": X is the source, the rest of the sentence the content."""
    frames = []
    for i in candidates:
        token = doc[i]
        if (
            token.lower_ != "according"
            or token.i + 1 >= len(doc)
            or doc[token.i + 1].lower_ != "to"
        ):
            continue
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"] or [
            c for c in token.children if c.dep_ == "pobj"
        ]
        if not objects:
            continue
        source = objects[0]
        phrase_end = source.right_edge.i
        sent = token.sent
        before = (sent.start, token.i - 1) if token.i > sent.start else None
        after = (phrase_end + 1, sent.end - 1) if phrase_end + 1 < sent.end else None
        pieces = [p for p in (before, after) if p and p[1] - p[0] >= 2]
        if not pieces:
            continue
        first, last = max(pieces, key=lambda p: p[1] - p[0])
        if doc[last].is_punct and last > first:
            last -= 1  # the sentence's full stop is not part of what was said
        frames.append(
            Frame(
                cue=span_chars(doc, token.i, to.i),
                lemma="according to",
                content=trim_quotes(doc_text(doc), *span_chars(doc, first, last)),
                source=noun_phrase(doc, source),
                source_head=source.i,
                cue_head=token.i,
            )
        )
    return frames


def finding_frames(doc: Doc, lex: Lexicon) -> list[Frame]:
    """ "In a Des Moines Register poll, Mr. Cruz had a lead": a poll opening its sentence."""
    frames = []
    for sent in doc.sents:
        first = sent[0]
        if first.lower_ != "in":
            continue
        objects = [c for c in first.children if c.dep_ == "pobj"]
        if not objects or objects[0].lower_ not in lex.finding_heads:
            continue
        source = objects[0]
        start = source.right_edge.i + 1
        if start < sent.end and doc[start].text == ",":
            start += 1
        last = sent.end - 1
        if doc[last].is_punct:
            last -= 1
        if last - start < 3:
            continue
        frames.append(
            Frame(
                cue=span_chars(doc, first.i, first.i),
                lemma="in",
                content=span_chars(doc, start, last),
                source=noun_phrase(doc, source),
                source_head=source.i,
                cue_head=first.i,
            )
        )
    return frames


def noun_frames(doc: Doc, lex: Lexicon, candidates: list[int]) -> list[Frame]:
    """ "X's announcement that …", "Trump's attacks on Machado": a speech noun with a possessor.

    The content is its that-clause or, for a noun of stance, the object of its
    preposition ("criticism of", "support for", "comments about").
    """
    frames = []
    for i in candidates:
        token = doc[i]
        if token.pos_ != "NOUN" or token.lower_ not in lex.speech_nouns:
            continue
        owners = [c for c in token.children if c.dep_ == "poss"]
        if not owners or owners[0].lower_ in ("its", "it"):
            continue
        clauses = [c for c in token.children if c.dep_ in ("acl", "ccomp") and has_mark(c, "that")]
        cue_last = token.i
        if clauses:
            content = subtree_span(doc, clauses[0])
        else:
            preps = [
                c
                for c in token.children
                if c.dep_ == "prep" and c.i == token.i + 1 and c.lower_ in _NOUN_PREPOSITIONS
            ]
            objects = [o for p in preps for o in p.children if o.dep_ in ("pobj", "pcomp")]
            if not objects or objects[0].ent_type_ in _TIME_ENTS:
                continue
            content, cue_last = subtree_span(doc, objects[0]), preps[0].i
        frames.append(
            Frame(
                cue=span_chars(doc, token.i, cue_last),
                lemma=token.lower_,
                content=content,
                source=noun_phrase(doc, owners[0]),
                source_head=owners[0].i,
                cue_head=token.i,
            )
        )
    return frames


def adjective_frames(doc: Doc, lex: Lexicon, candidates: list[int]) -> list[Frame]:
    """ "Trump was sure that he would win", "voters are worried about X": a stance adjective."""
    frames = []
    for i in candidates:
        token = doc[i]
        if token.dep_ != "acomp" or token.lower_ not in lex.stance_adjectives:
            continue
        verb = token.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].lower_ in ("it", "this", "that"):
            continue  # "it is clear that …" is the narrator's own voice
        clauses = [c for c in token.children if c.dep_ == "ccomp"] or [
            c for c in verb.children if c.dep_ == "ccomp" and c.i > token.i
        ]
        cue_last = token.i
        if clauses:
            content = subtree_span(doc, clauses[0])
        else:
            preps = [c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1]
            objects = [o for p in preps for o in p.children if o.dep_ in ("pobj", "pcomp")]
            if not objects:
                continue
            content, cue_last = subtree_span(doc, objects[0]), preps[0].i
        frames.append(
            Frame(
                cue=span_chars(doc, min(verb.i, token.i), cue_last),
                lemma=token.lower_,
                content=content,
                source=noun_phrase(doc, subjects[0]),
                source_head=subjects[0].i,
                cue_head=token.i,
                is_negated=any(c.dep_ == "neg" for c in verb.children),
            )
        )
    return frames
