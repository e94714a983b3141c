"""Score the attribution component against PolNeAR dev, with textacy as the baseline.

    .venv/bin/python bench/attribution.py [--data ../shared/data/polnear] [--split dev]
        [--every N]   (score every Nth article: a lean, spread sample of train)

Scoring rules (../shared/data/README.md):
- an attribution is matched when the predicted content overlaps a gold
  content fragment; pairs are matched one-to-one, largest overlap first;
  precision = matched / predicted, recall = matched / gold (every gold
  attribution counts, direct, indirect or mixed, with or without a source);
- given a match, the source is correct when the predicted speaker mention
  overlaps the gold Source (or both are absent); the cue likewise;
- a run-on quotation we record without a cue of its own counts as one more
  content fragment of the attribution before it (PolNeAR's shape; see ``ours``);
- char-level P/R/F1 per role (Source, Cue, Content) over non-space characters;
- textacy's ``direct_quotations`` is scored the same way; articles where it
  raises on unbalanced quotation marks are counted and score nothing;
- throughput: articles per CPU second of the full claimledger pipeline against
  the bare spaCy model on the same texts (best of two passes each, taken in
  alternation; CPU time, because the machine is shared).

Not a test: it prints one table and exits 1 when the data is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy

from claimledger.config import Settings
from claimledger.nlp.pipeline import build_pipeline

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear"
ROLES = ("Source", "Cue", "Content")
Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Item:
    """One attribution reduced to char spans per role."""

    content: Spans
    cue: Spans = ()
    source: Spans = ()


@dataclass
class Tally:
    """Counts summed over articles."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    source_ok: int = 0
    cue_ok: int = 0
    failed_docs: int = 0
    chars: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0, 0] for r in ROLES})


def read_gold(ann: Path) -> list[Item]:
    """Parse a brat .ann file into attributions (content, cue, source fragments)."""
    spans: dict[str, Spans] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        # A span whose text holds a line break continues on the next line: skip those tails.
        if "\t" not in line:
            continue
        if line.startswith("T"):
            tid, info, *_ = line.split("\t")
            _, offsets = info.split(" ", 1)
            spans[tid] = tuple(
                (int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))
            )
        elif line.startswith("E"):
            _, args = line.split("\t", 1)
            events.append(dict(arg.split(":", 1) for arg in args.split()))
    items = []
    for event in events:
        if "Content" not in event:
            continue
        items.append(
            Item(
                content=spans.get(event["Content"], ()),
                cue=spans.get(event.get("Cue", ""), ()),
                source=spans.get(event.get("Source", ""), ()),
            )
        )
    return items


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _chars(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, min(e, len(text))) if not text[i].isspace()}


