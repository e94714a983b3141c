"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``): every entry with text is an article.

feedparser reads the feed (and its declared encoding) and sanitizes entry
HTML. Full content (``content:encoded``, Atom ``content``) is preferred over
the summary. HTML goes through the page extractor; when that finds nothing
(feed snippets are often too short for it), the tags are stripped instead,
keeping one paragraph per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

import feedparser  # type: ignore[import-untyped]
import lxml.etree  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]

from claimledger.errors import IngestError
from claimledger.ingest.html import extract_html
from claimledger.ingest.metadata import (
    Layer,
    MetadataValue,
    build_metadata,
    try_parse_published,
)
from claimledger.records import Interval, SourceDocument

__all__ = ["entry_text", "read_feed", "strip_tags"]

# Tags after which a line ends; the rest of the markup is inline.
_BLOCK_END = re.compile(
    r"<\s*(?:br\s*/?|/p|/div|/li|/h[1-6]|/blockquote|/tr|/pre|/section|/article)\s*>", re.I
)
_ANY_TAG = re.compile(r"<[^>]*>")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def strip_tags(markup: str) -> str:
    """Return the text of an HTML fragment, one paragraph per line, spaces folded."""
    marked = _BLOCK_END.sub("\n", markup)
    try:
        text = lxml.html.fragment_fromstring(marked, create_parent="div").text_content()
    except (lxml.etree.ParserError, ValueError):
        # lxml refuses some fragments (only whitespace, odd encodings); a crude
        # strip loses nothing of the words.
        text = _ANY_TAG.sub("", marked)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def entry_text(entry: Mapping[str, Any]) -> str:
    """Return the main text of a feed entry (full content over summary), or ``""``."""
    candidates: list[Mapping[str, Any]] = list(entry.get("content") or [])
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates.append({"value": entry["summary"], "type": detail.get("type", "text/html")})
    for candidate in candidates:
        value = candidate.get("value") or ""
        if not value.strip():
            continue
        if str(candidate.get("type", "")).lower() in _HTML_TYPES or "<" in value:
            extraction = extract_html(value)
            text = extraction.text if extraction else strip_tags(value)
        else:
            text = value.strip()
        if text:
            return text
    return ""


def _entry_published(entry: Mapping[str, Any]) -> Interval | None:
    """Return the entry's date: as written if we can read it, else feedparser's UTC parse."""
    for key in ("published", "updated", "created"):
        parsed = try_parse_published(entry.get(key), "feed")
        if parsed:
            return parsed
    for key in ("published_parsed", "updated_parsed"):
        stamp = entry.get(key)
        if stamp:
            try:
                day = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
            except ValueError:
                continue
            return Interval(day, day, "day")
    return None


def read_feed(path: str, overrides: Sequence[Layer] = ()) -> Iterator[SourceDocument | IngestError]:
    """Yield a document for every entry with text in the feed at ``path``.

    Origins are ``PATH:N`` with ``N`` the entry's position (1-based). Entries
    without content or summary are skipped; a file that is not a feed, or a
    feed with no entry that has text, is an error.
    """
    with open(path, "rb") as handle:
        data = handle.read()
    if not data.strip():
        yield IngestError(path, "empty file")
        return
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        yield IngestError(path, f"not an RSS or Atom feed{detail}")
        return
    feed: Mapping[str, Any] = parsed.get("feed") or {}
    channel: dict[str, MetadataValue] = {
        "outlet": feed.get("title"),
        "language": feed.get("language"),
    }
    found = 0
    for number, entry in enumerate(parsed.entries, start=1):
        text = entry_text(entry)
        if not text:
            continue
        found += 1
        item: dict[str, MetadataValue] = {
            "title": entry.get("title"),
            "url": entry.get("link"),
            "author": entry.get("author"),
            "published": _entry_published(entry),
        }
        # Dates here are already Intervals, so building cannot fail on them.
        metadata = build_metadata([("feed", channel), ("feed", item), *overrides])
        yield SourceDocument(text=text, origin=f"{path}:{number}", metadata=metadata)
    if not found:
        yield IngestError(path, f"no entry with content or summary among {len(parsed.entries)}")
