"""What the link stage reads from the ledger, and the one transaction that writes its result.

The link package works on plain records (:class:`Corpus` in, :class:`LinkPlan`
out) and never sees SQL; this module is the only place that turns them into
queries. :func:`replace_links` swaps the previous linking result for a new
one atomically, so running the link stage twice gives the same ledger.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from claimledger import records as rec
from claimledger.identifiers import name_key
from claimledger.store import entity_claims, rows, schema


@dataclass(frozen=True, slots=True)
class LinkClaim:
    """A stored claim with what linking needs: its speaker, when it was said, its time."""

    id: str
    document_id: str
    attribution_id: str | None
    start: int
    end: int
    text: str
    subject: str | None
    subject_entity_id: str | None
    predicate: str
    arguments: tuple[str, ...]
    modality: str
    polarity: str
    about: rec.Interval | None
    about_evidence: tuple[int, int] | None
    speaker: str | None
    said: rec.Interval | None
    said_evidence: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class LinkMention:
    """Where an entity is named: enough to weigh its label by the words around it."""

    entity_id: str
    document_id: str
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class LinkEntity:
    """A stored entity and its name variants."""

    id: str
    name: str
    label: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LinkDocument:
    """A stored document: text, publication time, and its time expressions by offsets."""

    id: str
    text: str
    published: rec.Interval | None
    times: dict[tuple[int, int], rec.TimeExpression] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LinkAttribution:
    """A stored attribution: its span, where its content starts, and when it was said."""

    id: str
    document_id: str
    start: int
    end: int
    content_start: int
    content_end: int
    said: rec.Interval | None
    said_evidence: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class Corpus:
    """Everything the link stage reads, in one pass over the ledger.

    ``speaker_entities`` holds every entity that speaks or holds a role;
    ``role_holders`` only those that hold a title (only people do).
    """

    documents: dict[str, LinkDocument]
    claims: list[LinkClaim]
    entities: dict[str, LinkEntity]
    mentions: list[LinkMention]
    speaker_entities: frozenset[str]
    role_holders: frozenset[str] = frozenset()
    attributions: dict[str, LinkAttribution] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EntityMerge:
    """Entities that are one real thing: ``merged`` fold into ``survivor``, labelled ``label``."""

    survivor: str
    label: str
    merged: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NewGroup:
    """Claims in several articles that say the same thing."""

    id: str
    label: str
    claim_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NewLink:
    """A relation between two claims.

    ``to_claim`` is ``None`` for a forecast ``missed`` (nothing reported); a
    forecast still open has no link at all.
    """

    kind: str
    from_claim: str
    to_claim: str | None
    on: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """A stable id: the same link found twice has the same id."""
        key = f"{self.kind}|{self.from_claim}|{self.to_claim}|{self.on}"
        return "l-" + hashlib.sha1(key.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class LinkPlan:
    """The whole result of linking the ledger, written by :func:`replace_links`."""

    syndication: dict[str, str | None] = field(default_factory=dict)
    stories: dict[str, str] = field(default_factory=dict)
    merges: tuple[EntityMerge, ...] = ()
    claim_subjects: dict[str, str] = field(default_factory=dict)
    claim_about: dict[str, rec.Interval | None] = field(default_factory=dict)
    attribution_said: dict[str, rec.Interval | None] = field(default_factory=dict)
    groups: tuple[NewGroup, ...] = ()
    links: tuple[NewLink, ...] = ()


def _rows(session: Session, *columns: Any) -> Iterator[Any]:
    """Plain rows, not ORM objects: a 10,000-article ledger is millions of values to read."""
    return iter(session.execute(select(*columns)))


def load_corpus(session: Session) -> Corpus:
    """Read what linking needs from every stored document, claim and entity."""
    times, attribution_table, claim_table = (
        schema.TimeExpression.__table__,
        schema.Attribution.__table__,
        schema.Claim.__table__,
    )
    d = schema.Document.__table__.c
    published = (d.published_start, d.published_end, d.published_granularity, d.published_inferred)
    documents = {
        row.id: LinkDocument(row.id, row.text, rows.interval_from(row, "published"), {})
        for row in _rows(session, d.id, d.text, *published)
    }
    for row in _rows(session, times):
        documents[row.document_id].times[(row.start, row.end)] = rows.time_record(row)
    attributions = {row.id: row for row in _rows(session, attribution_table)}
    claims = []
    for row in session.execute(select(claim_table).order_by(claim_table.c.id)):
        attribution = attributions.get(row.attribution_id or "")
        claims.append(
            LinkClaim(
                id=row.id,
                document_id=row.document_id,
                attribution_id=row.attribution_id,
                start=row.start,
                end=row.end,
                text=row.text,
                subject=row.subject,
                subject_entity_id=row.subject_entity_id,
                predicate=row.predicate,
                arguments=tuple(row.arguments or ()),
                modality=row.modality,
                polarity=row.polarity,
                about=rows.interval_from(row, "about"),
                about_evidence=_pair(row.about_evidence_start, row.about_evidence_end),
                speaker=attribution.speaker_name if attribution is not None else None,
                said=rows.interval_from(attribution, "said") if attribution is not None else None,
                said_evidence=(
                    _pair(attribution.said_evidence_start, attribution.said_evidence_end)
                    if attribution is not None
                    else None
                ),
            )
        )
    aliases: dict[str, list[str]] = {}
    for entity_id, alias in _rows(session, schema.EntityAlias.entity_id, schema.EntityAlias.alias):
        aliases.setdefault(entity_id, []).append(alias)
    entities = {
        row.id: LinkEntity(row.id, row.name, row.label, tuple(sorted(aliases.get(row.id, ()))))
        for row in _rows(
            session, schema.Entity.__table__.c.id, schema.Entity.name, schema.Entity.label
        )
    }
    mentions = [
        LinkMention(*row)
        for row in _rows(
            session,
            schema.EntityMention.entity_id,
            schema.EntityMention.document_id,
            schema.EntityMention.start,
            schema.EntityMention.end,
            schema.EntityMention.label,
        )
    ]
    speakers = frozenset(
        row.speaker_entity_id for row in attributions.values() if row.speaker_entity_id
    )
    roles = frozenset(
        id_
        for id_ in session.scalars(
            select(schema.Role.entity_id).where(schema.Role.entity_id.is_not(None))
        )
        if id_ is not None
    )
    linked_attributions = {
        row.id: LinkAttribution(
            id=row.id,
            document_id=row.document_id,
            start=row.start,
            end=row.end,
            content_start=row.content_start,
            content_end=row.content_end,
            said=rows.interval_from(row, "said"),
            said_evidence=_pair(row.said_evidence_start, row.said_evidence_end),
        )
        for row in attributions.values()
    }
    return Corpus(
        documents, claims, entities, mentions, speakers | roles, roles, linked_attributions
    )


def _pair(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None else (start, end)


def replace_links(session: Session, plan: LinkPlan) -> None:
    """Replace the previous linking result with ``plan``, inside the caller's transaction."""
    entity_claims.clear(session)
    session.execute(update(schema.Claim).values(group_id=None))
    session.execute(delete(schema.Link))
    session.execute(delete(schema.ClaimGroup))
    _write_syndication(session, plan.syndication)
    _write_stories(session, plan.stories)
    for merge in plan.merges:
        _merge_entities(session, merge)
    # One executemany per column set (ORM bulk UPDATE by primary key), not a statement per row.
    claim_updates: dict[str, dict[str, Any]] = {}
    for claim_id, entity_id in plan.claim_subjects.items():
        claim_updates.setdefault(claim_id, {})["subject_entity_id"] = entity_id
    for claim_id, interval in plan.claim_about.items():
        claim_updates.setdefault(claim_id, {}).update(rows.interval_columns("about", interval))
    for group in plan.groups:
        for claim_id in group.claim_ids:
            claim_updates.setdefault(claim_id, {})["group_id"] = group.id
    if plan.groups:
        session.execute(
            insert(schema.ClaimGroup), [{"id": g.id, "label": g.label[:1000]} for g in plan.groups]
        )
    _bulk_update(session, schema.Claim, claim_updates)
    _bulk_update(
        session,
        schema.Attribution,
        {id_: rows.interval_columns("said", i) for id_, i in plan.attribution_said.items()},
    )
    if plan.links:
        unique = {link.id: link for link in plan.links}
        session.execute(
            insert(schema.Link),
            [
                {
                    "id": id_,
                    "kind": link.kind,
                    "from_claim_id": link.from_claim,
                    "to_claim_id": link.to_claim,
                    "on": link.on,
                    "detail": link.detail,
                }
                for id_, link in unique.items()
            ],
        )
    entity_claims.rebuild(session)


