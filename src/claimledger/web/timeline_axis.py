"""Place intervals on one horizontal axis: where each bar starts, how wide, which sides are open.

Positions are percentages of the axis width, so the page draws them with
SVG attributes (no inline styles, which the Content-Security-Policy forbids).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

MIN_WIDTH = 0.6  # percent: a single day still shows as a mark


@dataclass(frozen=True, slots=True)
class Bar:
    """Where one interval sits on the axis."""

    x: float
    width: float
    is_open_start: bool
    is_open_end: bool
    is_point: bool


@dataclass(frozen=True, slots=True)
class Tick:
    """A labelled position on the axis."""

    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Axis:
    """The axis's range, its ticks, and one bar (or ``None`` for undated) per row."""

    start: date | None
    end: date | None
    ticks: tuple[Tick, ...]
    bars: tuple[Bar | None, ...]


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def layout(intervals: Sequence[dict[str, Any] | None]) -> Axis:
    """Return the axis that holds every interval (``start``/``end`` ISO or ``None``)."""
    days = [
        d
        for i in intervals
        if i
        for d in (_day(i.get("start")), _day(i.get("end")))
        if d is not None
    ]
    if not days:
        return Axis(None, None, (), tuple(None for _ in intervals))
    lo, hi = min(days), max(days)
    # A margin each side so open-ended bars have somewhere to fade to.
    span = max((hi - lo).days, 30)
    lo, hi = lo - timedelta(days=span // 12 + 1), hi + timedelta(days=span // 12 + 1)
    total = (hi - lo).days

    def pos(day: date) -> float:
        return round(100 * (day - lo).days / total, 3)

    bars: list[Bar | None] = []
    for i in intervals:
        start, end = (_day(i.get("start")), _day(i.get("end"))) if i else (None, None)
        if start is None and end is None:
            bars.append(None)
            continue
        x0 = pos(start) if start else 0.0
        x1 = pos(end + timedelta(days=1)) if end else 100.0
        width = max(x1 - x0, MIN_WIDTH)
        bars.append(
            Bar(
                x=min(x0, 100 - MIN_WIDTH),
                width=width,
                is_open_start=start is None,
                is_open_end=end is None,
                is_point=start is not None and start == end,
            )
        )
    return Axis(lo, hi, tuple(_ticks(lo, hi, pos)), tuple(bars))


def _ticks(lo: date, hi: date, pos: Any) -> list[Tick]:
    months = (hi.year - lo.year) * 12 + hi.month - lo.month
    step = next(s for s in (1, 2, 3, 6, 12, 24, 60, 120, 1200) if months / s <= 8)
    ticks: list[Tick] = []
    year, month = lo.year, lo.month + 1
    if month > 12:
        year, month = year + 1, 1
    while date(year, month, 1) <= hi:
        index = year * 12 + month - 1
        if index % step == 0:
            day = date(year, month, 1)
            label = str(year) if step >= 12 or month == 1 else f"{day:%b %Y}"
            ticks.append(Tick(pos(day), label))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return ticks
