"""Read-only listings for the JSON API and the web UI: filtered, paginated, one query each.

Every listing takes ``offset`` and ``limit`` and returns a :class:`Page`, whose
``next_offset`` is ``None`` on the last page (one extra row is fetched to know).
Rows come back as the shared records of :mod:`claimledger.records` plus the
ids that tie them to other rows, so the API can print them in the
``docs/ledger-format.md`` shapes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Integer,
    Select,
    bindparam,
    exists,
    func,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session, aliased, defer

from claimledger import records as rec
from claimledger.identifiers import name_key
from claimledger.store import rows, schema, selects

T = TypeVar("T")

A = schema.Attribution
C = schema.Claim
D = schema.Document


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a listing; ``next_offset`` is where the next page starts, if any."""

    rows: tuple[T, ...]
    next_offset: int | None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A document without its text: what a list of articles shows."""

    id: str
    origin: str
    metadata: rec.DocumentMetadata
    syndication_group: str | None
    attributions: int
    claims: int


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """An entity, its name variants, the documents it appears in, and how often it speaks."""

    id: str
    name: str
    label: str
    aliases: tuple[str, ...]
    documents: tuple[str, ...]
    statements: int


@dataclass(frozen=True, slots=True)
class HeldRole:
    """A role an entity holds in one document, with the span that says so."""

    id: str
    document_id: str
    role: rec.RoleMention
    published: rec.Interval | None


@dataclass(frozen=True, slots=True)
class EntityDetail:
    """An entity and every role it holds, in order of publication."""

    summary: EntitySummary
    roles: tuple[HeldRole, ...]


@dataclass(frozen=True, slots=True)
class AttributionRow:
    """An attribution with its ids and the document it comes from."""

    id: str
    document_id: str
    attribution: rec.Attribution
    speaker_entity_id: str | None
    document_title: str | None
    published: rec.Interval | None


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A claim with its ids, its speaker (if attributed) and the document it comes from."""

    id: str
    document_id: str
    claim: rec.Claim
    attribution_id: str | None
    subject_entity_id: str | None
    group_id: str | None
    speaker: str | None
    document_title: str | None


def _page(items: Sequence[T], offset: int, limit: int) -> Page[T]:
    more = len(items) > limit
    return Page(tuple(items[:limit]), offset + limit if more else None)


def _substr(start: Any, end: Any) -> ColumnElement[str]:
    """The document text between two offset columns (SQL substr counts from 1)."""
    return func.substr(D.text, start + 1, end - start)


def _published_order() -> tuple[Any, ...]:
    published = func.coalesce(D.published_start, D.published_end)
    return (published.is_(None), published, D.id)


# One round trip for both readings; built once (a statement is immutable, and building it
# costs more than running it).
_ENTITY_IDS = union(
    select(schema.Entity.id).where(schema.Entity.id == bindparam("id")),
    select(schema.EntityAlias.entity_id).where(schema.EntityAlias.key == bindparam("key")),
)


def resolve_entities(session: Session, name_or_id: str) -> list[str]:
    """Return the ids of the entities ``name_or_id`` names: an entity id, or any alias."""
    values = {"id": name_or_id, "key": name_key(name_or_id)}
    found = set(selects.first_column(session, _ENTITY_IDS, values))
    # An id wins over a name that happens to equal it.
    return [name_or_id] if name_or_id in found else sorted(found)


def list_documents(session: Session, *, offset: int = 0, limit: int = 100) -> Page[DocumentSummary]:
    """Return documents, oldest publication first (undated last), with their row counts."""
    # Ids first, from the covering index (the text is never read), then those rows.
    ids = list(
        session.scalars(select(D.id).order_by(*_published_order()).offset(offset).limit(limit + 1))
    )
    found: Iterable[Any] = []
    if ids:
        found = session.scalars(select(D).options(defer(D.text)).where(D.id.in_(ids)))
    docs = _in_order(found, ids)
    att = _count_by(session, A.document_id, ids)
    claims = _count_by(session, C.document_id, ids)
    return _page(
        [
            DocumentSummary(
                id=d.id,
                origin=d.origin,
                metadata=rows.metadata_record(d),
                syndication_group=d.syndication_group,
                attributions=att[d.id],
                claims=claims[d.id],
            )
            for d in docs
        ],
        offset,
        limit,
    )


def _count_by(session: Session, column: Any, ids: Sequence[str]) -> Counter[str]:
    if not ids:
        return Counter()
    found = session.execute(
        select(column, func.count()).where(column.in_(list(ids))).group_by(column)
    )
    return Counter({key: n for key, n in found})


