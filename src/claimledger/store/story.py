"""The story across articles, read back: the timeline, the conflicts and the forecasts.

The link stage writes claim groups and links (:mod:`claimledger.store.linking`);
these queries read them for the CLI, the API and the web pages. Each one is
two or three statements whatever the page size: the first picks one page of
ids in SQL (filter, order, offset, limit over narrow indexed columns), the
next loads those claims with their speaker, document and evidence, the last
counts the sources of their groups. No document text is read except the
evidence spans, cut out by SQL ``substr``.

Entries are the frozen records of :mod:`claimledger.store.story_entries`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any, Literal

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Integer,
    Select,
    bindparam,
    case,
    exists,
    func,
    literal,
    null,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from claimledger.store import schema, selects
from claimledger.store.browse import resolve_entities
from claimledger.store.clocks import about_columns, order, said_columns
from claimledger.store.story_entries import (
    ConflictEntry,
    Evidence,
    ForecastEntry,
    Speaker,
    StoryClaim,
    TimelineEntry,
    When,
)

__all__ = [
    "FORECAST_STATUSES",
    "ConflictEntry",
    "Evidence",
    "ForecastEntry",
    "Speaker",
    "StoryClaim",
    "TimelineEntry",
    "When",
    "conflicts",
    "forecasts",
    "timeline",
]

Clock = Literal["said", "about"]

# What a forecast or plan came to; "open" is also what a forecast with no outcome link is.
FORECAST_STATUSES = ("open", "fulfilled", "late", "missed", "contradicted")
# Claims followed to an outcome even when the link stage has not linked them yet.
FORECAST_MODALITIES = ("forecast", "plan")

A = schema.Attribution
C = schema.Claim
D = schema.Document
E = schema.Entity
L = schema.Link
# Core aliases for the filter subqueries, built once: ORM aliased() costs milliseconds of
# column adaptation per request.
_C2 = schema.Base.metadata.tables["claims"].alias("c2")
_A2 = schema.Base.metadata.tables["attributions"].alias("a2")
_M = schema.Base.metadata.tables["entity_mentions"].alias("m")
# The claim columns a story entry shows (not the whole ORM row: building objects is slow).
_CLAIM_COLUMNS = (
    C.id,
    C.document_id,
    C.attribution_id,
    C.text,
    C.start,
    C.end,
    C.subject,
    C.subject_entity_id,
    C.predicate,
    C.arguments,
    C.modality,
    C.polarity,
    C.about_start,
    C.about_end,
    C.about_granularity,
    C.about_inferred,
    C.about_evidence_start,
    C.about_evidence_end,
    C.group_id,
)


def _when(start: Any, end: Any, granularity: Any, inferred: Any) -> When | None:
    if granularity is None or (start is None and end is None):
        return None
    return When(_as_day(start), _as_day(end), str(granularity), bool(inferred))


def _as_day(value: Any) -> date | None:
    # SQLite returns a CASE over date columns as its stored ISO text.
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- loading claims by id -------------------------------------------------------------------


def _evidence_text(start: Any, end: Any) -> ColumnElement[str | None]:
    """The document's characters between two offset columns (SQL counts from 1).

    Guarded so that a claim without that evidence never reads the document text.
    """
    return case((start.is_not(None), func.substr(D.text, start + 1, end - start)), else_=null())


def _claims_select() -> Select[*tuple[Any, ...]]:
    """The claims whose ids are bound to ``ids``, with everything an entry shows."""
    query: Select[*tuple[Any, ...]] = (
        select(
            *_CLAIM_COLUMNS,
            D.title,
            D.origin,
            D.outlet,
            D.published_start,
            D.published_end,
            D.published_granularity,
            D.published_inferred,
            A.speaker_name,
            A.speaker_entity_id,
            A.speaker_role,
            A.speaker_vague,
            A.certainty,
            A.said_evidence_start,
            A.said_evidence_end,
            _evidence_text(A.said_evidence_start, A.said_evidence_end).label("said_text"),
            _evidence_text(C.about_evidence_start, C.about_evidence_end).label("about_text"),
            E.name.label("entity_name"),
            *(c.label(f"said_{i}") for i, c in enumerate(said_columns())),
        )
        .join(D, D.id == C.document_id)
        .outerjoin(A, A.id == C.attribution_id)
        .outerjoin(E, E.id == A.speaker_entity_id)
        .where(C.id.in_(bindparam("ids", expanding=True)))
    )
    return query


# Statements are built once, with their values bound at run time: building a select and
# its cache key cost more per request than SQLite took to answer it.
_CLAIMS = _claims_select()
_SOURCES = (
    select(C.group_id, func.count(func.distinct(C.document_id)))
    .where(C.group_id.in_(bindparam("groups", expanding=True)))
    .group_by(C.group_id)
)


def _evidence(start: int | None, end: int | None, text: str | None) -> Evidence | None:
    if start is None or end is None:
        return None
    return Evidence(start, end, text or "")


def load_claims(session: Session, ids: Sequence[str]) -> dict[str, StoryClaim]:
    """Return the claims with these ids (missing ones left out), in two queries."""
    return {claim_id: StoryClaim(*values) for claim_id, values in _claim_values(session, ids)}


def _claim_values(session: Session, ids: Sequence[str]) -> list[tuple[str, tuple[Any, ...]]]:
    """(id, the :class:`StoryClaim` fields in order) of the claims with these ids."""
    if not ids:
        return []
    found = selects.rows(session, _CLAIMS, {"ids": list(ids)})
    groups = {r.group_id for r in found if r.group_id is not None}
    sources = _sources(session, groups)
    values = []
    for r in found:
        speaker = None
        if r.speaker_name is not None:
            speaker = Speaker(
                r.entity_name or r.speaker_name,
                r.speaker_entity_id,
                r.speaker_role,
                bool(r.speaker_vague),
            )
        group_id = r.group_id
        fields = (
            r.id,
            r.document_id,
            r.title,
            r.origin,
            r.outlet,
            _when(
                r.published_start, r.published_end, r.published_granularity, r.published_inferred
            ),
            r.attribution_id,
            speaker,
            r.certainty,
            r.text,
            r.start,
            r.end,
            r.subject,
            r.subject_entity_id,
            r.predicate,
            tuple(r.arguments or ()),
            r.modality,
            r.polarity,
            _when(r.said_0, r.said_1, r.said_2, r.said_3),
            _when(r.about_start, r.about_end, r.about_granularity, r.about_inferred),
            _evidence(r.said_evidence_start, r.said_evidence_end, r.said_text),
            _evidence(r.about_evidence_start, r.about_evidence_end, r.about_text),
            group_id,
            sources.get(group_id, 1) if group_id else 1,
        )
        values.append((r.id, fields))
    return values


# Where the clocks sit among the StoryClaim fields, for a timeline entry's ``when``.
_SAID_FIELD = list(StoryClaim.__dataclass_fields__).index("said")
_ABOUT_FIELD = list(StoryClaim.__dataclass_fields__).index("about")


def _sources(session: Session, groups: set[str]) -> dict[str, int]:
    """How many documents carry each group."""
    if not groups:
        return {}
    found = selects.rows(session, _SOURCES, {"groups": sorted(groups)})
    return {str(group): int(n) for group, n in found}


# --- the timeline ---------------------------------------------------------------------------


def _said_by_or_about(ids: BindParameter[Any]) -> ColumnElement[bool]:
    """Claims said by one of the entities ``ids``, about it (subject), or naming it.

    A claim that names the entity inside its own words is about it even when
    its grammatical subject is something else ("stationing the latest Russian
    weapons, including the Oreshnik, on Belarusian soil"). Three indexed
    lookups under one UNION ALL (``IN`` drops the repeats), so the planner never
    scans every claim to test an OR across joined tables.
    """
    c2, a2, m = _C2, _A2, _M
    by_subject = select(c2.c.id).where(c2.c.subject_entity_id.in_(ids))
    by_speaker = (
        select(c2.c.id)
        .join(a2, a2.c.id == c2.c.attribution_id)
        .where(a2.c.speaker_entity_id.in_(ids))
    )
    naming = (
        select(c2.c.id)
        .join(m, m.c.document_id == c2.c.document_id)
        .where(m.c.entity_id.in_(ids), c2.c.start <= m.c.start, c2.c.end >= m.c.end)
    )
    return C.id.in_(union_all(by_subject, by_speaker, naming).scalar_subquery())


def _said_by(ids: BindParameter[Any], name: BindParameter[Any]) -> ColumnElement[bool]:
    """Claims whose speaker is one of the entities ``ids`` or is written ``name``."""
    a2 = _A2
    by_entity = select(a2.c.id).where(a2.c.speaker_entity_id.in_(ids))
    by_name = select(a2.c.id).where(a2.c.speaker_name == name)
    return C.attribution_id.in_(union(by_entity, by_name).scalar_subquery())


@cache
def _page_statement(by: Clock, entity: bool, speaker: bool) -> Select[str]:
    """One page of claim ids in ``by``'s order, filtered by the entity and speaker bound.

    Binds ``entity_ids``, ``speaker_ids``, ``speaker_name``, ``offset`` and ``limit``.
    """
    clock = said_columns() if by == "said" else about_columns()
    query = select(C.id)
    if by == "said":
        # Only this clock reads the attribution and the publication date to order by.
        query = query.outerjoin(A, A.id == C.attribution_id).join(D, D.id == C.document_id)
    if entity:
        query = query.where(_said_by_or_about(bindparam("entity_ids", expanding=True)))
    if speaker:
        ids: BindParameter[str] = bindparam("speaker_ids", expanding=True)
        query = query.where(_said_by(ids, bindparam("speaker_name")))
    return (
        query.order_by(*order(clock[0], clock[1]))
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
    )


@cache
def _entity_page_statement(by: Clock) -> Select[str]:
    """One page of the ids of claims the entities ``entity_ids`` have a part in, in order.

    Read off the timeline index (:mod:`claimledger.store.entity_claims`) in the
    same order as :func:`_page_statement`; ``DISTINCT`` drops a claim that two
    of the ids (names resolving to two entities) both have a part in.
    """
    EC = schema.EntityClaim
    if by == "said":
        keys = (EC.said_undated, EC.said_key, EC.said_end)
    else:
        keys = (EC.about_undated, EC.about_key, EC.about_end)
    ordered = (*keys, EC.document_id, EC.start, EC.claim_id)
    page = (
        select(*ordered)
        .distinct()
        .where(EC.entity_id.in_(bindparam("entity_ids", expanding=True)))
        .order_by(*ordered)
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
        .subquery()
    )
    # The page's order again outside: a subquery's order is not kept by the query over it.
    return select(page.c.claim_id).order_by(*page.c)


def timeline(
    session: Session,
    *,
    entity: str | None = None,
    speaker: str | None = None,
    by: Clock = "said",
    offset: int = 0,
    limit: int = 100,
) -> list[TimelineEntry]:
    """Return one page of claims in the order of ``by``'s clock (undated last).

    ``entity`` (an id or any name it goes by) keeps claims said by it, about
    it (their subject entity, as the link stage resolved it) or naming it;
    ``speaker`` keeps claims whose attribution's speaker it names (an entity,
    or a vague source as written).
    """
    if by not in ("said", "about"):
        raise ValueError(f"by must be 'said' or 'about', not {by!r}")
    values: dict[str, Any] = {"offset": offset, "limit": limit}
    if entity:
        values["entity_ids"] = resolve_entities(session, entity)
        if not values["entity_ids"]:
            return []
    if speaker:
        values["speaker_ids"] = resolve_entities(session, speaker)
        values["speaker_name"] = speaker
    if entity and not speaker:
        statement = _entity_page_statement(by)
    else:
        statement = _page_statement(by, bool(entity), bool(speaker))
    page = selects.first_column(session, statement, values)
    found = dict(_claim_values(session, page))
    clock = _SAID_FIELD if by == "said" else _ABOUT_FIELD
    # found[i] holds exactly StoryClaim's fields, which mypy cannot count.
    return [TimelineEntry(*found[i], clock=by, when=found[i][clock]) for i in page]  # type: ignore[misc]


# --- conflicts and forecasts ------------------------------------------------------------------


def _label(claim: StoryClaim, tail: str) -> str:
    head = " ".join(p for p in (claim.subject, claim.predicate) if p)
    return f"{head}: {tail}" if tail else head


def conflicts(session: Session, *, offset: int = 0, limit: int = 100) -> list[ConflictEntry]:
    """Return one page of conflicting pairs, in story order of their first claim."""
    said = said_columns()
    found = list(
        session.execute(
            select(L.id, L.on, L.detail, L.from_claim_id, L.to_claim_id)
            .join(C, C.id == L.from_claim_id)
            .outerjoin(A, A.id == C.attribution_id)
            .join(D, D.id == C.document_id)
            .where(L.kind == "conflict")
            .order_by(*order(said[0], said[1]), L.id)
            .offset(offset)
            .limit(limit)
        )
    )
    claims = load_claims(session, [i for r in found for i in (r[3], r[4]) if i])
    entries = []
    for link_id, on, detail, left, right in found:
        first, detail = claims[left], dict(detail or {})
        raw = detail.get("values")
        values = tuple(str(v) for v in raw) if isinstance(raw, list | tuple) else ()
        tail = " vs ".join(values) if values else "disagree"
        entries.append(
            ConflictEntry(
                id=link_id,
                on=on,
                label=_label(first, tail + (f" ({on})" if on else "")),
                values=values,
                detail=detail,
                left=first,
                right=claims.get(right or ""),
            )
        )
    return entries


def forecasts(
    session: Session, *, status: str | None = None, offset: int = 0, limit: int = 100
) -> list[ForecastEntry]:
    """Return one page of forecasts and plans with their outcome, earliest deadline first.

    A forecast the link stage settled appears once per outcome link; one it
    has not (or any forecast or plan claim without a link) is ``open``.
    ``status`` keeps one of :data:`FORECAST_STATUSES`.
    """
    if status is not None and status not in FORECAST_STATUSES:
        raise ValueError(f"status must be one of {', '.join(FORECAST_STATUSES)}, not {status!r}")
    outcome_kinds = list(FORECAST_STATUSES)
    linked = select(
        L.id.label("link_id"), L.from_claim_id.label("claim_id"), L.kind.label("status")
    ).where(L.kind.in_(outcome_kinds))
    settled = exists().where(L.from_claim_id == C.id, L.kind.in_(outcome_kinds))
    unlinked = select(
        null().label("link_id"), C.id.label("claim_id"), literal("open").label("status")
    ).where(C.modality.in_(FORECAST_MODALITIES), ~settled)
    rows = union(linked, unlinked).subquery()
    query = select(rows.c.link_id, rows.c.claim_id, rows.c.status).join(C, C.id == rows.c.claim_id)
    if status is not None:
        query = query.where(rows.c.status == status)
    deadline = func.coalesce(C.about_end, C.about_start)
    query = query.order_by(deadline.is_(None), deadline, C.document_id, C.start, rows.c.link_id)
    found = list(session.execute(query.offset(offset).limit(limit)))
    details = _link_details(session, [r.link_id for r in found if r.link_id])
    claims = load_claims(
        session, [*(r.claim_id for r in found), *(d[0] for d in details.values() if d[0])]
    )
    entries = []
    for link_id, claim_id, kind in found:
        forecast = claims[claim_id]
        to_claim, detail = details.get(link_id, (None, {}))
        entries.append(
            ForecastEntry(
                id=link_id or claim_id,
                status=kind,
                label=_label(forecast, kind),
                deadline=forecast.about,
                forecast=forecast,
                outcome=claims.get(to_claim or ""),
                happened=_happened(detail.get("happened")),
                detail=detail,
            )
        )
    return entries


def _happened(value: Any) -> When | None:
    """The ``[start, end]`` ISO days the link stage gives for an outcome, as an interval."""
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    try:
        start, end = (date.fromisoformat(v) if v else None for v in value)
    except (TypeError, ValueError):
        return None  # a shape this reader does not know: the raw value stays in ``detail``
    return When(start, end, "day", False) if start or end else None


def _link_details(session: Session, ids: list[str]) -> dict[str, tuple[str | None, dict[str, Any]]]:
    if not ids:
        return {}
    found = session.execute(select(L.id, L.to_claim_id, L.detail).where(L.id.in_(ids)))
    return {link_id: (to_claim, dict(detail or {})) for link_id, to_claim, detail in found}
