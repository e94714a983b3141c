"""``claimledger_claims``: the propositions of a document, attributed and the narrator's own.

A claim comes from each clause of an attribution's content ("Lukashenko
confirmed that the complex had arrived in the country on December 17" →
arrive; Oreshnik; Belarus; about December 17), from each factual sentence
the narrator writes outside any attribution, and from each description
set beside a name ("the ‘Oreshnik’—a medium-range ballistic missile" →
be; Oreshnik; medium-range ballistic missile). The clause analysis lives in
:mod:`claimledger.nlp.propositions`; this module decides which clauses to read.

It reads ``doc._.claimledger_entities``, ``claimledger_times`` and
``claimledger_attributions`` (any of them may be empty) and writes
``doc._.claimledger_claims``, sorted by start.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimledger.nlp.cues import TEXT_KEY, doc_text
from claimledger.nlp.extensions import ATTRIBUTIONS, CLAIMS, ENTITIES, TIMES
from claimledger.nlp.propositions import Frame, Lemmatize, build_claim, predicates
from claimledger.nlp.referents import entity_name, lexicon
from claimledger.records import Attribution, Claim, EntityMention, TextSpan

# After a name (its closing quote and class nouns: "‘Oreshnik’ missile complex"), an apposition
# opens with a comma, a dash or a bracket and an indefinite article.
_CLASS_WORDS = "|".join(
    sorted({w for words in lexicon()["class_nouns"].values() for w in words}, key=len, reverse=True)
)
_DESCRIPTION_OPENING = re.compile(
    rf"[’'\"”»]?(?:\s+(?:{_CLASS_WORDS}))*\s*[,—–(]\s*(?:an?)\s+", re.IGNORECASE
)
# It ends at a dash, a bracket or a sentence end, or where the sentence's verb comes back in.
_DESCRIPTION_STOP = re.compile(r"[—–;()!?]|\.(?:\s|$)|,\s+(?:is|was|are|were|has|had|will|would)\b")
_MAX_DESCRIPTION_CHARS = 120
_OPENING_QUOTES = frozenset("‘“'\"«")
_CLOSING_QUOTES = frozenset("’”'\"»")
# "Belarus and Russia—a partnership that ..." describes the pair, not the country: places are
# left out, the descriptions that matter (what a weapon, a body or a person is) are kept.
_DESCRIBED_LABELS = frozenset({"PRODUCT", "ORG", "PERSON", "FAC", "EVENT", "LAW"})


def _lemmatizer(nlp: Language) -> Lemmatize:
    """Lemmatize single predicate tokens with the model's rule lemmatizer, even when disabled.

    The pipeline disables the lemmatizer for speed; a claim needs the lemma of
    one or two verbs per clause, which costs almost nothing to compute alone.
    """
    try:
        rule = nlp.get_pipe("lemmatizer").rule_lemmatize  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        rule = None

    def lemmatize(token: Token) -> str:
        if token.lemma_:
            return token.lemma_.lower()
        if rule is not None:
            found = rule(token)
            if found:
                return str(found[0]).lower()
        return token.lower_

    return lemmatize


def _entities(doc: Doc) -> Sequence[EntityMention]:
    recorded = doc._.get(ENTITIES)
    if recorded:
        return recorded
    return tuple(EntityMention(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents)


def _attribution_frames(doc: Doc, mentions: Sequence[EntityMention]) -> list[Frame]:
    frames: list[Frame] = []
    times = doc._.get(TIMES)
    for i, attribution in enumerate(doc._.get(ATTRIBUTIONS)):
        speaker = attribution.speaker
        content = attribution.content
        raised = None
        if speaker is not None and content.text.lstrip().lower().startswith("to "):
            # "the Oreshnik expected to be ready": the "speaker" is the clause's subject.
            raised = speaker.name.strip("'‘’\"“” ")
        frames.append(
            Frame(
                start=content.start,
                end=content.end,
                mentions=mentions,
                times=times,
                speaker=speaker.name if speaker and not speaker.is_vague else None,
                certainty=attribution.certainty,
                attribution=i,
                raised_subject=raised,
            )
        )
    return frames


def _covered(attributions: Sequence[Attribution], start: int, end: int) -> bool:
    return any(a.start < end and start < a.end for a in attributions) or any(
        a.content.start < end and start < a.content.end for a in attributions
    )


def _narrator_frames(doc: Doc, mentions: Sequence[EntityMention]) -> list[Frame]:
    """Sentences outside every attribution whose subject is a named entity."""
    attributions = doc._.get(ATTRIBUTIONS)
    times = doc._.get(TIMES)
    frames = []
    for sent in doc.sents:
        if _covered(attributions, sent.start_char, sent.end_char):
            continue
        frames.append(Frame(sent.start_char, sent.end_char, mentions, times))
    return frames


def _is_reporting(verb: Token, lemmatize: Lemmatize) -> bool:
    return lemmatize(verb) in lexicon()["reporting_verbs"]


def _description_after(text: str, mention: EntityMention) -> TextSpan | None:
    """The description a writer sets beside a name: "X, a long-range weapon" or "X—a missile".

    Read on characters, not tokens: the tokenizer glues "Oreshnik’—a" into one token.
    """
    opened = _DESCRIPTION_OPENING.match(text, mention.end)
    if opened is None:
        return None
    start = opened.end()
    stop = _DESCRIPTION_STOP.search(text, start, min(len(text), start + _MAX_DESCRIPTION_CHARS))
    end = stop.start() if stop else min(len(text), start + _MAX_DESCRIPTION_CHARS)
    words = text[start:end].rstrip(", ")
    if len(words.split()) < 2 or stop is None:
        return None
    return TextSpan(start, start + len(words), words)


def _occurrences(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """Every place a described name is written, tagged by the model or not.

    The small model tags "Oreshnik" in one sentence and misses it in the next;
    a description beside an untagged occurrence is still about the same thing.
    """
    names = {entity_name(m): m.label for m in mentions if m.label in _DESCRIBED_LABELS}
    found = []
    for name, label in names.items():
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            found.append(EntityMention(match.start(), match.end(), name, label))
    return found


def _description_claims(
    doc: Doc, mentions: Sequence[EntityMention], frames: Sequence[Frame]
) -> list[Claim]:
    text = doc_text(doc)
    claims = []
    for mention in _occurrences(text, mentions):
        description = _description_after(text, mention)
        if description is None:
            continue
        owner = next(
            (f for f in frames if f.attribution is not None and f.start <= mention.start < f.end),
            None,
        )
        # "‘Oreshnik’ missile complex, a ...": the evidence opens at the quotation mark,
        # so it does not read "Oreshnik’ missile complex" with a stray closing mark.
        start = mention.start
        if start and text[start - 1] in _OPENING_QUOTES and text[mention.end] in _CLOSING_QUOTES:
            start -= 1
        claims.append(
            Claim(
                start=start,
                end=description.end,
                text=text[start : description.end],
                subject=entity_name(mention),
                predicate="be",
                arguments=(description.text,),
                modality="fact",
                attribution=owner.attribution if owner else None,
            )
        )
    return claims


def extract_claims(doc: Doc, lemmatize: Lemmatize) -> tuple[Claim, ...]:
    """Return every claim in ``doc``, sorted by start; duplicates of one clause are dropped."""
    mentions = _entities(doc)
    attributed = _attribution_frames(doc, mentions)
    claims: list[Claim] = []
    for frame in attributed:
        for verb in predicates(doc, frame):
            claim = build_claim(verb, frame, lemmatize)
            if claim is not None:
                claims.append(claim)
    # The narrator's own claims are kept when they are about a named thing.
    names = {entity_name(m).lower() for m in mentions}
    for frame in _narrator_frames(doc, mentions):
        for verb in predicates(doc, frame):
            if _is_reporting(verb, lemmatize):
                continue
            claim = build_claim(verb, frame, lemmatize)
            if claim is not None and (claim.subject or "").lower() in names:
                claims.append(claim)
    claims += _description_claims(doc, mentions, attributed)
    unique = {(c.start, c.end, c.predicate): c for c in claims}
    return tuple(sorted(unique.values(), key=lambda c: (c.start, c.end)))


class ClaimRecorder:
    """Record the document's claims on ``doc._.claimledger_claims``."""

    def __init__(self, lemmatize: Lemmatize) -> None:
        self.lemmatize = lemmatize

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        doc._.set(CLAIMS, extract_claims(doc, self.lemmatize))
        doc.user_data.pop(TEXT_KEY, None)  # keep serialized Docs free of the scratch copy
        return doc


@Language.factory(
    "claimledger_claims",
    assigns=[f"doc._.{CLAIMS}"],
    requires=["token.dep", "token.pos"],
)
def make_claims(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Build the claims component (it reads the entity, time and attribution components)."""
    return ClaimRecorder(_lemmatizer(nlp))