def score(text: str, gold: Sequence[Item], pred: Sequence[Item], tally: Tally) -> None:
    """Add one article's counts to ``tally``."""
    tally.gold += len(gold)
    tally.predicted += len(pred)
    pairs = sorted(
        (
            (_overlap(g.content, p.content), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for size, gi, pi in pairs:
        if size <= 0 or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        tally.matched += 1
        g, p = gold[gi], pred[pi]
        tally.source_ok += _overlap(g.source, p.source) > 0 or (not g.source and not p.source)
        tally.cue_ok += _overlap(g.cue, p.cue) > 0 or (not g.cue and not p.cue)
    for role in ROLES:
        attr = role.lower()
        g_chars = _chars(text, (s for item in gold for s in getattr(item, attr)))
        p_chars = _chars(text, (s for item in pred for s in getattr(item, attr)))
        counts = tally.chars[role]
        counts[0] += len(g_chars & p_chars)
        counts[1] += len(p_chars)
        counts[2] += len(g_chars)


def ours(doc: spacy.tokens.Doc) -> list[Item]:
    """claimledger's attributions as items, in PolNeAR's shape.

    We record a run-on quotation with no cue of its own ("“A,” he said. “B.”")
    as a second attribution to the same speaker; PolNeAR annotates it as one
    more content fragment of the attribution before it. Fold such a
    continuation into the item before it when both name the same speaker and
    nothing but that item stands between them, so that one statement is
    scored once.
    """
    items: list[Item] = []
    previous = None
    for a in doc._.claimledger_attributions:
        continues = (
            a.cue is None
            and previous is not None
            and a.speaker is not None
            and previous.speaker is not None
            and a.speaker.name == previous.speaker.name
            and previous.end <= a.start
        )
        if continues and items:
            last = items[-1]
            items[-1] = Item(
                content=(*last.content, (a.content.start, a.content.end)),
                cue=last.cue,
                source=last.source,
            )
        else:
            items.append(
                Item(
                    content=((a.content.start, a.content.end),),
                    cue=((a.cue.start, a.cue.end),) if a.cue else (),
                    source=((a.speaker.start, a.speaker.end),) if a.speaker else (),
                )
            )
        previous = a
    return items


def textacy_items(doc: spacy.tokens.Doc) -> list[Item]:
    """textacy's direct quotations as items; raises on unbalanced quotation marks."""
    from textacy.extract.triples import direct_quotations

    def chars(tokens: Sequence[spacy.tokens.Token]) -> Spans:
        return tuple((t.idx, t.idx + len(t.text)) for t in tokens)

    return [
        Item(
            content=((q.content.start_char, q.content.end_char),),
            cue=chars(q.cue),
            source=chars(q.speaker),
        )
        for q in direct_quotations(doc)
    ]


def _prf(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _seconds(nlp: spacy.language.Language, texts: Sequence[str]) -> float:
    """CPU seconds of one pass: the machine is shared, and wall time measures the neighbours."""
    started = time.process_time()
    for _doc in nlp.pipe(texts, batch_size=32):
        pass
    return time.process_time() - started


def _rates(
    full: spacy.language.Language, bare: spacy.language.Language, texts: Sequence[str]
) -> tuple[float, float]:
    """Articles per CPU second of each pipeline, best of two passes taken in alternation."""
    full_best = bare_best = float("inf")
    for _ in range(2):
        full_best = min(full_best, _seconds(full, texts))
        bare_best = min(bare_best, _seconds(bare, texts))
    return len(texts) / full_best, len(texts) / bare_best


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--model", default=Settings().model)
    parser.add_argument("--every", type=int, default=1, help="score every Nth article only")
    args = parser.parse_args(argv)
    ann_dir = args.data / args.split / "attributions"
    text_dir = args.data / args.split / "text"
    if not ann_dir.is_dir() or not text_dir.is_dir():
        print(
            f"error: {args.data / args.split}: PolNeAR data not found; "
            "pass --data pointing at the polnear folder of ../shared/data",
            file=sys.stderr,
        )
        return 1
    articles = []
    seen: set[str] = set()
    for ann in sorted(ann_dir.glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]  # the annotator id follows the article name
        txt = text_dir / f"{stem}.txt"
        # A few articles were annotated by several annotators: score each article once.
        if txt.is_file() and stem not in seen:
            seen.add(stem)
            articles.append((txt.read_text(encoding="utf-8"), read_gold(ann)))
    articles = articles[:: max(1, args.every)]
    texts = [text for text, _ in articles]

    nlp = build_pipeline(args.model)
    bare = spacy.load(args.model, disable=["lemmatizer"])
    with_lemmas = spacy.load(args.model)  # textacy reads lemmas to find cue verbs
    mine, base = Tally(), Tally()
    for (text, gold), doc in zip(articles, nlp.pipe(texts, batch_size=32), strict=True):
        score(text, gold, ours(doc), mine)
    for (text, gold), doc in zip(articles, with_lemmas.pipe(texts, batch_size=32), strict=True):
        try:
            predicted = textacy_items(doc)
        except (ValueError, IndexError):
            base.failed_docs += 1
            predicted = []
        score(text, gold, predicted, base)

    full_rate, bare_rate = _rates(nlp, bare, texts)
    print(f"PolNeAR {args.split}: {len(articles)} articles, {mine.gold} gold attributions")
    header = f"{'system':<12}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'src|m':>7}{'cue|m':>7}"
    header += "".join(f"{role + ' F1':>12}" for role in ROLES) + f"{'bailed':>8}"
    print(header)
    for name, tally in (("claimledger", mine), ("textacy", base)):
        p, r, f = _prf(tally.matched, tally.predicted, tally.gold)
        m = max(tally.matched, 1)
        row = f"{name:<12}{tally.predicted:>6}{p:>7.3f}{r:>7.3f}{f:>7.3f}"
        row += f"{tally.source_ok / m:>7.3f}{tally.cue_ok / m:>7.3f}"
        row += "".join(f"{_prf(*tally.chars[role])[2]:>12.3f}" for role in ROLES)
        print(row + f"{tally.failed_docs:>8}")
    slower = 1 - full_rate / bare_rate
    print(
        f"throughput (CPU time): full pipeline {full_rate:.1f} articles/s, "
        f"bare model {bare_rate:.1f} articles/s ({slower:.0%} slower)"
    )
    every = f" --every {args.every}" if args.every > 1 else ""
    print(f"reproduce: .venv/bin/python bench/attribution.py --split {args.split}{every}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
