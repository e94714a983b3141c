"""Event mentions linked across documents of one story.

Two mentions corefer when their triggers are the same lemma or listed
synonyms ("slay" and "kill") and what their sentences say around them
(participants, places, numbers) overlaps. Stories come from
:func:`claimledger.link.stories.cluster_documents`; mentions in different
stories never meet.

Everything here is a pure function of its input; nothing loads a model.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from claimledger.link.stories import STOP_WORDS, average_link, cosine, text_terms

# --- knowledge tables -----------------------------------------------------------------

#: Event triggers that name the same kind of happening; each maps to one canonical lemma.
#: Nominal forms are listed because lemmatizers keep "death" and "arrest" as nouns.
EVENT_SYNONYMS: Mapping[str, str] = {
    word: head
    for head, words in {
        "kill": "kill slay murder killing murdered slaying homicide",
        "die": "die death dead",
        "shoot": "shoot shooting gunfire",
        "arrest": "arrest detain apprehend nab capture detention",
        "charge": "charge indict indictment",
        "convict": "convict conviction",
        "sentence": "sentence jail imprison",
        "announce": "announce announcement unveil introduce introduction reveal",
        "acquire": "acquire acquisition buy purchase takeover",
        "resign": "resign resignation quit",
        "fire": "fire sack dismiss oust firing dismissal",
        "appoint": "appoint appointment hire name nominate nomination",
        "injure": "injure injury wound hurt",
        "attack": "attack assault raid",
        "bomb": "bomb bombing blast explode explosion",
        "crash": "crash collision collide",
        "quake": "quake earthquake temblor tremor",
        "elect": "elect election",
        "win": "win victory",
        "beat": "beat defeat",
        "release": "release launch",
        "enter": "enter check",
        "sue": "sue lawsuit suit",
        "lead": "lead leadership",
    }.items()
    for word in words.split()
}

# --- records ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventMention:
    """One mention of an event: its trigger lemma and the sentence it sits in.

    ``start``/``end`` are the trigger's offsets in ``sentence``; ``arguments``
    are lemmas of its participants when a parser found them (else the whole
    sentence stands in for them).
    """

    mention_id: str
    doc_id: str
    sentence: str
    trigger: str
    start: int
    end: int
    arguments: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class EventParams:
    """Settings of event-mention clustering; chosen once on ECB+ topics 1-35."""

    threshold: float = 0.4
    synonym_weight: float = 0.8
    prior: float = 0.5
    disjoint: float = 0.5


# --- clustering -------------------------------------------------------------------------


def canonical_trigger(lemma: str) -> str:
    """Return the head word a trigger lemma is grouped under ("slay" → "kill")."""
    key = lemma.casefold().strip()
    return EVENT_SYNONYMS.get(key, key)


def _argument_terms(mention: EventMention) -> Counter[str]:
    if mention.arguments is not None:
        terms = [a.casefold() for a in mention.arguments]
    else:
        sentence = mention.sentence[: mention.start] + " " + mention.sentence[mention.end :]
        terms = [t for t, _ in text_terms(sentence)]
    return Counter(t for t in terms if t not in STOP_WORDS)


def cluster_event_mentions(
    mentions: Sequence[EventMention],
    doc_story: Mapping[str, str] | None = None,
    params: EventParams | None = None,
) -> list[tuple[str, ...]]:
    """Group event mentions that refer to the same event; returns tuples of mention ids.

    Only mentions in the same story (``doc_story`` maps doc id → story id; all
    one story when omitted) whose triggers share a canonical lemma are
    compared. Their similarity is the cosine of their argument terms (IDF over
    the mentions of that story), scaled down for synonyms; groups are formed
    by average link above ``params.threshold``.
    """
    params = params or EventParams()
    by_story: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_story[doc_story.get(m.doc_id, m.doc_id) if doc_story else ""].append(i)
    clusters: list[tuple[str, ...]] = []
    for indices in by_story.values():
        clusters.extend(_cluster_story_mentions([mentions[i] for i in indices], params))
    return clusters


def _cluster_story_mentions(
    mentions: list[EventMention], params: EventParams
) -> Iterable[tuple[str, ...]]:
    args = [_argument_terms(m) for m in mentions]
    df: Counter[str] = Counter()
    for a in args:
        df.update(a.keys())
    n = len(mentions)
    vectors = []
    for a in args:
        v = {t: (1 + math.log(k)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, k in a.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        vectors.append({t: w / norm for t, w in v.items()})
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[canonical_trigger(m.trigger)].append(i)
    edges: dict[tuple[int, int], float] = {}
    for idx in groups.values():
        for x, i in enumerate(idx):
            for j in idx[x + 1 :]:
                same = mentions[i].trigger.casefold() == mentions[j].trigger.casefold()
                # The same trigger in one story is evidence on its own (``prior``); shared
                # participants add to it. Two mentions whose participants are both known and
                # share nothing keep only ``disjoint`` of the prior.
                overlap = cosine(vectors[i], vectors[j])
                prior = params.prior
                if overlap == 0.0 and vectors[i] and vectors[j]:
                    prior *= params.disjoint
                s = prior + (1.0 - prior) * overlap
                edges[(i, j)] = s if same else s * params.synonym_weight
    for group in average_link(n, edges, params.threshold):
        yield tuple(mentions[i].mention_id for i in group)
