"""Find attribution cues in a parsed Doc and the source and content slots they open.

A cue is a reporting or cognition verb ("stated", "believes", "called for");
phrase-level cues ("according to", "his announcement that…", "was sure
that…") are found by :mod:`.phrase_cues`. Slots come from the dependency
parse: the clausal complement is the content, the subject (or passive agent)
is the source; a cue with no subject of its own borrows it from the verb it
hangs off ("…, stating …"), and a relative pronoun stands for the noun it
modifies.
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimledger.nlp.frames import (
    TEXT_KEY,
    Frame,
    doc_text,
    has_mark,
    noun_phrase,
    same_paragraph,
    span_chars,
    subtree_span,
    trim,
    trim_quotes,
)
from claimledger.nlp.lexicon import Lexicon, lexicon
from claimledger.nlp.phrase_cues import (
    according_frames,
    adjective_frames,
    finding_frames,
    noun_frames,
)

# Frame, doc_text, TEXT_KEY and the span helpers live in .frames; other modules import them here.
__all__ = [
    "TEXT_KEY",
    "Frame",
    "doc_text",
    "find_frames",
    "source_of",
    "span_chars",
    "trim",
    "trim_quotes",
]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
# Verbs that take an infinitive as their content: "wants to", "urged X to", "expected to".
_XCOMP_DEPS = frozenset({"xcomp"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
# Verbs whose "if"/"whether" clause is an embedded question, not a condition.
_QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "doubt"})
# Children that give a verb a content of its own.
_OWN_CONTENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "attr", "acomp", "oprd", "dative"})


def source_of(verb: Token, depth: int = 0) -> Token | None:
    """Return the head word of ``verb``'s speaker: its subject, passive agent, or borrowed one."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    is_participle = verb.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "having") for c in verb.children
    )
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and not is_participle:
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return child  # resolved to verb.head by the speaker step
            return child
    # "A Quinnipiac poll found that …" misparsed as a noun with a reduced relative clause:
    # a subject-less sentence whose root noun the cue follows is that cue's subject.
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
        return head
    # A bare passive participle ("With the missile expected to be ready, Belarus …") has
    # no speaker of its own and does not borrow the main clause's subject.
    if is_participle and verb.dep_ != "conj":
        return None
    if depth < 3 and verb.dep_ in ("advcl", "conj", "xcomp", "acl", "pcomp") and verb.head != verb:
        # Climb past the noun or preposition the cue hangs off to the verb that has the
        # speaker: "unleashed tweets criticizing X", "started off by emphasizing X".
        head = verb.head
        for _ in range(3):
            if head.pos_ in ("VERB", "AUX") or head.head == head:
                break
            head = head.head
        return source_of(head, depth + 1)
    return None


# The content span, the token that extends the cue ("called for"), and whether the
# content is a noun phrase rather than a clause ("attacked the plan").
Content = tuple[tuple[int, int], int | None, bool]


def _prepositional(doc: Doc, verb: Token, lex: Lexicon, lemma: str) -> Content | None:
    """ "called for X", "complained about X", "accused her of X": the preposition's object."""
    for child in verb.children:
        if child.dep_ != "prep" or child.i < verb.i or not lex.opens_content(lemma, child.text):
            continue
        objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        if not objects or objects[0].ent_type_ in _TIME_ENTS:
            continue  # "said on Monday" is a date, not a topic
        span = subtree_span(doc, objects[0])
        if span[1] - span[0] >= 2:
            # The preposition is part of the cue when it follows the verb or its particle.
            joined = child.i == verb.i + 1 or (
                child.i == verb.i + 2 and doc[verb.i + 1].dep_ == "prt"
            )
            return span, child.i if joined else None, True
    return None


def _content_of(doc: Doc, verb: Token, lex: Lexicon, lemma: str) -> Content | None:
    """The clause a cue verb reports: ccomp, infinitive, prepositional or nominal object."""
    for child in verb.children:
        # "asked if he was ready", "wondered whether …": an embedded question is content too.
        marks = ("that", "if", "whether") if lemma in _QUESTION_VERBS else ("that",)
        is_clause = child.dep_ == "ccomp" or (
            child.dep_ == "advcl" and any(has_mark(child, w) for w in marks)
        )
        if is_clause and same_paragraph(doc, verb, child):
            return subtree_span(doc, child), None, False
    for child in verb.children:
        if child.dep_ in _XCOMP_DEPS and child.i > verb.i and lemma in lex.infinitive_verbs:
            return subtree_span(doc, child), None, False
        if child.dep_ == "dobj" and child.i > verb.i:
            # "urged Congress to act": the object's own infinitive clause is the content.
            for grandchild in child.children:
                if grandchild.dep_ in ("ccomp", "xcomp", "relcl") and grandchild.tag_ == "VB":
                    return span_chars(doc, child.left_edge.i, grandchild.right_edge.i), None, False
    # "called it “shameful”", "called the bill anti-gay": the object and what it is called.
    predicates = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if predicates and objects:
        return span_chars(doc, objects[0].left_edge.i, predicates[-1].right_edge.i), None, True
    prepositional = _prepositional(doc, verb, lex, lemma)
    if prepositional is not None:
        return prepositional
    if lemma in lex.nominal_content and not _is_headline(verb):
        for child in verb.children:
            if child.dep_ == "dobj" and child.i > verb.i and child.pos_ != "PRON":
                return subtree_span(doc, child), None, True
    # "…, as confirmed by X" and "As X said, …": the main clause is what the as-clause
    # vouches for, on whichever side of it the clause stands.
    if verb.dep_ == "advcl" and has_mark(verb, "as"):
        head = verb.head
        if head.i < verb.i:
            return span_chars(doc, head.left_edge.i, verb.left_edge.i - 1), None, False
        # Fronted, only a bare "As X said," vouches: "As Belarus continues to cooperate, …"
        # is a clause with content of its own.
        is_bare = not any(c.dep_ in _OWN_CONTENT_DEPS for c in verb.children)
        if (
            is_bare
            and head.right_edge.i > verb.right_edge.i + 1
            and same_paragraph(doc, verb, head)
        ):
            return span_chars(doc, verb.right_edge.i + 1, head.right_edge.i), None, False
    head = verb.head
    has_subject = any(c.dep_ in _SUBJECTS for c in verb.children)
    if not has_subject or head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
        return None
    # Postposed cue: "The sky is blue, he said." parsed with the cue hanging off the clause.
    is_postposed = verb.dep_ in ("parataxis", "ccomp", "advcl") and head.i < verb.i
    if is_postposed and verb.left_edge.i > head.left_edge.i:
        return span_chars(doc, head.left_edge.i, verb.left_edge.i - 1), None, False
    # Parenthetical cue: "The museum, Mr. Obama said, would make visitors …": the clause
    # it interrupts is the content; we take the part after the cue, where the verb is.
    if verb.dep_ == "parataxis" and head.i > verb.i and head.right_edge.i > verb.right_edge.i + 2:
        return span_chars(doc, verb.right_edge.i + 1, head.right_edge.i), None, False
    return None


