"""One entity per real thing across the ledger, labelled by the evidence of the whole corpus.

Ingest already joins names within a document and names whose key and label
agree. Across documents two things are left, and this module does them:

* name variants that ingest kept apart: the same name under two labels
  ("Oreshnik" PERSON in one article, PRODUCT in another), a title in front
  ("President Lukashenko"), a class noun behind ("Oreshnik missile system"),
  and a surname alone ("Lukashenko") when exactly one full name in the corpus
  ends with it;
* the label, voted by every mention, and weighed by what the text says around
  them: a class noun after the name ("the Oreshnik missile") is a product, a
  title before it ("President") or a role held makes a person, an office word
  inside it ("Ministry") an organisation, and a known country is a GPE.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from claimledger.identifiers import name_key
from claimledger.link.knowledge import LABEL_PRIORITY, ORG_NAME_WORDS, entity_kinds, title_words
from claimledger.store.linking import Corpus, EntityMerge

# A cue beside a mention counts as this many plain mention votes: the model's
# label is right most of the time, but a class noun or a title is stronger
# evidence than one more tag from the same model.
CUE_WEIGHT = 3
_CONTEXT_CHARS = 40
_QUOTES = "'‘’\"“”«»"
# Labels of words the model rarely confuses with a name of a thing or person.
WORD_LABELS = frozenset({"NORP", "GPE", "LOC"})
_WORD = re.compile(r"[\w.’'-]+")


@dataclass(frozen=True, slots=True)
class Resolution:
    """The entity stage's result: merges to write and where every old entity id now points."""

    merges: tuple[EntityMerge, ...]
    survivor_of: dict[str, str]
    labels: dict[str, str]


def core_key(name: str) -> str:
    """The comparison key of a name without leading titles or trailing class nouns."""
    words = [w.strip(_QUOTES) for w in name_key(name).split()]
    words = [w for w in words if w]
    titles, heads = title_words(), entity_kinds()["product_heads"]
    while len(words) > 1 and words[0].rstrip(".") in {t.rstrip(".") for t in titles}:
        words = words[1:]
    while len(words) > 1 and words[-1] in heads:
        words = words[:-1]
    return " ".join(words)


class _Clusters:
    """Union-find over entity ids; the root of a set is its smallest id (stable)."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {id_: id_ for id_ in ids}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _context_cues(corpus: Corpus) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Count, per entity, its mentions, mentions with a class noun after, and a title before."""
    heads, titles = entity_kinds()["product_heads"], title_words()
    mentions: Counter[str] = Counter()
    product: Counter[str] = Counter()
    person: Counter[str] = Counter()
    for m in corpus.mentions:
        mentions[m.entity_id] += 1
        text = corpus.documents[m.document_id].text
        after = _WORD.findall(text[m.end : m.end + _CONTEXT_CHARS].lower())[:3]
        if any(word.strip("’'") in heads for word in after):
            product[m.entity_id] += 1
        before = _WORD.findall(text[max(0, m.start - _CONTEXT_CHARS) : m.start].lower())
        if before and before[-1] in titles:
            person[m.entity_id] += 1
    return mentions, product, person


def _label_votes(corpus: Corpus) -> dict[str, Counter[str]]:
    votes: dict[str, Counter[str]] = {}
    for m in corpus.mentions:
        votes.setdefault(m.entity_id, Counter())[m.label] += 1
    return votes


def _decide_label(key: str, votes: Counter[str], product: int, person: int, name: str) -> str:
    if key in entity_kinds()["countries"]:
        return "GPE"
    if ORG_NAME_WORDS & set(name_key(name).split()):
        return "ORG"
    plain = max(votes, key=lambda label: (votes[label], label)) if votes else None
    if plain in WORD_LABELS:
        # "Russian" before "missile" is an adjective, not the missile's name: a class noun
        # after a word the model calls a nationality or a place is no evidence of a product.
        product = 0
    score = Counter(votes)
    score["PRODUCT"] += CUE_WEIGHT * product
    score["PERSON"] += CUE_WEIGHT * person
    best = max(score.values())
    rank = {label: i for i, label in enumerate(LABEL_PRIORITY)}
    tied = [label for label, n in score.items() if n == best]
    return min(tied, key=lambda label: rank.get(label, len(rank)))


def _join_surnames(
    keys: dict[str, str],
    clusters: _Clusters,
    is_person: dict[str, bool],
) -> None:
    """Join a one-word name to the one full person name in the corpus that ends with it."""
    countries = entity_kinds()["countries"]
    by_last: dict[str, set[str]] = {}
    for id_, key in keys.items():
        words = key.split()
        if len(words) > 1 and is_person[id_]:
            by_last.setdefault(words[-1], set()).add(key)
    full_ids: dict[str, str] = {}
    for id_, key in sorted(keys.items()):
        full_ids.setdefault(key, id_)
    for id_, key in keys.items():
        if " " in key or key in countries:
            continue
        fulls = by_last.get(key, set())
        if len(fulls) == 1:
            clusters.union(id_, full_ids[next(iter(fulls))])


def resolve_entities(corpus: Corpus) -> Resolution:
    """Return which entities are one real thing, and the label each survivor takes."""
    entities = corpus.entities
    keys = {id_: core_key(e.name) for id_, e in entities.items()}
    votes = _label_votes(corpus)
    mention_count, product, person = _context_cues(corpus)
    role_holders = corpus.role_holders
    clusters = _Clusters(entities)
    first_with_key: dict[str, str] = {}
    for id_ in sorted(entities):
        if keys[id_]:
            clusters.union(id_, first_with_key.setdefault(keys[id_], id_))
    is_person = {
        id_: (
            id_ in role_holders
            or person[id_] > 0
            or votes.get(id_, Counter()).most_common(1)[0][0] == "PERSON"
            if votes.get(id_)
            else entities[id_].label == "PERSON" or id_ in role_holders
        )
        for id_ in entities
    }
    _join_surnames(keys, clusters, is_person)

    members: dict[str, list[str]] = {}
    for id_ in entities:
        members.setdefault(clusters.find(id_), []).append(id_)
    merges: list[EntityMerge] = []
    survivor_of: dict[str, str] = {}
    labels: dict[str, str] = {}
    for ids in members.values():
        # The fullest name survives ("Alexander Lukashenko" over "Lukashenko"), then the most named.
        survivor = min(ids, key=lambda i: (-len(keys[i].split()), -mention_count[i], i))
        total: Counter[str] = Counter()
        for i in ids:
            total.update(votes.get(i) or Counter({entities[i].label: 1}))
        # Only people hold titles ("State Secretary", "spokesperson"): a held title counts as
        # a title written before a mention.
        held_role = sum(1 for i in ids if i in role_holders)
        label = _decide_label(
            keys[survivor],
            total,
            sum(product[i] for i in ids),
            sum(person[i] for i in ids) + held_role,
            entities[survivor].name,
        )
        merged = tuple(sorted(i for i in ids if i != survivor))
        if merged or label != entities[survivor].label:
            merges.append(EntityMerge(survivor, label, merged))
        for i in ids:
            survivor_of[i] = survivor
        labels[survivor] = label
    return Resolution(tuple(sorted(merges, key=lambda m: m.survivor)), survivor_of, labels)
