"""Find attribution cues in a parsed Doc and the source and content slots they open.

A cue is a reporting or cognition verb ("stated", "believes"), the phrase
"according to", or a speech noun with a that-clause ("his announcement
that…"). Slots come from the dependency parse: the clausal complement is the
content, the subject (or passive agent) is the source; a cue with no subject
of its own borrows it from the verb it hangs off ("…, stating …"), and a
relative pronoun stands for the noun it modifies.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimledger.nlp.lexicon import Lexicon, lexicon

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
# Verbs that take an infinitive as their content: "wants to", "urged X to", "expected to".
_XCOMP_DEPS = frozenset({"xcomp"})
TEXT_KEY = "claimledger_text"  # removed again by the component when it is done
_TRIM = " \t\n,;:—–-"
_TIME_ENTS = frozenset({"DATE", "TIME"})
# "attacks on", "support for": prepositions that open a speech noun's topic.
_NOUN_PREPOSITIONS = frozenset({"of", "on", "for", "about", "against", "over"})
# Verbs whose "if"/"whether" clause is an embedded question, not a condition.
_QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "doubt"})


@dataclass(frozen=True, slots=True)
class Frame:
    """A cue with the slots the parse gives it, as char spans (``None`` when missing)."""

    cue: tuple[int, int]
    lemma: str
    content: tuple[int, int] | None
    source: tuple[int, int] | None
    source_head: int | None  # token index of the source's head word
    cue_head: int  # token index of the cue's main word
    is_negated: bool = False


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, built once per Doc: spaCy rebuilds the string on every access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


def span_chars(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Return the char span of tokens ``first..last`` (inclusive), trimmed of edge punctuation."""
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return trim(doc_text(doc), start, end)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``start, end`` moved inwards past spaces, commas, colons and dashes."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def trim_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a closing quote mark stranded at the start ("…of ‘Gazeta.ru,’ the S-500 …")."""
    while start < end and text[start] in "’”'\"" and (start + 1 >= end or text[start + 1] == " "):
        start = trim(text, start + 1, end)[0]
    return start, end


def _subtree_span(doc: Doc, token: Token, stop: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Char span of ``token``'s subtree, leaving out the subtrees rooted at ``stop``."""
    excluded: set[int] = set()
    for i in stop:
        excluded.update(t.i for t in doc[i].subtree)
    kept = [t.i for t in token.subtree if t.i not in excluded]
    # Keep the contiguous run around the token itself.
    first = last = token.i
    kept_set = set(kept)
    while first - 1 in kept_set:
        first -= 1
    while last + 1 in kept_set:
        last += 1
    return span_chars(doc, first, last)


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


def _noun_phrase(doc: Doc, head: Token) -> tuple[int, int]:
    """Char span of a source noun phrase, without relative clauses or trailing apposition commas.

    The phrase stays on its head's line: a live blog's timestamp or headline
    ("12:15 p.m.\n\nDonald Trump says") is parsed into the subject.
    """
    stop = frozenset(c.i for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i)
    start, end = _subtree_span(doc, head, stop)
    text = doc_text(doc)
    line_start = text.rfind("\n", start, head.idx) + 1
    line_end = text.find("\n", head.idx, end)
    return trim(text, max(start, line_start), end if line_end == -1 else line_end)


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
        span = _subtree_span(doc, objects[0])
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
            child.dep_ == "advcl" and any(_has_mark(child, w) for w in marks)
        )
        if is_clause and _same_paragraph(doc, verb, child):
            return _subtree_span(doc, child), None, False
    for child in verb.children:
        if child.dep_ in _XCOMP_DEPS and child.i > verb.i and lemma in lex.infinitive_verbs:
            return _subtree_span(doc, child), None, False
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
                return _subtree_span(doc, child), None, True
    # "…, as confirmed by X": the main clause is what the as-clause vouches for.
    if verb.dep_ == "advcl" and _has_mark(verb, "as") and verb.head.i < verb.i:
        head = verb.head
        return span_chars(doc, head.left_edge.i, verb.left_edge.i - 1), None, False
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


