"""Quality floor: HTML extraction must not regress on a small dev sample of gold pages.

Uses the scorer of ``bench/html_extraction.py`` on the first pages of the Zyte
article-extraction benchmark. Skipped, saying why, when the data is absent.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "html_extraction.py"
SAMPLE = 25
# Pinned a little under what the sample scores today (F1 0.964), so noise from
# library upgrades passes and a real regression does not.
F1_FLOOR = 0.93


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_html_extraction", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_extraction_f1_stays_above_the_floor_on_a_dev_sample() -> None:
    bench = _load_bench()
    data: Path = bench.DEFAULT_DATA
    if not (data / "ground-truth.json").is_file():
        pytest.skip(f"article-extraction benchmark data not found in {data}")
    gold = bench._load_json(data / "ground-truth.json")
    keys = sorted(gold)[:SAMPLE]
    texts, _, failures = bench.run_ours(data / "html", keys)
    row = bench.score_system("ours", gold, lambda key: texts[key], keys, rounds=0)
    assert failures == 0
    assert row.f1 >= F1_FLOOR, f"F1 {row.f1:.3f} fell below the floor {F1_FLOOR}"


def test_scorer_counts_shingles_as_the_benchmark_defines() -> None:
    bench = _load_bench()
    gold = "Volfovich said the sites for the Oreshnik were prepared"
    assert bench.page_counts(gold, gold) == (1.0, 0.0, 0.0)
    tp, fp, fn = bench.page_counts(gold, "Volfovich said the sites")
    assert (tp, fp) == (1 / 6, 0.0)  # 9 tokens make 6 shingles; one is shared
    assert fn == pytest.approx(5 / 6)
    assert bench.scores([(0.0, 0.0, 1.0)]) == (0.0, 0.0, 0.0)
