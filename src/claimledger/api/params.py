"""Query parameters shared by the endpoints, parsed into values or a 400 that says why."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from fastapi import Query

from claimledger.api.responses import ApiError, decode_next

MAX_LIMIT = 500
_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True)
class Paging:
    """Where a page starts and how many rows it holds."""

    offset: int
    limit: int


async def paging(
    limit: int = Query(100, ge=1, le=MAX_LIMIT, description="Rows per page (1-500)."),
    next: str | None = Query(None, description="The `next` token of the previous page."),
) -> Paging:
    """Return the page a request asks for; a bad ``next`` token is a 400.

    ``async`` though it never waits: FastAPI runs a plain function in the thread pool,
    and a hop there costs more than parsing two parameters.
    """
    return Paging(offset=decode_next(next) if next else 0, limit=limit)


def parse_day(value: str | None, name: str, *, is_end: bool = False) -> date | None:
    """Return the day ``value`` names (``2025``, ``2025-03`` or ``2025-03-18``), or ``None``.

    A year or month stands for its first day, or with ``is_end`` its last.
    Raises :class:`ApiError` (400) for anything else.
    """
    if value is None or value == "":
        return None
    match = _DAY.match(value.strip())
    try:
        if match is None:
            raise ValueError(value)
        year = int(match[1])
        month = int(match[2]) if match[2] else (12 if is_end else 1)
        if match[3]:
            return date(year, month, int(match[3]))
        last = calendar.monthrange(year, month)[1]
        return date(year, month, last if is_end else 1)
    except ValueError:
        raise ApiError(
            400, f"{name}={value!r} is not a date; use ISO 8601: 2025, 2025-03 or 2025-03-18"
        ) from None
