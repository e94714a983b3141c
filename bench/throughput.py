"""Ingest throughput beside a bare ``nlp.pipe`` over the same texts with the same model.

Reads the PolNeAR train texts (840 articles) from ../shared/data, then times:

- bare:    ``spacy.load(model)`` as shipped, ``list(nlp.pipe(texts))``;
- ingest:  ``Ledger.ingest`` into a fresh SQLite ledger: reading the files,
           our full pipeline, entity planning, one transaction per document,
           and cross-document linking.

The ratio ingest/bare is the figure that matters (the issue aims for ≥ 0.8).
Each is run once after a warm-up on a few texts. Both wall seconds and CPU
seconds of this process are printed: spaCy runs on one core, so on a busy
machine the wall ratio drifts with the load while the CPU ratio stays put.

    .venv/bin/python bench/throughput.py [--data DIR] [--limit N] [--model NAME]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import spacy

from claimledger.config import DEFAULT_MODEL
from claimledger.ledger import Ledger

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "train"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()
    folder = args.data / "text"
    if not folder.is_dir():
        print(
            f"error: {folder}: PolNeAR texts not found (see ../shared/data/README.md)",
            file=sys.stderr,
        )
        return 1
    paths = sorted(folder.glob("*.txt"))[: args.limit]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)

    nlp = spacy.load(args.model)
    list(nlp.pipe(texts[:5]))
    started, cpu = time.perf_counter(), time.process_time()
    list(nlp.pipe(texts, batch_size=64))
    bare, bare_cpu = time.perf_counter() - started, time.process_time() - cpu

    with tempfile.TemporaryDirectory() as tmp:
        # Warm up the pipeline (model load, first batch) outside the timing.
        with Ledger.open(str(Path(tmp) / "warm.db"), model=args.model) as ledger:
            ledger.ingest([str(p) for p in paths[:5]])
        with Ledger.open(str(Path(tmp) / "ledger.db"), model=args.model) as ledger:
            started, cpu = time.perf_counter(), time.process_time()
            report = ledger.ingest([str(folder)] if args.limit is None else [str(p) for p in paths])
            ingest, ingest_cpu = time.perf_counter() - started, time.process_time() - cpu
    if report.failed:
        print(f"warning: {len(report.failed)} articles failed to ingest", file=sys.stderr)

    n = len(texts)
    print(f"Throughput on {n} PolNeAR train articles ({words} words), model {args.model}\n")
    print(f"{'run':<34}{'seconds':>9}{'articles/s':>12}{'words/s':>10}{'CPU s':>9}")
    print("-" * 74)
    for name, seconds, cpu_seconds in (
        ("bare nlp.pipe (model as shipped)", bare, bare_cpu),
        ("claimledger ingest", ingest, ingest_cpu),
    ):
        print(
            f"{name:<34}{seconds:>9.1f}{n / seconds:>12.1f}{words / seconds:>10.0f}"
            f"{cpu_seconds:>9.1f}"
        )
    print(f"\nratio ingest/bare: {bare / ingest:.2f} (wall), {bare_cpu / ingest_cpu:.2f} (CPU)")
    limit = "" if args.limit is None else f" --limit {args.limit}"
    print(f"Reproduce: .venv/bin/python bench/throughput.py{limit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
