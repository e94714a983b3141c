"""Group documents into stories: the articles about one seminal event.

A *story* is the set of articles about one seminal event (one earthquake, one
arrest, one product launch), not a broad topic. Documents are compared as
TF-IDF vectors over content lemmas, with names and numbers weighted up:
two earthquakes share "quake", "magnitude" and "injured" but not "Sumatra",
"7.6" or "2009". Clusters are made by average-link agglomeration over a
sparse similarity graph, whose candidate pairs come from an inverted index on
each document's highest-weighted terms, so 10,000 documents never meet in all
pairs. Two clusters also stay apart when they are much looser together than
each is alone (two fights of one boxer share his name, each fight its own
opponent and venue); similarities are capped so that syndicated copies do not
make their story look tighter than it is. A publication-date gap lowers a
similarity a little (a tiebreak, not a veto: a story can run for months).

Event mentions are linked within stories in
:mod:`claimledger.link.event_mentions`.

Everything here is a pure function of its input; nothing loads a model.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

# --- knowledge tables -----------------------------------------------------------------

#: Function words and news boilerplate that say nothing about which event a text is about.
_STOP_TEXT = """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said say says saying told tell according
    reported report reports news new year years day days time one two also like get got
    mr mrs ms monday tuesday wednesday thursday friday saturday sunday today yesterday
    tomorrow week last first may might must shall us it's 's n't -pron-"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

# --- records ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """A document to be grouped: its id, text, and what the pipeline already knows.

    ``terms`` are its content lemmas when a tagger has run (better than the
    fallback tokenizer); ``entities`` are the names found in it.
    """

    doc_id: str
    text: str
    entities: tuple[str, ...] = ()
    published: date | None = None
    terms: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class StoryParams:
    """Settings of document clustering; defaults were chosen once on ECB+ topics 1-35.

    ``threshold``: least average cosine for two clusters to merge;
    ``cohesion_ratio``: least share of the tighter cluster's own average;
    ``similarity_cap``: cosines above it count as it (syndication);
    ``fragment_threshold``: least centroid cosine to join two finished clusters;
    ``top_terms``/``neighbours``/``max_postings``: the candidate-pair index.
    """

    threshold: float = 0.15
    name_weight: float = 2.0
    number_weight: float = 1.5
    top_terms: int = 25
    neighbours: int = 50
    max_postings: int = 2000
    time_window_days: float = 60.0
    time_penalty: float = 0.05
    cohesion_ratio: float = 0.5
    similarity_cap: float = 0.6
    fragment_threshold: float = 0.6


@dataclass(frozen=True, slots=True)
class Story:
    """A group of documents about one seminal event, with its most telling terms."""

    doc_ids: tuple[str, ...]
    key_terms: tuple[str, ...]
    first_published: date | None = None
    last_published: date | None = None


# --- terms and vectors ------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d[\d.,:/\-]*\d|\d")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _norm(word: str) -> str:
    """Fold case and the commonest English inflections (a stand-in for a lemmatizer)."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w[:1].isdigit():
        return w.rstrip(".,")
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: len(w) - len(suffix)] + keep
    return w


def text_terms(text: str) -> list[tuple[str, bool]]:
    """Split ``text`` into normalized content words, each with whether it looks like a name.

    A capitalized word that does not open a sentence is taken for (part of) a name.
    """
    out: list[tuple[str, bool]] = []
    for m in _WORD.finditer(text):
        word = m.group()
        term = _norm(word)
        if term in STOP_WORDS or (len(term) < 2 and not term.isdigit()):
            continue
        capital = word[0].isupper() and not _SENTENCE_START.search(
            text[max(0, m.start() - 3) : m.start()]
        )
        out.append((term, capital))
    return out


