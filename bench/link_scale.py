"""Link-stage scale: seconds and peak memory of ``Ledger.link()`` on a 10,000-article ledger.

The ledger is built cheaply and honestly: the first ``--base`` PolNeAR train
articles (../shared/data/polnear/train) are annotated once by the real
pipeline (spaCy and our components), then stored ``--docs`` times over
through the store API (``Store.add_document``) as replicas with small
changes: each replica appends one line to the text (a new document id, the
offsets of every annotation unchanged), and is published ``7 × k`` days
after its original. The model never runs on the replicas, so building costs
minutes, not hours. The replicas make the link stage's work heavy, not light:
every claim is repeated in ``docs / base`` articles (large same-groups), and
every article is a near-duplicate of others (large syndication groups).

The ledger is kept in ``--cache`` (built when missing) and copied before each
run, so the measured link is always the first link of a fresh ledger. The
link runs in a child process, so its peak RSS is the link stage's alone (not
the model's, loaded to build the ledger).

    .venv/bin/python bench/link_scale.py [--docs 10000] [--base 200] [--cache PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear"
CACHE = Path(tempfile.gettempdir()) / "claimledger-link-scale-{docs}-{base}.db"


def _base_sources(base: int) -> list:
    from claimledger.records import DocumentMetadata, Interval, SourceDocument

    published: dict[str, tuple[str, str]] = {}
    with (DATA / "metadata.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            published[row["filename"]] = (row["publication_date"], row["publisher"])
    sources = []
    for path in sorted((DATA / "train" / "text").glob("*.txt"))[:base]:
        day, outlet = published.get(path.stem, ("2016-01-01", "unknown"))
        when = date.fromisoformat(day)
        metadata = DocumentMetadata(
            outlet=outlet, published=Interval(when, when, "day"), sources={"published": "flag"}
        )
        sources.append(SourceDocument(path.read_text(encoding="utf-8"), str(path), metadata))
    return sources


def build(db: Path, docs: int, base: int) -> None:
    """Annotate ``base`` articles once and store ``docs`` replicas of them at ``db``."""
    from claimledger.config import load_settings
    from claimledger.ingest import document_id
    from claimledger.ledger import annotate_sources
    from claimledger.link.entities import plan_entities, settle_labels
    from claimledger.records import Interval
    from claimledger.store import Store

    started = time.perf_counter()
    annotated = list(annotate_sources(_base_sources(base), load_settings()))
    print(f"annotated {len(annotated)} base articles in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)  # fmt: skip
    store = Store.open(str(db))
    written = 0
    k = 0
    while written < docs:
        for _id, source, found in annotated:
            if written >= docs:
                break
            text = f"{source.text}\n\n(Replica {k} of this article.)\n"
            shift = timedelta(days=7 * k)
            day = source.metadata.published.start + shift
            copy = replace(
                source,
                text=text,
                origin=f"{source.origin}#{k}",
                metadata=replace(source.metadata, published=Interval(day, day, "day")),
            )
            plan = plan_entities(found)
            store.add_document(document_id(text), copy, settle_labels(found, plan), plan)
            written += 1
        k += 1
        print(f"stored {written} documents ({time.perf_counter() - started:.0f} s)",
              file=sys.stderr)  # fmt: skip
    store.close()


def link_once(db: Path) -> None:
    """Link ``db`` and print seconds and peak RSS as JSON (run in a child process)."""
    from claimledger.ledger import Ledger

    # create=True migrates a cached ledger built at an older schema; linking is what is timed.
    with Ledger.open(str(db), create=True) as ledger:
        started = time.perf_counter()
        plan = ledger.link()
        seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    kinds: dict[str, int] = {}
    for link in plan.links:
        kinds[link.kind] = kinds.get(link.kind, 0) + 1
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_rss": peak,
                "merges": len(plan.merges),
                "groups": len(plan.groups),
                "syndicated": sum(1 for g in plan.syndication.values() if g),
                "links": kinds,
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--base", type=int, default=200)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--link-only", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.link_only:
        link_once(args.link_only)
        return 0
    if not (DATA / "train" / "text").is_dir():
        print(f"error: {DATA}: PolNeAR not found (see ../shared/data/README.md)", file=sys.stderr)
        return 1
    cache = args.cache or Path(str(CACHE).format(docs=args.docs, base=args.base))
    if not cache.exists():
        partial = cache.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build(partial, args.docs, args.base)
        partial.rename(cache)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "ledger.db"
        shutil.copy(cache, db)
        child = subprocess.run(
            [sys.executable, __file__, "--link-only", str(db)],
            capture_output=True,
            text=True,
            check=False,
        )
    if child.returncode != 0:
        print(child.stderr, file=sys.stderr)
        return 1
    found = json.loads(child.stdout.strip().splitlines()[-1])
    links = ", ".join(f"{n} {kind}" for kind, n in sorted(found["links"].items()))
    print("| documents | base articles | link seconds | peak RSS (MiB) | merges | groups | links |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    print(
        f"| {args.docs} | {args.base} | {found['seconds']:.1f} | "
        f"{found['peak_rss'] / 2**20:.0f} | {found['merges']} | {found['groups']} | {links} |"
    )
    print(f"\nsyndicated documents: {found['syndicated']}; ledger cached at {cache}")
    print(f"reproduce: .venv/bin/python bench/link_scale.py --docs {args.docs} --base {args.base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
