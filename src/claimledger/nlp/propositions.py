"""One clause to one claim: predicate, subject, arguments, polarity, modality, time.

Works on a parsed spaCy ``Doc`` and the records our other components left on
it (entity mentions, time expressions). The clause is given by its main verb
and the characters it may not leave (an attribution's content, or its
sentence), so nothing of the speaker's framing leaks into the claim.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimledger.nlp.referents import lexicon, refer
from claimledger.records import Certainty, Claim, EntityMention, Modality, TextSpan, TimeExpression

Lemmatize = Callable[[Token], str]

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
_ARGUMENT_DEPS = ("dobj", "attr", "acomp", "oprd", "dative", "obj", "iobj")
# Children that start a clause of their own: they are separate claims or commentary.
_OTHER_CLAUSE_DEPS = frozenset({"conj", "cc", "advcl", "parataxis", "ccomp", "relcl", "punct"})
_PREDICATE_POS = frozenset({"VERB", "AUX"})
# Heads of clauses nested below a noun or another clause ("vehicles, which will soon be
# handed over"): a time expression inside one dates that clause, not the main verb.
_NESTED_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis"})


@dataclass(frozen=True, slots=True)
class Frame:
    """Where a clause sits: its bounds, and what the surrounding attribution says about it."""

    start: int
    end: int
    mentions: Sequence[EntityMention]
    times: Sequence[TimeExpression]
    speaker: str | None = None
    certainty: Certainty | None = None
    attribution: int | None = None
    raised_subject: str | None = None  # "X is expected to ...": X is the subject


def inside(token: Token, frame: Frame) -> bool:
    """Return whether ``token`` lies inside the frame's characters."""
    return frame.start <= token.idx and token.idx + len(token) <= frame.end


def predicates(doc: Doc, frame: Frame) -> list[Token]:
    """Return the main verbs of the clauses inside the frame, in text order.

    A main verb is one whose head lies outside the frame (or a sentence root);
    verbs coordinated with it ("arrived ... and had begun") are main verbs too.
    """
    span = doc.char_span(frame.start, frame.end, alignment_mode="expand")
    if span is None:
        return []
    found: list[Token] = []
    for token in span:
        if not inside(token, frame):
            continue
        if token.head.i == token.i or not inside(token.head, frame):
            verb = token if token.pos_ in _PREDICATE_POS else _first_verb(token, frame)
            if verb is not None and verb not in found:
                found.append(verb)
    found = [_past_opinion(v, frame) for v in found]
    for verb in list(found):
        found += [c for c in _conjuncts(verb) if inside(c, frame) and c not in found]
    return sorted(found, key=lambda t: t.i)


def _past_opinion(verb: Token, frame: Frame) -> Token:
    """In "I think we will fulfil ..." the claim is the clause the speaker thinks."""
    if verb.lower_ in lexicon()["opinion_verbs"]:
        inner = next((c for c in verb.children if c.dep_ == "ccomp" and inside(c, frame)), None)
        if inner is not None:
            return inner
    return verb


def _first_verb(token: Token, frame: Frame) -> Token | None:
    for t in token.subtree:
        if t.pos_ in _PREDICATE_POS and t.dep_ not in ("aux", "auxpass") and inside(t, frame):
            return t
    return None


def _conjuncts(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in _PREDICATE_POS]


def clause_tokens(verb: Token, frame: Frame) -> list[Token]:
    """Return the tokens of the verb's own clause: its subtree minus other clauses."""
    kept = [verb]
    for child in verb.children:
        if child.dep_ in _OTHER_CLAUSE_DEPS:
            continue
        kept += list(child.subtree)
    return sorted((t for t in set(kept) if inside(t, frame)), key=lambda t: t.i)


def subject_token(verb: Token) -> Token | None:
    """Return the verb's subject, borrowed from the verb it is coordinated with or governed by."""
    found = _subject_and_path(verb)
    return found[0] if found else None


def _subject_and_path(verb: Token) -> tuple[Token, bool] | None:
    """The subject, and whether it was reached through a governing verb ("expected to be")."""
    current = verb
    through_xcomp = False
    for _ in range(4):
        for child in current.children:
            if child.dep_ in _SUBJECT_DEPS and child.dep_ != "expl":
                return child, through_xcomp
        if current.dep_ in ("conj", "xcomp") and current.head.i != current.i:
            through_xcomp = through_xcomp or current.dep_ == "xcomp"
            current = current.head
        else:
            return None
    return None


def _chain(verb: Token) -> list[Token]:
    """The verb, its auxiliaries, and the verbs that govern it as xcomp ("expected to be")."""
    tokens = [verb]
    current = verb
    while current.dep_ == "xcomp" and current.head.i != current.i:
        current = current.head
        tokens.append(current)
    auxiliaries = [c for t in tokens for c in t.children if c.dep_ in ("aux", "auxpass", "neg")]
    if verb.dep_ == "conj":
        auxiliaries += [c for c in verb.head.children if c.dep_ in ("aux", "neg")]
    return tokens + auxiliaries


def _is_negation(token: Token) -> bool:
    """A ``neg`` that negates; "not merely X but Y" and "not just" affirm X."""
    if token.dep_ != "neg":
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is None or following.lower_ not in lexicon()["negation_softeners"]


def polarity_of(verb: Token, certainty: Certainty | None) -> str:
    """Return ``negative`` when the clause is negated or its speaker denies it."""
    negated = any(_is_negation(t) for t in _chain(verb))
    return "negative" if negated != (certainty == "denied") else "positive"


