"""Benchmark: main-text extraction from HTML against the Zyte article-extraction gold.

Scores ``claimledger.ingest.extract_html`` on the 181 news pages of the Zyte
(Scrapinghub) article-extraction benchmark, beside the reference outputs
stored with the data (trafilatura, readability), and reports pages/s.

The scorer's rules (the benchmark's definition, re-implemented here):

- Tokens are the runs of ``\\w`` characters (Unicode, case kept).
- A text's shingles are its consecutive 4-token tuples, counted as a
  multiset; a text of 1-3 tokens has one shingle (all its tokens), an empty
  text none.
- Per page: TP = shared shingles (minimum of the two counts), FP = predicted
  beyond gold, FN = gold beyond predicted; the three are divided by their sum
  so that long pages weigh no more than short ones.
- Precision is the mean of per-page precision over pages where TP+FP > 0
  (an empty prediction does not count against precision, only recall);
  recall is the mean of per-page recall over pages where TP+FN > 0; a page
  with FP = FN = 0 scores 1 on both. F1 is the harmonic mean of the two means.
- ``±`` is 1.96 standard deviations over bootstrap resamples of the pages.

Not a test: it prints one table and the command to reproduce it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimledger.ingest import extract_html
from claimledger.ingest.decoding import DecodeFailure
from claimledger.ingest.html import decode_html

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction"
REFERENCES = ("trafilatura", "readability")
SHINGLE = 4
_TOKEN = re.compile(r"\w+")

Counts = tuple[float, float, float]  # normalized (tp, fp, fn) of one page


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Return the multiset of ``size``-token shingles of ``text``."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def page_counts(gold: str, predicted: str) -> Counts:
    """Return one page's (tp, fp, fn) over shingles, divided by their sum."""
    truth, guess = shingles(gold), shingles(predicted)
    tp = sum((truth & guess).values())
    fp = sum((guess - truth).values())
    fn = sum((truth - guess).values())
    total = tp + fp + fn
    if total == 0:
        return (0.0, 0.0, 0.0)
    return (tp / total, fp / total, fn / total)


def _page_precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fp)


def _page_recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fn)


def scores(pages: Sequence[Counts]) -> tuple[float, float, float]:
    """Return (precision, recall, F1) over pages, by the rules in the module docstring."""
    precisions = [_page_precision(*c) for c in pages if c[0] + c[1] > 0]
    recalls = [_page_recall(*c) for c in pages if c[0] + c[2] > 0]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def bootstrap(pages: Sequence[Counts], rounds: int, seed: int = 0) -> tuple[float, float, float]:
    """Return the 95% half-widths (1.96 sd) of precision, recall and F1 over resamples."""
    if rounds < 2:
        return (0.0, 0.0, 0.0)
    rng = random.Random(seed)
    samples = [scores(rng.choices(pages, k=len(pages))) for _ in range(rounds)]
    return tuple(1.96 * statistics.stdev(column) for column in zip(*samples, strict=True))  # type: ignore[return-value]


@dataclass(frozen=True)
class Row:
    """One system's line in the table."""

    name: str
    precision: float
    recall: float
    f1: float
    spread: tuple[float, float, float]
    pages_per_second: float | None
    failures: int


def _load_json(path: Path) -> Mapping[str, Mapping[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    # Reference files may wrap their outputs with the library version.
    return data.get("output", data) if isinstance(data, dict) and "output" in data else data


def run_ours(html_dir: Path, keys: Sequence[str]) -> tuple[dict[str, str], float, int]:
    """Extract every page with our extractor; return texts, seconds spent, failures."""
    texts: dict[str, str] = {}
    failures = 0
    elapsed = 0.0
    for key in keys:
        data = gzip.decompress((html_dir / f"{key}.html.gz").read_bytes())
        started = time.perf_counter()
        try:
            extraction = extract_html(decode_html(data))
        except DecodeFailure:
            extraction = None
        elapsed += time.perf_counter() - started
        if extraction is None:
            failures += 1
        texts[key] = extraction.text if extraction else ""
    return texts, elapsed, failures


def score_system(
    name: str,
    gold: Mapping[str, Mapping[str, str]],
    predicted: Callable[[str], str],
    keys: Sequence[str],
    rounds: int,
    pages_per_second: float | None = None,
    failures: int = 0,
) -> Row:
    """Score one system's texts against the gold article bodies."""
    pages = [page_counts(gold[key].get("articleBody", ""), predicted(key)) for key in keys]
    precision, recall, f1 = scores(pages)
    return Row(name, precision, recall, f1, bootstrap(pages, rounds), pages_per_second, failures)


def print_table(rows: Sequence[Row], pages: int, command: str) -> None:
    """Print the results table and the command that reproduces it."""
    print(f"HTML main-text extraction, Zyte article-extraction benchmark ({pages} pages)")
    print("4-gram shingle P/R/F1, macro over pages; ± = 1.96 sd over bootstrap resamples\n")
    header = (
        f"{'system':<26} {'precision':>15} {'recall':>15} {'F1':>15} {'pages/s':>8} {'empty':>6}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        cells = [
            f"{value:.3f} ± {spread:.3f}"
            for value, spread in zip((row.precision, row.recall, row.f1), row.spread, strict=True)
        ]
        speed = f"{row.pages_per_second:.1f}" if row.pages_per_second is not None else "-"
        scored = " ".join(f"{cell:>15}" for cell in cells)
        print(f"{row.name:<26} {scored} {speed:>8} {row.failures:>6}")
    print("\nReference rows are the outputs stored with the data, scored by the same rules.")
    print(f"Reproduce: {command}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the exit status (1 if the data is missing)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark directory")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples")
    args = parser.parse_args(argv)

    truth_path, html_dir = args.data / "ground-truth.json", args.data / "html"
    if not truth_path.is_file() or not html_dir.is_dir():
        print(
            f"error: benchmark data not found in {args.data} (need ground-truth.json and "
            "html/*.html.gz); see ../shared/data/README.md, or pass --data DIR",
            file=sys.stderr,
        )
        return 1
    gold = _load_json(truth_path)
    keys = sorted(gold)[: args.limit] if args.limit else sorted(gold)

    texts, elapsed, failures = run_ours(html_dir, keys)
    rows = [
        score_system(
            "claimledger (trafilatura)",
            gold,
            lambda key: texts[key],
            keys,
            args.bootstrap,
            len(keys) / elapsed if elapsed else None,
            failures,
        )
    ]
    for name in REFERENCES:
        path = args.data / "output" / f"{name}.json"
        if not path.is_file():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        version = data.get("version", "?") if isinstance(data, dict) else "?"
        outputs = _load_json(path)
        rows.append(
            score_system(
                f"ref: {name} {version}",
                gold,
                lambda key, outputs=outputs: (outputs.get(key) or {}).get("articleBody", "") or "",
                keys,
                args.bootstrap,
                failures=sum(not (outputs.get(k) or {}).get("articleBody") for k in keys),
            )
        )
    python = os.path.relpath(sys.executable) if sys.executable.startswith(os.getcwd()) else "python"
    script = os.path.relpath(__file__)
    command = " ".join([python, script, *(sys.argv[1:] if argv is None else argv)])
    print_table(rows, len(keys), command)
    return 0


if __name__ == "__main__":
    sys.exit(main())