def _weighted_counts(doc: StoryDoc, params: StoryParams) -> dict[str, float]:
    counts: Counter[str] = Counter()
    boost: dict[str, float] = {}
    if doc.terms is not None:
        pairs = [(t.casefold(), False) for t in doc.terms if t.casefold() not in STOP_WORDS]
    else:
        pairs = text_terms(doc.text)
    for term, is_name in pairs:
        counts[term] += 1
        if term[:1].isdigit():
            boost[term] = params.number_weight
        elif is_name:
            boost[term] = max(boost.get(term, 1.0), params.name_weight)
    for name in doc.entities:
        # A name counts whole ("tara reid") and by its words ("reid"), so variants meet.
        key = " ".join(name.casefold().split())
        if not key:
            continue
        counts["@" + key] += 1
        boost["@" + key] = params.name_weight
        for word in key.split():
            w = _norm(word)
            if w not in STOP_WORDS:
                boost[w] = max(boost.get(w, 1.0), params.name_weight)
    return {t: (1.0 + math.log(n)) * boost.get(t, 1.0) for t, n in counts.items()}


def tfidf_vectors(
    docs: Sequence[StoryDoc], params: StoryParams | None = None
) -> list[dict[str, float]]:
    """Return one L2-normalized sparse TF-IDF vector per document (sublinear tf, smooth idf)."""
    params = params or StoryParams()
    raw = [_weighted_counts(d, params) for d in docs]
    df: Counter[str] = Counter()
    for vec in raw:
        df.update(vec.keys())
    # Smooth IDF stays sane on a tiny corpus: in a two-article ledger a term both share
    # weighs 1.0 against 1.4 for one of its own, so what they share still counts.
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in df.items()}
    vectors = []
    for vec in raw:
        weighted = {t: w * idf[t] for t, w in vec.items()}
        norm = math.sqrt(sum(w * w for w in weighted.values())) or 1.0
        vectors.append({t: w / norm for t, w in weighted.items()})
    return vectors


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two normalized sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


def candidate_pairs(
    vectors: Sequence[Mapping[str, float]],
    top_terms: int = 25,
    neighbours: int = 50,
    max_postings: int = 2000,
) -> set[tuple[int, int]]:
    """Return pairs worth comparing: each document's nearest ``neighbours`` by its top terms.

    Each document is indexed under its ``top_terms`` heaviest terms; a pair is
    scored by the weight it shares there, and only each document's best-scored
    partners are kept. Terms on more than ``max_postings`` documents are skipped.
    """
    tops = [sorted(v, key=v.__getitem__, reverse=True)[:top_terms] for v in vectors]
    index: dict[str, list[int]] = defaultdict(list)
    for i, terms in enumerate(tops):
        for t in terms:
            index[t].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, terms in enumerate(tops):
        scores: dict[int, float] = defaultdict(float)
        for t in terms:
            posting = index[t]
            if len(posting) > max_postings:
                continue
            w = vectors[i][t]
            for j in posting:
                if j != i:
                    scores[j] += w * vectors[j][t]
        for j in heapq.nlargest(neighbours, scores, key=scores.__getitem__):
            pairs.add((min(i, j), max(i, j)))
    return pairs


# --- clustering -------------------------------------------------------------------------


def average_link(
    n: int,
    edges: Mapping[tuple[int, int], float],
    threshold: float,
    cohesion_ratio: float = 0.0,
    degree: int | None = None,
) -> list[list[int]]:
    """Cluster ``n`` items by average linkage over a sparse similarity graph.

    A pair absent from ``edges`` counts as similarity 0. Merging stops when no
    two clusters have an average similarity above ``threshold``. With a
    ``cohesion_ratio``, two clusters are also kept apart when their average
    similarity falls below that share of the tighter one's own average
    (two tight stories that share much vocabulary stay two). When each item
    was given at most ``degree`` neighbours, an average is taken over the
    pairs the graph could hold, not over all pairs, so that a cluster larger
    than ``degree`` is not judged sparse for want of edges. Returns lists of
    item indices, each sorted, largest clusters first.
    """

    def between(x: int, y: int) -> float:
        return float(min(x * y, degree * min(x, y))) if degree else float(x * y)

    def inside(x: int) -> float:
        return min(x * (x - 1) / 2, degree * x / 2) if degree else x * (x - 1) / 2

    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    within: dict[int, float] = dict.fromkeys(range(n), 0.0)

    def cohesion(c: int) -> float:
        k = len(members[c])
        return within[c] / inside(k) if k > 1 else 0.0

    links: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for (i, j), s in edges.items():
        if i != j:
            links[i][j] = links[i].get(j, 0.0) + s
            links[j][i] = links[j].get(i, 0.0) + s
    heap = [(-s / 1.0, i, j) for i in links for j, s in links[i].items() if i < j]
    heapq.heapify(heap)
    next_id = n
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        avg = links[a][b] / between(len(members[a]), len(members[b]))
        if abs(avg + neg) > 1e-12:  # stale entry: the pair was re-pushed with a newer score
            continue
        if avg <= threshold:
            break
        if avg < cohesion_ratio * max(cohesion(a), cohesion(b)):
            continue
        c = next_id
        next_id += 1
        within[c] = within.pop(a) + within.pop(b) + links[a][b]
        members[c] = members.pop(a) + members.pop(b)
        merged: dict[int, float] = defaultdict(float)
        for old in (a, b):
            for k, s in links.pop(old).items():
                if k not in (a, b):
                    merged[k] += s
                    del links[k][old]
        links[c] = dict(merged)
        for k, s in merged.items():
            links[k][c] = s
            score = -s / between(len(members[c]), len(members[k]))
            heapq.heappush(heap, (score, min(c, k), max(c, k)))
    return sorted((sorted(m) for m in members.values()), key=lambda m: (-len(m), m[0]))


