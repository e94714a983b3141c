"""Reading the ledger: the queries the CLI, the exporter, the API and the web UI share."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claimledger import records as rec
from claimledger.store import rows, schema


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A stored document rebuilt as records, with the entity ids its rows point to.

    Row ids follow :func:`claimledger.identifiers.row_id` by position, so the
    ``*_entity_ids`` tuples run parallel to the matching annotation tuples.
    """

    id: str
    source: rec.SourceDocument
    annotations: rec.Annotations
    mention_entity_ids: tuple[str, ...]
    role_entity_ids: tuple[str | None, ...]
    speaker_entity_ids: tuple[str | None, ...]
    subject_entity_ids: tuple[str | None, ...]
    claim_group_ids: tuple[str | None, ...]
    syndication_group: str | None
    story: str | None = None


@dataclass(frozen=True, slots=True)
class StoredEntity:
    """An entity with its name variants and the documents it appears in."""

    id: str
    name: str
    label: str
    aliases: tuple[str, ...]
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoredLink:
    """A relation between two claims."""

    id: str
    kind: str
    from_claim: str
    to_claim: str | None
    on: str | None
    detail: dict[str, object]


def _ordinal(row_id: str) -> int:
    return int(row_id.rsplit("-", 1)[1][1:])


def _by_ordinal(rows_: list[Any]) -> list[Any]:
    return sorted(rows_, key=lambda r: _ordinal(r.id))


def load_document(session: Session, document_id: str) -> StoredDocument | None:
    """Return one stored document with all its annotations, or ``None``."""
    doc = session.get(schema.Document, document_id)
    if doc is None:
        return None
    where = {"document_id": document_id}
    mentions = _by_ordinal(list(session.scalars(select(schema.EntityMention).filter_by(**where))))
    roles = _by_ordinal(list(session.scalars(select(schema.Role).filter_by(**where))))
    times = _by_ordinal(list(session.scalars(select(schema.TimeExpression).filter_by(**where))))
    atts = _by_ordinal(list(session.scalars(select(schema.Attribution).filter_by(**where))))
    claims = _by_ordinal(list(session.scalars(select(schema.Claim).filter_by(**where))))
    att_index = {a.id: i for i, a in enumerate(atts)}
    text = doc.text
    annotations = rec.Annotations(
        entities=tuple(rows.mention_record(m) for m in mentions),
        roles=tuple(rows.role_record(r) for r in roles),
        times=tuple(rows.time_record(t) for t in times),
        attributions=tuple(rows.attribution_record(a, text) for a in atts),
        claims=tuple(
            rows.claim_record(c, text, att_index.get(c.attribution_id or "")) for c in claims
        ),
        published=rows.interval_from(doc, "published"),
        published_evidence=(
            rec.TextSpan(
                doc.published_evidence_start,
                doc.published_evidence_end,
                text[doc.published_evidence_start : doc.published_evidence_end],
            )
            if doc.published_evidence_start is not None and doc.published_evidence_end is not None
            else None
        ),
    )
    return StoredDocument(
        id=doc.id,
        source=rec.SourceDocument(text=text, origin=doc.origin, metadata=rows.metadata_record(doc)),
        annotations=annotations,
        mention_entity_ids=tuple(m.entity_id for m in mentions),
        role_entity_ids=tuple(r.entity_id for r in roles),
        speaker_entity_ids=tuple(a.speaker_entity_id for a in atts),
        subject_entity_ids=tuple(c.subject_entity_id for c in claims),
        claim_group_ids=tuple(c.group_id for c in claims),
        syndication_group=doc.syndication_group,
        story=doc.story,
    )


def document_ids(session: Session) -> list[str]:
    """Return every stored document id, oldest publication first (undated last)."""
    order = func.coalesce(schema.Document.published_start, schema.Document.published_end)
    return list(
        session.scalars(
            select(schema.Document.id).order_by(order.is_(None), order, schema.Document.id)
        )
    )


def iter_documents(session: Session) -> Iterator[StoredDocument]:
    """Yield every stored document with its annotations."""
    for document_id in document_ids(session):
        stored = load_document(session, document_id)
        if stored is not None:
            yield stored


def iter_entities(session: Session) -> Iterator[StoredEntity]:
    """Yield every entity with its aliases and the documents that mention it."""
    aliases: dict[str, list[str]] = {}
    for entity_id, alias in session.execute(
        select(schema.EntityAlias.entity_id, schema.EntityAlias.alias).order_by(
            schema.EntityAlias.alias
        )
    ):
        aliases.setdefault(entity_id, []).append(alias)
    documents: dict[str, list[str]] = {}
    for entity_id, document_id in session.execute(
        select(schema.EntityMention.entity_id, schema.EntityMention.document_id)
        .distinct()
        .order_by(schema.EntityMention.document_id)
    ):
        documents.setdefault(entity_id, []).append(document_id)
    for entity in session.scalars(select(schema.Entity).order_by(schema.Entity.name)):
        yield StoredEntity(
            id=entity.id,
            name=entity.name,
            label=entity.label,
            aliases=tuple(aliases.get(entity.id, ())),
            documents=tuple(documents.get(entity.id, ())),
        )


def iter_links(session: Session) -> Iterator[StoredLink]:
    """Yield every link between claims."""
    for link in session.scalars(select(schema.Link).order_by(schema.Link.kind, schema.Link.id)):
        yield StoredLink(
            id=link.id,
            kind=link.kind,
            from_claim=link.from_claim_id,
            to_claim=link.to_claim_id,
            on=link.on,
            detail=dict(link.detail or {}),
        )


def counts(session: Session) -> dict[str, int]:
    """Return how many rows each ledger table holds."""
    tables = {
        "documents": schema.Document,
        "entities": schema.Entity,
        "attributions": schema.Attribution,
        "time_expressions": schema.TimeExpression,
        "claims": schema.Claim,
        "links": schema.Link,
    }
    return {
        name: session.scalar(select(func.count()).select_from(model)) or 0
        for name, model in tables.items()
    }
