"""Clustering scores for coreference: B-cubed (Bagga & Baldwin 1998) and MUC (Vilain et al. 1995).

A clustering is any iterable of clusters, each an iterable of hashable items.
Items the response leaves out count as singletons of the response, so both
sides always cover the same items (the gold ones); response items absent from
gold are ignored, as with gold mentions they do not occur.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

Clusters = Iterable[Iterable[Hashable]]


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1."""

    p: float
    r: float

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def _index(clusters: Clusters, universe: set[Hashable] | None = None) -> dict[Hashable, int]:
    where: dict[Hashable, int] = {}
    for k, cluster in enumerate(clusters):
        for item in cluster:
            if universe is None or item in universe:
                where[item] = k
    if universe is not None:
        for n, item in enumerate(sorted(universe - where.keys(), key=repr)):
            where[item] = -1 - n  # a singleton of its own
    return where


def _groups(where: dict[Hashable, int]) -> dict[int, set[Hashable]]:
    out: dict[int, set[Hashable]] = {}
    for item, k in where.items():
        out.setdefault(k, set()).add(item)
    return out


def bcubed(gold: Clusters, response: Clusters) -> PRF:
    """Return B-cubed precision and recall, averaged over the gold items."""
    g = _index(gold)
    r = _index(response, set(g))
    g_groups, r_groups = _groups(g), _groups(r)
    p_sum = r_sum = 0.0
    for item in g:
        shared = len(g_groups[g[item]] & r_groups[r[item]])
        p_sum += shared / len(r_groups[r[item]])
        r_sum += shared / len(g_groups[g[item]])
    n = len(g) or 1
    return PRF(p_sum / n, r_sum / n)


def _muc_recall(key: dict[Hashable, int], other: dict[Hashable, int]) -> float:
    num = den = 0
    for items in _groups(key).values():
        parts = {other[i] for i in items}
        num += len(items) - len(parts)
        den += len(items) - 1
    return num / den if den else 0.0


def muc(gold: Clusters, response: Clusters) -> PRF:
    """Return MUC precision and recall (link-based; singletons add nothing)."""
    g = _index(gold)
    r = _index(response, set(g))
    return PRF(_muc_recall(r, g), _muc_recall(g, r))


def self_check() -> None:
    """Check the scorers on the textbook examples (raises AssertionError if wrong)."""
    # Vilain et al. 1995: key {A B C D}, response {A B} {C D}: R = 2/3, P = 1.
    s = muc([["A", "B", "C", "D"]], [["A", "B"], ["C", "D"]])
    assert abs(s.r - 2 / 3) < 1e-9 and abs(s.p - 1.0) < 1e-9, s
    # Bagga & Baldwin 1998, fig. 3: key {1-5} {6 7} {8-12}; response {1-5} {6-12}.
    key = [[1, 2, 3, 4, 5], [6, 7], [8, 9, 10, 11, 12]]
    b = bcubed(key, [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11, 12]])
    assert abs(b.r - 1.0) < 1e-9 and abs(b.p - (5 + 2 * 2 / 7 + 5 * 5 / 7) / 12) < 1e-9, b
    # All singletons against all singletons: B-cubed perfect, MUC undefined → 0.
    assert bcubed([[1], [2]], [[1], [2]]).f1 == 1.0
