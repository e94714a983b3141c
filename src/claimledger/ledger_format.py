"""The extract/export record shapes (``docs/ledger-format.md``), from records to JSON-ready dicts.

``claimledger extract`` and ``claimledger export`` both go through here, so a
stored ledger and a fresh extraction of the same text print the same records.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from claimledger import records as rec
from claimledger.identifiers import row_id

FORMAT_VERSION = "1.1"


def interval_dict(interval: rec.Interval | None) -> dict[str, Any] | None:
    """Return ``{start, end, granularity, inferred}`` with ISO dates, or ``None``."""
    if interval is None:
        return None
    return {
        "start": interval.start.isoformat() if interval.start else None,
        "end": interval.end.isoformat() if interval.end else None,
        "granularity": interval.granularity,
        "inferred": interval.is_inferred,
    }


def _span(span: rec.TextSpan | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": span.text, "start": span.start, "end": span.end}


def document_record(
    document_id: str,
    source: rec.SourceDocument,
    published: rec.Interval | None,
    published_evidence: rec.TextSpan | None = None,
    syndication_group: str | None = None,
    story: str | None = None,
) -> dict[str, Any]:
    """Return the ``document`` record."""
    meta = source.metadata
    sources = dict(meta.sources)
    if meta.published is None and published is not None:
        sources["published"] = "inferred"
    return {
        "type": "document",
        "id": document_id,
        "source": source.origin,
        "title": meta.title,
        "outlet": meta.outlet,
        "url": meta.url,
        "author": meta.author,
        "published": interval_dict(published),
        "published_evidence": _span(published_evidence),
        "metadata_sources": sources,
        "syndication_group": syndication_group,
        "story": story,
        "text": source.text,
    }


def document_records(
    document_id: str,
    source: rec.SourceDocument,
    annotations: rec.Annotations,
    *,
    mention_entity_ids: Sequence[str | None] = (),
    role_entity_ids: Sequence[str | None] = (),
    speaker_entity_ids: Sequence[str | None] = (),
    subject_entity_ids: Sequence[str | None] = (),
    claim_group_ids: Sequence[str | None] = (),
    syndication_group: str | None = None,
    story: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield the document record and then every record found in it, in text order."""
    published = source.metadata.published or annotations.published
    evidence = None if source.metadata.published else annotations.published_evidence
    yield document_record(document_id, source, published, evidence, syndication_group, story)

    def at(ids: Sequence[str | None], i: int) -> str | None:
        return ids[i] if i < len(ids) else None

    for i, m in enumerate(annotations.entities):
        yield {
            "type": "mention",
            "id": row_id(document_id, "entity_mention", i),
            "document_id": document_id,
            "entity_id": at(mention_entity_ids, i),
            "text": m.text,
            "label": m.label,
            "start": m.start,
            "end": m.end,
        }
    for i, r in enumerate(annotations.roles):
        yield {
            "type": "role",
            "id": row_id(document_id, "role", i),
            "document_id": document_id,
            "entity_id": at(role_entity_ids, i),
            "name": r.name,
            "role": r.role,
            "start": r.start,
            "end": r.end,
            "name_start": r.name_start,
            "name_end": r.name_end,
        }
    for i, t in enumerate(annotations.times):
        yield time_record(row_id(document_id, "time", i), document_id, t)
    for i, a in enumerate(annotations.attributions):
        yield attribution_record(
            row_id(document_id, "attribution", i), document_id, a, at(speaker_entity_ids, i)
        )
    for i, c in enumerate(annotations.claims):
        attribution_id = (
            row_id(document_id, "attribution", c.attribution) if c.attribution is not None else None
        )
        claim_id = row_id(document_id, "claim", i)
        record = claim_record(claim_id, document_id, c, attribution_id, at(subject_entity_ids, i))
        record["group_id"] = at(claim_group_ids, i)
        yield record


def time_record(id_: str, document_id: str, time: rec.TimeExpression) -> dict[str, Any]:
    """Return the ``time`` record."""
    interval = time.interval
    return {
        "type": "time",
        "id": id_,
        "document_id": document_id,
        "text": time.text,
        "start": time.start,
        "end": time.end,
        "value": time.value,
        "timex_type": time.type,
        "mod": time.mod,
        "interval": (
            {
                "start": interval.start.isoformat() if interval.start else None,
                "end": interval.end.isoformat() if interval.end else None,
            }
            if interval
            else None
        ),
        "granularity": interval.granularity if interval else None,
        "inferred": interval.is_inferred if interval else False,
        "anchor": time.anchor,
    }


def attribution_record(
    id_: str, document_id: str, attribution: rec.Attribution, speaker_entity_id: str | None
) -> dict[str, Any]:
    """Return the ``attribution`` record."""
    speaker = attribution.speaker
    relay = attribution.relay
    return {
        "type": "attribution",
        "id": id_,
        "document_id": document_id,
        "kind": attribution.kind,
        "start": attribution.start,
        "end": attribution.end,
        "speaker": (
            {
                "name": speaker.name,
                "start": speaker.start,
                "end": speaker.end,
                "mention": speaker.mention_text,
                "entity_id": speaker_entity_id,
                "role": speaker.role,
                "vague": speaker.is_vague,
            }
            if speaker
            else None
        ),
        "cue": _span(attribution.cue),
        "content": _span(attribution.content),
        "relay": {"name": relay.name, "start": relay.start, "end": relay.end} if relay else None,
        "said": interval_dict(attribution.said),
        "said_evidence": _span(attribution.said_evidence),
        "certainty": attribution.certainty,
    }


def claim_record(
    id_: str,
    document_id: str,
    claim: rec.Claim,
    attribution_id: str | None,
    subject_entity_id: str | None,
) -> dict[str, Any]:
    """Return the ``claim`` record."""
    return {
        "type": "claim",
        "id": id_,
        "document_id": document_id,
        "attribution_id": attribution_id,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "subject": claim.subject,
        "subject_entity_id": subject_entity_id,
        "predicate": claim.predicate,
        "arguments": list(claim.arguments),
        "modality": claim.modality,
        "polarity": claim.polarity,
        "about": interval_dict(claim.about),
        "about_evidence": _span(claim.about_evidence),
    }


def entity_record(
    id_: str, name: str, label: str, aliases: Sequence[str], documents: Sequence[str]
) -> dict[str, Any]:
    """Return the ``entity`` record."""
    return {
        "type": "entity",
        "id": id_,
        "name": name,
        "label": label,
        "aliases": list(aliases),
        "documents": list(documents),
    }


def link_record(
    id_: str,
    kind: str,
    from_claim: str,
    to_claim: str | None,
    on: str | None,
    detail: dict[str, object],
) -> dict[str, Any]:
    """Return the ``link`` record."""
    return {
        "type": "link",
        "id": id_,
        "kind": kind,
        "from": from_claim,
        "to": to_claim,
        "on": on,
        "detail": detail,
    }