def _same_paragraph(doc: Doc, a: Token, b: Token) -> bool:
    """Whether no line break separates two tokens (the parser runs a headline into the body)."""
    first, last = (a, b) if a.i < b.i else (b, a)
    return "\n" not in doc_text(doc)[first.idx : last.idx]


def _is_headline(verb: Token) -> bool:
    """A title-cased line ("Ministry Confirms Readiness"): its verb reports news, not speech."""
    line = [t for t in verb.sent if _same_paragraph(verb.doc, verb, t)]
    words = [t for t in line if t.is_alpha and len(t.text) > 3]
    if len(words) < 4 or line[-1].text in (".", "?", "!"):
        return False
    return sum(t.text[0].isupper() for t in words) >= 0.75 * len(words)


def _has_mark(token: Token, word: str) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == word for c in token.children)


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
                source=_noun_phrase(doc, source) if source is not None else None,
                source_head=source.i if source is not None else None,
                cue_head=token.i,
                is_negated=any(c.dep_ == "neg" for c in token.children),
            )
        )
    return frames


def _according_frames(doc: Doc, lex: Lexicon, candidates: list[int]) -> list[Frame]:
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
                source=_noun_phrase(doc, source),
                source_head=source.i,
                cue_head=token.i,
            )
        )
    return frames


def _finding_frames(doc: Doc, lex: Lexicon) -> list[Frame]:
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
                source=_noun_phrase(doc, source),
                source_head=source.i,
                cue_head=first.i,
            )
        )
    return frames


def _noun_frames(doc: Doc, lex: Lexicon, candidates: list[int]) -> list[Frame]:
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
        clauses = [c for c in token.children if c.dep_ in ("acl", "ccomp") and _has_mark(c, "that")]
        cue_last = token.i
        if clauses:
            content = _subtree_span(doc, clauses[0])
        else:
            preps = [
                c
                for c in token.children
                if c.dep_ == "prep" and c.i == token.i + 1 and c.lower_ in _NOUN_PREPOSITIONS
            ]
            objects = [o for p in preps for o in p.children if o.dep_ in ("pobj", "pcomp")]
            if not objects or objects[0].ent_type_ in _TIME_ENTS:
                continue
            content, cue_last = _subtree_span(doc, objects[0]), preps[0].i
        frames.append(
            Frame(
                cue=span_chars(doc, token.i, cue_last),
                lemma=token.lower_,
                content=content,
                source=_noun_phrase(doc, owners[0]),
                source_head=owners[0].i,
                cue_head=token.i,
            )
        )
    return frames


def _adjective_frames(doc: Doc, lex: Lexicon, candidates: list[int]) -> list[Frame]:
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
            content = _subtree_span(doc, clauses[0])
        else:
            preps = [c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1]
            objects = [o for p in preps for o in p.children if o.dep_ in ("pobj", "pcomp")]
            if not objects:
                continue
            content, cue_last = _subtree_span(doc, objects[0]), preps[0].i
        frames.append(
            Frame(
                cue=span_chars(doc, min(verb.i, token.i), cue_last),
                lemma=token.lower_,
                content=content,
                source=_noun_phrase(doc, subjects[0]),
                source_head=subjects[0].i,
                cue_head=token.i,
                is_negated=any(c.dep_ == "neg" for c in verb.children),
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
    lowers = target.to_array(LOWER)
    candidates = numpy.flatnonzero(numpy.isin(lowers, _cue_word_ids())).tolist()
    frames = (
        _verb_frames(target, lex, candidates)
        + _according_frames(target, lex, candidates)
        + _finding_frames(target, lex)
        + _noun_frames(target, lex, candidates)
        + _adjective_frames(target, lex, candidates)
    )
    return sorted(frames, key=lambda f: f.cue)
