"""Article metadata: parsing publication dates, and merging values by source.

Each reader collects metadata in *layers*, one per place it looked (the HTML
page, a sidecar, the command-line flags), weakest first. ``build_metadata``
lets later layers override earlier ones and records, for every field, which
source its value came from, so the ledger can say how a date was found.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from urllib.parse import urlsplit

from claimledger.records import DocumentMetadata, Interval, MetadataSource

__all__ = [
    "FIELDS",
    "Layer",
    "PublishedParseError",
    "build_metadata",
    "parse_published",
    "try_parse_published",
]

FIELDS = ("title", "outlet", "url", "author", "published", "language")

MetadataValue = str | Interval | None
Layer = tuple[MetadataSource, Mapping[str, MetadataValue]]

MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
MONTHS["sept"] = 9

_WEEKDAY_PREFIX = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I | re.A)
# A trailing clock time ("10:00", "10:00:00 GMT", "3:15 pm", "+0300") is allowed
# after written-out dates and ignored: the publication day is what we keep.
_CLOCK = (
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:[a-z]{1,5}|[+-]\d{2}:?\d{2}))?)?"
)
_ISO_YEAR = re.compile(r"(\d{4})", re.A)
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})", re.A)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.A)
_ISO_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?",
    re.A | re.I,
)
_DAY_MONTH_YEAR = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})" + _CLOCK, re.A | re.I
)
_MONTH_DAY_YEAR = re.compile(
    r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _CLOCK, re.A | re.I
)
_MONTH_YEAR = re.compile(r"([a-z]+)\.?,?\s+(\d{4})", re.A | re.I)


class PublishedParseError(ValueError):
    """A publication date we could not read; the message quotes the value and why."""


def _interval(
    year: int, month: int | None, day: int | None, source: MetadataSource, raw: str
) -> Interval:
    """Return the calendar interval for a year, month or day, checking it exists."""
    inferred = source == "inferred"
    try:
        if day is not None and month is not None:
            point = date(year, month, day)
            return Interval(point, point, "day", inferred)
        if month is not None:
            last = calendar.monthrange(year, month)[1]
            return Interval(date(year, month, 1), date(year, month, last), "month", inferred)
        return Interval(date(year, 1, 1), date(year, 12, 31), "year", inferred)
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise PublishedParseError(f"{raw!r} is not a calendar date ({exc})") from exc


def _month_number(name: str, raw: str) -> int:
    """Return the month number for an English month name or abbreviation."""
    try:
        return MONTHS[name.lower()]
    except KeyError:
        raise PublishedParseError(f"{raw!r}: {name!r} is not a month name") from None


def parse_published(value: str, source: MetadataSource = "inferred") -> Interval:
    """Parse a publication date into an ``Interval`` at the precision written.

    Accepts ISO dates and datetimes (``2025-03-18``, ``2025-03-18T10:00:00Z``),
    ``2025-03`` (month), ``2025`` (year), and English forms such as
    ``March 18, 2025``, ``18 March 2025``, ``Tue, 18 Mar 2025 10:00:00 GMT``
    and ``March 2025``. A datetime keeps the day as written (its own time
    zone). ``is_inferred`` is set when ``source`` is ``"inferred"``.
    Raises ``PublishedParseError`` (a ``ValueError``) for anything else.
    """
    if not isinstance(value, str):
        raise PublishedParseError(f"expected a date string, got {type(value).__name__}")
    raw = value.strip()
    if not raw:
        raise PublishedParseError("empty date")
    if match := _ISO_DATETIME.fullmatch(raw):
        try:
            datetime.fromisoformat(raw.replace(",", ".").upper())
        except ValueError as exc:
            raise PublishedParseError(f"{raw!r} is not a valid datetime ({exc})") from exc
        year, month, day = (int(group) for group in match.groups())
        return _interval(year, month, day, source, raw)
    if match := _ISO_DAY.fullmatch(raw):
        year, month, day = (int(group) for group in match.groups())
        return _interval(year, month, day, source, raw)
    if match := _ISO_MONTH.fullmatch(raw):
        return _interval(int(match[1]), int(match[2]), None, source, raw)
    if match := _ISO_YEAR.fullmatch(raw):
        return _interval(int(match[1]), None, None, source, raw)
    written = _WEEKDAY_PREFIX.sub("", raw, count=1)
    if match := _DAY_MONTH_YEAR.fullmatch(written):
        month = _month_number(match[2], raw)
        return _interval(int(match[3]), month, int(match[1]), source, raw)
    if match := _MONTH_DAY_YEAR.fullmatch(written):
        month = _month_number(match[1], raw)
        return _interval(int(match[3]), month, int(match[2]), source, raw)
    if match := _MONTH_YEAR.fullmatch(written):
        month = _month_number(match[1], raw)
        return _interval(int(match[2]), month, None, source, raw)
    raise PublishedParseError(
        f"{raw!r} is not a date; use YYYY-MM-DD, YYYY-MM, YYYY or 'March 18, 2025'"
    )


def try_parse_published(value: object, source: MetadataSource) -> Interval | None:
    """Return the parsed date, or ``None`` when ``value`` is missing or unreadable.

    For dates found by heuristics (HTML, feeds, WARC headers), where a bad value
    should not cost us the article.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return parse_published(value, source)
    except PublishedParseError:
        return None


def _outlet_from_url(url: str) -> str | None:
    """Return the host name of ``url`` without ``www.``, or ``None``."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def build_metadata(layers: Sequence[Layer]) -> DocumentMetadata:
    """Merge metadata layers (weakest first) into a ``DocumentMetadata``.

    Blank values are ignored; a ``published`` string is parsed with the source
    of its layer. When no outlet is known, the URL's host stands in for it,
    marked ``"inferred"``. Raises ``PublishedParseError`` for an unreadable
    ``published`` string.
    """
    values: dict[str, str | Interval] = {}
    sources: dict[str, MetadataSource] = {}
    for source, layer in layers:
        for name in FIELDS:
            value = layer.get(name)
            if isinstance(value, str):
                value = value.strip()
                if value and name == "published":
                    try:
                        value = parse_published(value, source)
                    except PublishedParseError as exc:
                        raise PublishedParseError(f"published (from {source}): {exc}") from exc
            if value:
                values[name] = value
                sources[name] = source
    if "outlet" not in values and isinstance(values.get("url"), str):
        host = _outlet_from_url(str(values["url"]))
        if host:
            values["outlet"] = host
            sources["outlet"] = "inferred"
    published = values.get("published")
    strings = {name: value for name, value in values.items() if isinstance(value, str)}
    return DocumentMetadata(
        title=strings.get("title"),
        outlet=strings.get("outlet"),
        url=strings.get("url"),
        author=strings.get("author"),
        published=published if isinstance(published, Interval) else None,
        language=strings.get("language"),
        sources=sources,
    )
