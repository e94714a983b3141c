"""Store results to JSON-ready dicts, in the ``docs/ledger-format.md`` shapes.

The record shapes come from :mod:`claimledger.ledger_format`; listings add a
few fields that save a client a second request (``document_title``,
``statements``), never rename or drop one.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from claimledger import ledger_format as fmt
from claimledger.store import browse
from claimledger.store.queries import StoredDocument

_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return names


def jsonable(value: Any) -> Any:
    """Return ``value`` (dataclasses, dates, tuples, dicts) as plain JSON types."""
    # Scalars first: they are most of the values, and this runs for every field of every row.
    if value is None or isinstance(value, str | int | float):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: jsonable(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def document_summary(doc: browse.DocumentSummary) -> dict[str, Any]:
    """Return the ``document`` record without its text, with row counts."""
    meta = doc.metadata
    return {
        "type": "document",
        "id": doc.id,
        "source": doc.origin,
        "title": meta.title,
        "outlet": meta.outlet,
        "url": meta.url,
        "author": meta.author,
        "published": fmt.interval_dict(meta.published),
        "metadata_sources": dict(meta.sources),
        "syndication_group": doc.syndication_group,
        "attributions": doc.attributions,
        "claims": doc.claims,
    }


def document_detail(stored: StoredDocument) -> dict[str, Any]:
    """Return the ``document`` record with every annotation, grouped by type, in text order."""
    records = fmt.document_records(
        stored.id,
        stored.source,
        stored.annotations,
        mention_entity_ids=stored.mention_entity_ids,
        role_entity_ids=stored.role_entity_ids,
        speaker_entity_ids=stored.speaker_entity_ids,
        subject_entity_ids=stored.subject_entity_ids,
        claim_group_ids=stored.claim_group_ids,
        syndication_group=stored.syndication_group,
        story=stored.story,
    )
    document = next(records)
    groups: dict[str, list[dict[str, Any]]] = {
        "mentions": [],
        "roles": [],
        "times": [],
        "attributions": [],
        "claims": [],
    }
    plural = {"mention": "mentions", "role": "roles", "time": "times"}
    for record in records:
        groups[plural.get(record["type"], record["type"] + "s")].append(record)
    return {**document, **groups}


def entity(summary: browse.EntitySummary) -> dict[str, Any]:
    """Return the ``entity`` record with how many statements the entity makes."""
    record = fmt.entity_record(
        summary.id, summary.name, summary.label, summary.aliases, summary.documents
    )
    record["statements"] = summary.statements
    return record


def role(held: browse.HeldRole, entity_id: str) -> dict[str, Any]:
    """Return the ``role`` record, with the publication date of its document."""
    r = held.role
    return {
        "type": "role",
        "id": held.id,
        "document_id": held.document_id,
        "entity_id": entity_id,
        "name": r.name,
        "role": r.role,
        "start": r.start,
        "end": r.end,
        "name_start": r.name_start,
        "name_end": r.name_end,
        "published": fmt.interval_dict(held.published),
    }


def attribution(row: browse.AttributionRow) -> dict[str, Any]:
    """Return the ``attribution`` record, with its document's title and publication."""
    record = fmt.attribution_record(row.id, row.document_id, row.attribution, row.speaker_entity_id)
    record["document_title"] = row.document_title
    record["published"] = fmt.interval_dict(row.published)
    return record


def claim(row: browse.ClaimRow) -> dict[str, Any]:
    """Return the ``claim`` record, with its group, speaker and document title."""
    record = fmt.claim_record(
        row.id, row.document_id, row.claim, row.attribution_id, row.subject_entity_id
    )
    record["group_id"] = row.group_id
    record["speaker"] = row.speaker
    record["document_title"] = row.document_title
    return record
