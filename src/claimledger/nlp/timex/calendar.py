"""Calendar periods: their TimeML values, their day intervals, and moving between them.

A period is named by a granularity and the day it contains; every function
here is pure and total for dates inside ``date.min``..``date.max`` (callers
catch ``OverflowError``/``ValueError`` at the edge of the calendar).
"""

from __future__ import annotations

import calendar as _stdcal
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from claimledger.nlp.timex.tables import SEASON_MONTHS
from claimledger.records import Granularity, Interval


def month_end(year: int, month: int) -> date:
    """Return the last day of ``month`` in ``year``."""
    return date(year, month, _stdcal.monthrange(year, month)[1])


def span_of(unit: Granularity, day: date) -> tuple[date, date]:
    """Return the first and last day of the ``unit`` period that contains ``day``.

    Raises ``ValueError`` for a unit that is not a calendar period (``era``, ``time``).
    """
    y = day.year
    if unit in ("day", "time"):
        return day, day
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return day.replace(day=1), month_end(y, day.month)
    if unit == "quarter":
        first = 3 * ((day.month - 1) // 3) + 1
        return date(y, first, 1), month_end(y, first + 2)
    if unit == "half":
        first = 1 if day.month <= 6 else 7
        return date(y, first, 1), month_end(y, first + 5)
    if unit == "year":
        return date(y, 1, 1), date(y, 12, 31)
    if unit == "decade":
        return date(y - y % 10, 1, 1), date(y - y % 10 + 9, 12, 31)
    if unit == "century":
        return date(y - y % 100, 1, 1), date(y - y % 100 + 99, 12, 31)
    raise ValueError(f"{unit!r} is not a calendar period")


def value_of(unit: Granularity, day: date) -> str:
    """Return the TimeML value of the ``unit`` period that contains ``day``."""
    y = day.year
    if unit in ("day", "time"):
        return day.isoformat()
    if unit == "week":
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if unit == "month":
        return f"{y:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{y:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{y:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "year":
        return f"{y:04d}"
    if unit == "decade":
        return f"{y // 10:03d}X"
    if unit == "century":
        return f"{y // 100:02d}"
    raise ValueError(f"{unit!r} is not a calendar period")


def period(unit: Granularity, day: date, *, is_inferred: bool = False) -> tuple[str, Interval]:
    """Return the TimeML value and the interval of the ``unit`` period containing ``day``."""
    start, end = span_of(unit, day)
    return value_of(unit, day), Interval(start, end, unit, is_inferred)


def season(year: int, code: str, *, is_inferred: bool = False) -> tuple[str, Interval]:
    """Return the value (``2025-SU``) and interval of a season; winter runs into ``year + 1``."""
    first, last = SEASON_MONTHS[code]
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    interval = Interval(date(year, first, 1), month_end(end_year, end_month), "season", is_inferred)
    return f"{year:04d}-{code}", interval


def shift(day: date, unit: Granularity, count: int) -> date:
    """Return ``day`` moved by ``count`` units (calendar-aware for months and years)."""
    if unit in ("day", "time"):
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12}
    if unit in months:
        return day + relativedelta(months=months[unit] * count)
    if unit == "decade":
        return day + relativedelta(years=10 * count)
    if unit == "century":
        return day + relativedelta(years=100 * count)
    raise ValueError(f"cannot move by {unit!r}")


def narrow(interval: Interval, low: float, high: float) -> Interval:
    """Return the part of ``interval`` between fractions ``low`` and ``high`` of its days.

    Used for fuzzy positions ("late 2024" is the last third of 2024). Periods
    of three months or more are cut at month boundaries; a month is cut in
    days ("late March" is 22-31 March). Open intervals come back unchanged:
    there is nothing to take a fraction of.
    """
    if interval.start is None or interval.end is None:
        return interval
    first, last = interval.start, interval.end
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    whole = first.day == 1 and last == month_end(last.year, last.month)
    if whole and months >= 3:
        # A part of a quarter, season, year or decade is told in whole months:
        # "late 2024" is September to December, "early 2025" January to April.
        low_m = round(months * low)
        high_m = max(round(months * high), low_m + 1)
        start = first + relativedelta(months=low_m)
        end_first = first + relativedelta(months=high_m - 1)
        end = month_end(end_first.year, end_first.month)
        return Interval(start, end, interval.granularity, interval.is_inferred)
    days = (interval.end - interval.start).days + 1
    start = interval.start + timedelta(days=round(days * low))
    end = interval.start + timedelta(days=max(round(days * high) - 1, 0))
    return Interval(start, max(start, end), interval.granularity, interval.is_inferred)


def covering_value(start: date, end: date) -> str:
    """Return the narrowest TimeML year/decade/century value that covers ``start``..``end``."""
    if start.year == end.year:
        return f"{start.year:04d}"
    if start.year // 10 == end.year // 10:
        return f"{start.year // 10:03d}X"
    if start.year // 100 == end.year // 100:
        return f"{start.year // 100:02d}"
    return "XXXX"
