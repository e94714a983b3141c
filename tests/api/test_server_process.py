"""What a serving process holds: only what reading a ledger needs, and a frozen start-up heap."""

from __future__ import annotations

import gc
import subprocess
import sys
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from claimledger.api import create_app

from .sample import SampleIds

# The libraries of ingest and link: seconds of import and ~40,000 objects a reader never uses.
INGEST_ONLY = ("trafilatura", "lxml", "datasketch", "numpy", "scipy", "feedparser", "warcio")


def test_the_app_does_not_import_the_ingest_and_link_libraries(
    sample_db: tuple[str, SampleIds],
) -> None:
    script = (
        "import sys\n"
        "from claimledger.api import create_app\n"
        f"create_app({sample_db[0]!r})\n"
        f"print(' '.join(m for m in {INGEST_ONLY!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []


def test_the_package_root_still_offers_the_ledger() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from claimledger import Ledger, extract; print(Ledger.__name__)"],
        capture_output=True,
        text=True,
    )
    assert done.stdout.strip() == "Ledger", done.stderr


def test_the_start_up_heap_is_frozen_out_of_collections(
    sample_db: tuple[str, SampleIds],
) -> None:
    gc.unfreeze()  # other tests' apps froze this process's heap already
    assert gc.get_freeze_count() == 0
    try:
        with TestClient(create_app(sample_db[0])) as client:
            assert client.get("/api/documents").status_code == 200
            assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
