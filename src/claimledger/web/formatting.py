"""How dates and intervals read on a page: "18 Mar 2025", "Q3 2025", "by 31 Dec 2025"."""

from __future__ import annotations

from datetime import date
from typing import Any

_QUARTERS = {1: "Q1", 4: "Q2", 7: "Q3", 10: "Q4"}


def _day(value: date) -> str:
    return f"{value.day} {value:%b %Y}"


def _parse(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def interval_label(interval: dict[str, Any] | None) -> str:
    """Return how an interval dict (``start``, ``end``, ``granularity``) reads; "" for none."""
    if not interval:
        return ""
    start, end = _parse(interval.get("start")), _parse(interval.get("end"))
    granularity = interval.get("granularity")
    if start is None and end is None:
        return "undated"
    if start is None and end is not None:
        return f"by {_day(end)}"
    if end is None and start is not None:
        return f"since {_day(start)}"
    assert start is not None and end is not None
    if start == end:
        return _day(start)
    if granularity == "month" and start.day == 1:
        return f"{start:%b %Y}"
    if granularity == "quarter" and start.month in _QUARTERS:
        return f"{_QUARTERS[start.month]} {start.year}"
    if granularity == "half":
        return f"{'H1' if start.month == 1 else 'H2'} {start.year}"
    if granularity == "year" and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if granularity == "decade":
        return f"{start.year}s"
    return f"{_day(start)} – {_day(end)}"


def is_inferred(interval: dict[str, Any] | None) -> bool:
    """Whether part of the interval was inferred rather than written in the text."""
    return bool(interval and interval.get("inferred"))


def is_uncertain(interval: dict[str, Any] | None) -> bool:
    """Whether the interval is wider than one day or open on a side."""
    if not interval:
        return False
    return interval.get("start") is None or interval.get("start") != interval.get("end")