def _is_headline(verb: Token) -> bool:
    """A title-cased line ("Ministry Confirms Readiness"): its verb reports news, not speech."""
    line = [t for t in verb.sent if same_paragraph(verb.doc, verb, t)]
    words = [t for t in line if t.is_alpha and len(t.text) > 3]
    if len(words) < 4 or line[-1].text in (".", "?", "!"):
        return False
    return sum(t.text[0].isupper() for t in words) >= 0.75 * len(words)


def _is_verb(token: Token) -> bool:
    return token.tag_.startswith("VB") and token.pos_ in ("VERB", "AUX")


def _is_inanimate_demonstrative(token: Token, lex: Lexicon) -> bool:
    if token.lower_ in ("this", "these", "that", "it"):
        return token.lower_ != "it" or token.dep_ != "nsubj"
    dets = {c.lower_ for c in token.children if c.dep_ in ("det", "amod")}
    is_person_like = token.lower_ in lex.vague_heads or token.lower_ in lex.title_words
    return bool(dets & {"this", "these", "such", "further"}) and not is_person_like


def _verb_frames(doc: Doc, lex: Lexicon, candidates: list[int]) -> list[Frame]:
    frames = []
    for i in candidates:
        token = doc[i]
        if not _is_verb(token):
            continue
        lemma = lex.cue_lemma(token.text)
        if lemma is None:
            continue
        is_speech = token.lower_ in lex.speech_forms
        found = _content_of(doc, token, lex, lemma)
        if found is None and not is_speech:
            continue  # a cognition verb with no clause is rarely an attribution ("I know him")
        content, cue_to, is_object = found if found is not None else (None, None, False)
        cue_first, cue_last = token.i, token.i
        # Particles and prepositions belong to the cue: "pointed out", "called for".
        for child in token.children:
            if child.dep_ == "prt" and child.i == cue_last + 1:
                cue_last = child.i
        if cue_to is not None:
            cue_last = max(cue_last, cue_to)
        source = source_of(token)
        if source is not None and _is_inanimate_demonstrative(source, lex):
            continue  # "This move signals …", "This timeline suggests …": the narrator's reading
        is_passive = any(c.dep_ == "nsubjpass" for c in token.children)
        # A verb with a determiner or compound of its own was parsed with its subject torn
        # apart ("This assertion points to …" -> det/compound): no speaker to find.
        is_torn = any(c.dep_ in ("det", "compound") and c.i < token.i for c in token.children)
        no_one = source is None and (is_passive or is_torn)
        if is_object and (no_one or (source is not None and source.lower_ == "it")):
            # "is seen as a product", "it underscores the ties": with no one behind it a verb
            # with an object describes; only a speaker's act on a topic is an attribution.
            continue
        frames.append(
            Frame(
                cue=span_chars(doc, cue_first, cue_last),
                lemma=lemma,
                content=content,
                source=noun_phrase(doc, source) if source is not None else None,
                source_head=source.i if source is not None else None,
                cue_head=token.i,
                is_negated=any(c.dep_ == "neg" for c in token.children),
            )
        )
    return frames


@cache
def _cue_word_ids() -> numpy.ndarray:
    """String ids of every lower-cased word that can open a cue (verb forms, nouns, "according")."""
    lex = lexicon()
    words = {*lex.speech_forms, *lex.cognition_forms, *lex.speech_nouns, *lex.stance_adjectives}
    words.add("according")
    return numpy.array(sorted(get_string_id(w) for w in words), dtype=numpy.uint64)


def find_frames(doc: Doc | Span) -> list[Frame]:
    """Return every cue in ``doc`` with its source and content slots, sorted by cue start."""
    lex = lexicon()
    target = doc if isinstance(doc, Doc) else doc.as_doc()
    # Only the few tokens whose word can open a cue are looked at: walking every Token
    # object of a long article several times costs more than the rest of the component.
    lowers = target.to_array("LOWER")
    candidates = numpy.flatnonzero(numpy.isin(lowers, _cue_word_ids())).tolist()
    frames = (
        _verb_frames(target, lex, candidates)
        + according_frames(target, lex, candidates)
        + finding_frames(target, lex)
        + noun_frames(target, lex, candidates)
        + adjective_frames(target, lex, candidates)
    )
    return sorted(frames, key=lambda f: f.cue)
