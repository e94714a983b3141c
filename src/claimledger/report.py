"""The ledger as text a person reads: per article, who said what, when, in what role."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator
from typing import Any

from claimledger.records import Interval


def interval_text(interval: dict[str, Any] | Interval | None) -> str:
    """Return a short human form of an interval: ``2025-03-18``, ``2025-07-01..2025-12-31``.

    Open sides print as ``…``; an inferred value ends with ``(inferred)``.
    """
    if interval is None:
        return "undated"
    if isinstance(interval, Interval):
        start = interval.start.isoformat() if interval.start else None
        end = interval.end.isoformat() if interval.end else None
        granularity, inferred = interval.granularity, interval.is_inferred
    else:
        start, end = interval["start"], interval["end"]
        granularity, inferred = interval["granularity"], interval["inferred"]
    if start and start == end:
        text = start
    elif start is None and end is not None:
        text = f"by {end}"
    elif end is None and start is not None:
        text = f"since {start}"
    else:
        text = f"{start}..{end}"
    if granularity not in ("day", "time") and start != end:
        text += f" ({granularity})"
    return text + (" (inferred)" if inferred else "")


def _said_text(said: dict[str, Any] | None) -> str:
    if said is None:
        return "when: unknown"
    if said["start"] is None and said["inferred"]:
        return f"said by {said['end']} (published)"
    return f"said {interval_text(said)}"


def render(records: Iterable[dict[str, Any]], width: int = 100) -> Iterator[str]:
    """Yield the lines of a readable ledger from ledger-format records (documents first)."""
    wrap = textwrap.TextWrapper(width=width, initial_indent="      ", subsequent_indent="      ")
    for record in records:
        kind = record["type"]
        if kind == "document":
            yield ""
            title = record["title"] or record["source"]
            yield f"== {title}"
            meta = [f"id {record['id']}"]
            if record["outlet"]:
                meta.append(record["outlet"])
            meta.append(f"published {interval_text(record['published'])}")
            yield "   " + " · ".join(meta)
        elif kind == "attribution":
            speaker = record["speaker"]
            who = speaker["name"] if speaker else "(unattributed)"
            if speaker and speaker["vague"]:
                who += " [vague source]"
            if speaker and speaker["role"]:
                who += f", {speaker['role']}"
            if record["relay"]:
                who += f" (via {record['relay']['name']})"
            cue = record["cue"]["text"] if record["cue"] else "—"
            yield (
                f"  - {who} — {cue} [{record['kind']}, {record['certainty']}] "
                f"{_said_text(record['said'])}"
            )
            yield from wrap.wrap(f"“{record['content']['text']}”")
            yield f"      @ {record['content']['start']}-{record['content']['end']}"
        elif kind == "claim":
            about = record["about"]
            if about is not None:
                yield (
                    f"      claim: {record['subject'] or '?'} {record['predicate']} "
                    f"[{record['modality']}] about {interval_text(about)}"
                )