def modality_of(verb: Token, frame: Frame, subject: str | None, lemmatize: Lemmatize) -> Modality:
    """Return fact, plan, forecast or speculation from the clause's modals and its source."""
    words = lexicon()
    chain = _chain(verb)
    lowered = {t.lower_ for t in chain}
    # "plan to", "expected to": only a verb governing the predicate makes it a plan or
    # forecast; "the sites have been prepared" is a fact.
    governing = {lemmatize(t) for t in chain[1:] if t.dep_ not in ("aux", "auxpass", "neg")}
    lemmas = governing
    is_first_person = (subject or "").lower() in words["first_person"]
    if lowered & set(words["speculative_modals"]):
        return "speculation"
    if lemmas & set(words["plan_verbs"]) and not lowered & set(words["future_modals"]):
        return "plan"
    if lowered & set(words["future_modals"]) or lemmas & set(words["forecast_verbs"]):
        return "plan" if is_first_person else "forecast"
    if frame.certainty == "hedged":
        return "speculation"
    # A forecast cue ("expected to be ready") projects onto an infinitival clause only:
    # "We are completing the production" inside a forecasting quote is still a fact.
    is_infinitival = any(t.dep_ == "aux" and t.lower_ == "to" for t in verb.children)
    if frame.certainty == "forecast" and (is_infinitival or frame.raised_subject):
        return "forecast"
    return "fact"


def _time_for(verb: Token, tokens: list[Token], frame: Frame) -> TimeExpression | None:
    """The time expression of the clause nearest to the verb in the parse.

    A time reached only through a clause nested inside this one belongs to that clause.
    """
    best: tuple[int, TimeExpression] | None = None
    for time in frame.times:
        if time.type not in ("DATE", "TIME"):
            continue
        token = next((t for t in tokens if time.start <= t.idx < time.end), None)
        if token is None:
            continue
        hops, current, nested = 0, token, False
        while current.i != verb.i and current.head.i != current.i and hops < 12:
            nested = nested or current.dep_ in _NESTED_CLAUSE_DEPS
            current, hops = current.head, hops + 1
        if nested and current.i == verb.i:
            continue
        if current.i != verb.i:
            hops += 20
        if best is None or hops < best[0]:
            best = (hops, time)
    return best[1] if best else None


def _is_time_token(token: Token, frame: Frame) -> bool:
    return any(t.start <= token.idx < t.end for t in frame.times) or token.ent_type_ in (
        "DATE",
        "TIME",
    )


def arguments_of(verb: Token, frame: Frame) -> tuple[str, ...]:
    """Return the verb's objects, complements and prepositional objects, by entity where known."""
    found: list[str] = []
    for child in verb.children:
        if not inside(child, frame):
            continue
        targets: list[Token] = []
        if child.dep_ in _ARGUMENT_DEPS:
            targets.append(child)
        elif child.dep_ in ("prep", "agent"):
            targets += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "xcomp":
            targets += [g for g in child.children if g.dep_ in _ARGUMENT_DEPS]
        for target in targets:
            if _is_time_token(target, frame):
                continue
            name = refer(target, frame.mentions, frame.speaker)
            if name and name not in found:
                found.append(name)
    return tuple(found)


def _predicate_verb(verb: Token) -> Token:
    """For "is expected to be ready" the predicate is the innermost verb of the xcomp chain."""
    current = verb
    for _ in range(3):
        inner = next((c for c in current.children if c.dep_ == "xcomp"), None)
        if inner is None or inner.pos_ not in _PREDICATE_POS:
            break
        current = inner
    return current


def build_claim(verb: Token, frame: Frame, lemmatize: Lemmatize) -> Claim | None:
    """Return the claim the clause headed by ``verb`` makes, or ``None`` when it has no content."""
    tokens = clause_tokens(verb, frame)
    if len(tokens) < 2:
        return None
    found = _subject_and_path(verb)
    subject_tok = found[0] if found else None
    # A subject outside the content is the speaker's own unless it is reached through
    # a governing verb ("the Oreshnik expected to be ready": Oreshnik).
    borrowed = bool(found and found[1])
    if subject_tok is not None and (inside(subject_tok, frame) or borrowed):
        subject: str | None = refer(subject_tok, frame.mentions, frame.speaker)
    else:
        subject = frame.raised_subject
    core = _predicate_verb(verb)
    predicate = lemmatize(core)
    particle = next((c.lower_ for c in core.children if c.dep_ == "prt"), None)
    if particle:
        predicate = f"{predicate} {particle}"
    arguments = arguments_of(core, frame)
    if core.i != verb.i:
        arguments = tuple(dict.fromkeys(arguments_of(verb, frame) + arguments))
    time = _time_for(verb, tokens, frame)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    doc = verb.doc
    return Claim(
        start=start,
        end=end,
        text=doc[tokens[0].i : tokens[-1].i + 1].text,  # Doc.text would rebuild it all
        subject=subject,
        predicate=predicate,
        arguments=arguments,
        modality=modality_of(verb, frame, subject, lemmatize),
        polarity="negative" if polarity_of(verb, frame.certainty) == "negative" else "positive",
        about=time.interval if time else None,
        about_evidence=TextSpan(time.start, time.end, time.text) if time else None,
        attribution=frame.attribution,
    )