def _bulk_update(session: Session, model: Any, updates: dict[str, dict[str, Any]]) -> None:
    """Update rows of ``model`` by id, one executemany per set of columns changed."""
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for id_, values in sorted(updates.items()):
        by_columns.setdefault(tuple(sorted(values)), []).append({"id": id_, **values})
    for batch in by_columns.values():
        session.execute(update(model), batch)


def _write_syndication(session: Session, groups: dict[str, str | None]) -> None:
    session.execute(update(schema.Document).values(syndication_group=None))
    _bulk_update(
        session,
        schema.Document,
        {id_: {"syndication_group": group} for id_, group in groups.items() if group is not None},
    )


def _write_stories(session: Session, stories: dict[str, str]) -> None:
    session.execute(update(schema.Document).values(story=None))
    _bulk_update(session, schema.Document, {id_: {"story": s} for id_, s in stories.items()})


def _merge_entities(session: Session, merge: EntityMerge) -> None:
    """Point every row at the survivor, move the aliases over, and drop the merged entities."""
    survivor, merged = merge.survivor, list(merge.merged)
    session.execute(
        update(schema.Entity).where(schema.Entity.id == survivor).values(label=merge.label)
    )
    if merged:
        for model, column in (
            (schema.EntityMention, schema.EntityMention.entity_id),
            (schema.Role, schema.Role.entity_id),
            (schema.Attribution, schema.Attribution.speaker_entity_id),
            (schema.Claim, schema.Claim.subject_entity_id),
        ):
            session.execute(update(model).where(column.in_(merged)).values({column: survivor}))
        known = set(
            session.scalars(
                select(schema.EntityAlias.alias).where(schema.EntityAlias.entity_id == survivor)
            )
        )
        moved = set(
            session.scalars(
                select(schema.EntityAlias.alias).where(schema.EntityAlias.entity_id.in_(merged))
            )
        )
        for alias in sorted(moved - known):
            session.add(schema.EntityAlias(entity_id=survivor, alias=alias, key=name_key(alias)))
        session.flush()
        session.execute(delete(schema.EntityAlias).where(schema.EntityAlias.entity_id.in_(merged)))
        session.execute(delete(schema.Entity).where(schema.Entity.id.in_(merged)))
    # A mention carries the label of the entity it stands for.
    session.execute(
        update(schema.EntityMention)
        .where(schema.EntityMention.entity_id == survivor)
        .values(label=merge.label)
    )