def list_entities(
    session: Session,
    *,
    label: str | None = None,
    name: str | None = None,
    speakers_only: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> Page[EntitySummary]:
    """Return entities, most statements first, then by name.

    ``name`` keeps entities with an alias containing it (case-folded);
    ``speakers_only`` keeps those that speak at least once.
    """
    statements = (
        select(A.speaker_entity_id.label("entity_id"), func.count().label("n"))
        .where(A.speaker_entity_id.is_not(None))
        .group_by(A.speaker_entity_id)
        .subquery()
    )
    n = func.coalesce(statements.c.n, 0)
    query = (
        select(schema.Entity, n)
        .outerjoin(statements, statements.c.entity_id == schema.Entity.id)
        .order_by(n.desc(), schema.Entity.name, schema.Entity.id)
    )
    if label is not None:
        query = query.where(schema.Entity.label == label)
    if name:
        alias = aliased(schema.EntityAlias)
        query = query.where(
            exists().where(
                alias.entity_id == schema.Entity.id,
                # autoescape: a "%" or "_" typed by the user matches itself, not everything.
                alias.key.contains(name_key(name), autoescape=True),
            )
        )
    if speakers_only:
        query = query.where(statements.c.n > 0)
    found = list(session.execute(query.offset(offset).limit(limit + 1)))
    summaries = _summaries(session, [(entity, count) for entity, count in found])
    return _page(summaries, offset, limit)


def _summaries(session: Session, found: list[tuple[schema.Entity, int]]) -> list[EntitySummary]:
    ids = [entity.id for entity, _ in found]
    aliases: dict[str, list[str]] = {}
    documents: dict[str, list[str]] = {}
    if ids:
        for entity_id, alias in session.execute(
            select(schema.EntityAlias.entity_id, schema.EntityAlias.alias)
            .where(schema.EntityAlias.entity_id.in_(ids))
            .order_by(schema.EntityAlias.alias)
        ):
            aliases.setdefault(entity_id, []).append(alias)
        # One joined string per entity (group_concat / string_agg): an entity named in every
        # article has thousands of documents, and a row per pair costs more than the query.
        M = schema.EntityMention
        pairs = select(M.entity_id, M.document_id).where(M.entity_id.in_(ids)).distinct()
        pair = pairs.subquery()
        joined = func.aggregate_strings(pair.c.document_id, " ")
        for entity_id, found_ids in session.execute(
            select(pair.c.entity_id, joined).group_by(pair.c.entity_id)
        ):
            documents[entity_id] = sorted(found_ids.split(" ")) if found_ids else []
    return [
        EntitySummary(
            id=entity.id,
            name=entity.name,
            label=entity.label,
            aliases=tuple(aliases.get(entity.id, ())),
            documents=tuple(documents.get(entity.id, ())),
            statements=int(count or 0),
        )
        for entity, count in found
    ]


def entity_detail(session: Session, entity_id: str) -> EntityDetail | None:
    """Return one entity with its names, documents, statement count and roles, or ``None``."""
    entity = session.get(schema.Entity, entity_id)
    if entity is None:
        return None
    count = session.scalar(
        select(func.count()).select_from(A).where(A.speaker_entity_id == entity_id)
    )
    summary = _summaries(session, [(entity, int(count or 0))])[0]
    return EntityDetail(summary, tuple(_roles_of(session, entity_id)))


def _roles_of(session: Session, entity_id: str) -> list[HeldRole]:
    found = session.execute(
        select(schema.Role, D)
        .join(D, D.id == schema.Role.document_id)
        .where(schema.Role.entity_id == entity_id)
        .order_by(*_published_order(), schema.Role.start)
    )
    return [
        HeldRole(
            id=role.id,
            document_id=role.document_id,
            role=rows.role_record(role),
            published=rows.interval_from(doc, "published"),
        )
        for role, doc in found
    ]


def _date_overlap(prefix: str, model: Any, start: Any, end: Any) -> list[Any]:
    """Conditions keeping rows whose ``prefix`` interval meets ``[start, end]``.

    ``start`` and ``end`` are days, bound parameters standing for days, or ``None``.
    """
    conditions: list[Any] = []
    row_start, row_end = getattr(model, f"{prefix}_start"), getattr(model, f"{prefix}_end")
    if start is not None or end is not None:
        conditions.append(getattr(model, f"{prefix}_granularity").is_not(None))
    if start is not None:
        conditions.append(or_(row_end.is_(None), row_end >= start))
    if end is not None:
        conditions.append(or_(row_start.is_(None), row_start <= end))
    return conditions


def _ordered_ids(branches: Sequence[Select[Any]], order: Sequence[str]) -> Select[str]:
    """One page of ids from the union of ``branches``, ordered by the ``order`` columns.

    The page is bound: ``offset`` and ``limit``.

    Each branch selects ``id`` and the ``order`` columns (the last of which is
    ``id``, so the order is total) of one table under one condition. A union
    of branches, each answered from its own covering index, replaces an
    ``OR`` across columns, for which SQLite reads every matching table row and
    sorts them all. Each branch is cut to its own first ``offset + limit``
    rows before the union, which for one speaker or entity SQLite reads off
    the index in order and stops. The first ``order`` column sorts undated
    rows last (``NULLS LAST`` can be read off an ascending index).
    """

    def ordered(query: Any) -> list[Any]:
        columns = [query.c[name] for name in order]
        return [columns[0].asc().nulls_last(), *columns[1:]]

    offset = bindparam("offset", type_=Integer)
    limit = bindparam("limit", type_=Integer)
    if len(branches) == 1:
        query = branches[0].subquery()
    else:
        # SQLite takes ORDER BY/LIMIT in a UNION member only inside a subquery.
        cut = [b.subquery() for b in branches]
        firsts = [select(c).order_by(*ordered(c)).limit(offset + limit).subquery() for c in cut]
        query = union(*(select(*f.c) for f in firsts)).subquery()
    return select(query.c.id).order_by(*ordered(query)).offset(offset).limit(limit)


def _in_order(found: Iterable[Any], ids: Sequence[str]) -> list[Any]:
    by_id = {row.id: row for row in found}
    return [by_id[i] for i in ids if i in by_id]


_ATTRIBUTION_ORDER = ("said_start", "said_end", "document_id", "start", "id")
_CLAIM_ORDER = ("about_start", "about_end", "document_id", "start", "id")


def list_attributions(
    session: Session,
    *,
    speaker: str | None = None,
    entity: str | None = None,
    said_from: date | None = None,
    said_to: date | None = None,
    kind: str | None = None,
    document_id: str | None = None,
    offset: int = 0,
    limit: int = 100,
) -> Page[AttributionRow]:
    """Return attributions, earliest said first (undated last), then in text order.

    ``speaker`` is an entity id, any name the entity goes by, or a vague
    speaker as written ("military experts"); ``entity`` keeps statements by the
    entity or with a claim about it; ``said_from``/``said_to`` keep statements
    whose said-interval meets that range.
    """
    values: dict[str, Any] = {
        "kind": kind,
        "document_id": document_id,
        "said_from": said_from,
        "said_to": said_to,
        "speaker": speaker,
        "offset": offset,
        "limit": limit + 1,
    }
    if entity:
        values["entity_ids"] = resolve_entities(session, entity)
    if speaker:
        values["speaker_ids"] = resolve_entities(session, speaker)
    statement = _attribution_page(
        bool(kind),
        bool(document_id),
        said_from is not None,
        said_to is not None,
        bool(entity),
        bool(speaker),
        bool(values.get("speaker_ids")),
    )
    page = selects.first_column(session, statement, values)
    found = selects.rows(session, _ATTRIBUTION_SELECT, {"ids": page}) if page else []
    return _page([_attribution_row(r) for r in _in_order(found, page)], offset, limit)


@cache
def _attribution_page(
    kind: bool,
    document: bool,
    said_from: bool,
    said_to: bool,
    entity: bool,
    speaker: bool,
    speaker_known: bool,
) -> Select[str]:
    """The page of attribution ids for one combination of filters, their values bound.

    Built once per combination: building the statement and its cache key cost more
    than SQLite took to answer it.
    """
    common: list[ColumnElement[bool]] = []
    if kind:
        common.append(A.kind == bindparam("kind"))
    if document:
        common.append(A.document_id == bindparam("document_id"))
    common += _date_overlap(
        "said",
        A,
        bindparam("said_from", type_=A.said_end.type) if said_from else None,
        bindparam("said_to", type_=A.said_start.type) if said_to else None,
    )
    keys = select(*(getattr(A, name) for name in _ATTRIBUTION_ORDER))
    # One branch per way a row can match; their union is the listing.
    branches = [keys.where(*common)]
    if entity:
        ids: BindParameter[str] = bindparam("entity_ids", expanding=True)
        about = select(C.attribution_id).where(C.subject_entity_id.in_(ids))
        if speaker:
            common.append(or_(A.speaker_entity_id.in_(ids), A.id.in_(about)))
        else:
            branches = [
                keys.where(*common, A.speaker_entity_id.in_(ids)),
                keys.where(*common, A.id.in_(about)),
            ]
    if speaker:
        branches = [keys.where(*common, A.speaker_name == bindparam("speaker"))]
        if speaker_known:
            speaker_ids: BindParameter[str] = bindparam("speaker_ids", expanding=True)
            branches.append(keys.where(*common, A.speaker_entity_id.in_(speaker_ids)))
    return _ordered_ids(branches, _ATTRIBUTION_ORDER)


# Table columns, not ORM objects: a listing needs no identity map, and builds rows 2x faster.
# Built once: a statement is immutable, and building it costs more than running it.
_ATTRIBUTION_SELECT = (
    select(
        *A.__table__.c,
        D.title,
        D.published_start,
        D.published_end,
        D.published_granularity,
        D.published_inferred,
        _substr(A.said_evidence_start, A.said_evidence_end).label("said_evidence"),
    )
    .join(D, D.id == A.document_id)
    .where(A.id.in_(bindparam("ids", expanding=True)))
)


def _attribution_row(found: Any) -> AttributionRow:
    evidence = None
    if found.said_evidence_start is not None and found.said_evidence_end is not None:
        evidence = rec.TextSpan(
            found.said_evidence_start, found.said_evidence_end, found.said_evidence
        )
    cue = None
    if found.cue_start is not None and found.cue_end is not None:
        cue = rec.TextSpan(found.cue_start, found.cue_end, found.cue_text or "")
    # Spans come from stored columns and SQL substr, so no document text is loaded.
    record = replace(rows.attribution_record(found, ""), cue=cue, said_evidence=evidence)
    return AttributionRow(
        id=found.id,
        document_id=found.document_id,
        attribution=record,
        speaker_entity_id=found.speaker_entity_id,
        document_title=found.title,
        published=_interval(found, "published"),
    )


def _interval(found: Any, prefix: str) -> rec.Interval | None:
    granularity = getattr(found, f"{prefix}_granularity")
    if granularity is None:
        return None
    return rec.Interval(
        getattr(found, f"{prefix}_start"),
        getattr(found, f"{prefix}_end"),
        cast(rec.Granularity, granularity),
        bool(getattr(found, f"{prefix}_inferred")),
    )


def list_claims(
    session: Session,
    *,
    entity: str | None = None,
    speaker: str | None = None,
    modality: str | None = None,
    about_from: date | None = None,
    about_to: date | None = None,
    document_id: str | None = None,
    offset: int = 0,
    limit: int = 100,
) -> Page[ClaimRow]:
    """Return claims, earliest about-time first (undated last), then in text order.

    ``entity`` keeps claims about the entity or said by it; ``speaker`` keeps
    claims whose attribution's speaker it names.
    """
    common: list[ColumnElement[bool]] = []
    if modality:
        common.append(C.modality == modality)
    if document_id:
        common.append(C.document_id == document_id)
    common += _date_overlap("about", C, about_from, about_to)
    keys = select(*(getattr(C, name) for name in _CLAIM_ORDER))
    said_by = keys.join(A, A.id == C.attribution_id)
    branches = [keys.where(*common)]
    if entity:
        ids = resolve_entities(session, entity)
        if speaker:
            spoken = select(A.id).where(A.speaker_entity_id.in_(ids))
            common.append(or_(C.subject_entity_id.in_(ids), C.attribution_id.in_(spoken)))
        else:
            branches = [
                keys.where(*common, C.subject_entity_id.in_(ids)),
                said_by.where(*common, A.speaker_entity_id.in_(ids)),
            ]
    if speaker:
        ids = resolve_entities(session, speaker)
        branches = [said_by.where(*common, A.speaker_name == speaker)]
        if ids:
            branches.append(said_by.where(*common, A.speaker_entity_id.in_(ids)))
    statement = _ordered_ids(branches, _CLAIM_ORDER)
    page = selects.first_column(session, statement, {"offset": offset, "limit": limit + 1})
    found = selects.rows(session, _CLAIM_SELECT, {"ids": page}) if page else []
    return _page([_claim_row(r) for r in _in_order(found, page)], offset, limit)


_CLAIM_SELECT = (
    select(
        *C.__table__.c,
        A.speaker_name,
        D.title,
        _substr(C.about_evidence_start, C.about_evidence_end).label("about_evidence"),
    )
    .join(D, D.id == C.document_id)
    .outerjoin(A, A.id == C.attribution_id)
    .where(C.id.in_(bindparam("ids", expanding=True)))
)


def _claim_row(found: Any) -> ClaimRow:
    record = rows.claim_record(found, "", None)
    if found.about_evidence_start is not None and found.about_evidence_end is not None:
        evidence = rec.TextSpan(
            found.about_evidence_start, found.about_evidence_end, found.about_evidence
        )
        record = replace(record, about_evidence=evidence)
    return ClaimRow(
        id=found.id,
        document_id=found.document_id,
        claim=record,
        attribution_id=found.attribution_id,
        subject_entity_id=found.subject_entity_id,
        group_id=found.group_id,
        speaker=found.speaker_name,
        document_title=found.title,
    )


def any_documents(session: Session) -> bool:
    """Return whether the ledger holds at least one document."""
    return session.scalar(select(D.id).limit(1)) is not None