def _time_factor(a: date | None, b: date | None, params: StoryParams) -> float:
    if a is None or b is None:
        return 0.0
    gap = abs((a - b).days)
    return params.time_penalty * min(1.0, gap / params.time_window_days)


def _centroid(vectors: Sequence[Mapping[str, float]], group: Iterable[int]) -> dict[str, float]:
    centroid: dict[str, float] = defaultdict(float)
    for i in group:
        for t, w in vectors[i].items():
            centroid[t] += w
    norm = math.sqrt(sum(w * w for w in centroid.values())) or 1.0
    return {t: w / norm for t, w in centroid.items()}


def _merge_fragments(
    groups: list[list[int]], vectors: Sequence[Mapping[str, float]], params: StoryParams
) -> list[list[int]]:
    """Join clusters whose centroids are very close: pieces of one big story.

    Average link sees only each document's nearest neighbours, so a story
    larger than ``params.neighbours`` looks sparser than it is and may come out
    in pieces; the pieces' centroids, unlike those of two sibling events, are
    near-identical.
    """
    centroids = [_centroid(vectors, g) for g in groups]
    pairs = candidate_pairs(centroids, params.top_terms, params.neighbours, params.max_postings)
    edges = {(a, b): s for a, b in pairs if (s := cosine(centroids[a], centroids[b])) > 0}
    merged = average_link(len(groups), edges, params.fragment_threshold)
    return sorted(
        (sorted(i for g in m for i in groups[g]) for m in merged), key=lambda m: (-len(m), m[0])
    )


def cluster_documents(docs: Sequence[StoryDoc], params: StoryParams | None = None) -> list[Story]:
    """Group documents into stories (seminal events); every document is in exactly one."""
    params = params or StoryParams()
    vectors = tfidf_vectors(docs, params)
    pairs = candidate_pairs(vectors, params.top_terms, params.neighbours, params.max_postings)
    edges = {}
    for i, j in pairs:
        s = cosine(vectors[i], vectors[j]) - _time_factor(
            docs[i].published, docs[j].published, params
        )
        if s > 0:
            # Capped, so that a syndicated copy (near 1.0) does not make its pair look far
            # tighter than the rest of the story and refuse the story's other articles.
            edges[(i, j)] = min(s, params.similarity_cap)
    groups = average_link(
        len(docs),
        edges,
        params.threshold,
        params.cohesion_ratio,
        params.neighbours,
    )
    if params.fragment_threshold < 1.0:
        groups = _merge_fragments(groups, vectors, params)
    stories = []
    for group in groups:
        centroid = _centroid(vectors, group)
        ranked = sorted(centroid, key=lambda t: (-centroid[t], t))
        key = tuple(dict.fromkeys(t.lstrip("@") for t in ranked))[:8]
        dates = [d for i in group if (d := docs[i].published) is not None]
        stories.append(
            Story(
                doc_ids=tuple(docs[i].doc_id for i in group),
                key_terms=key,
                first_published=min(dates) if dates else None,
                last_published=max(dates) if dates else None,
            )
        )
    return stories
