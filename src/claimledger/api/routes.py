"""The JSON endpoints under ``/api``: parse the request, call one store query, shape the rows."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from claimledger.api import shapes
from claimledger.api.params import Paging, paging, parse_day
from claimledger.api.responses import (
    ERRORS,
    ApiError,
    ItemResponse,
    ListResponse,
    item,
    listing,
)
from claimledger.store import browse, story
from claimledger.store.queries import load_document

router = APIRouter(prefix="/api", tags=["ledger"], responses=ERRORS)

AttributionKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["fact", "plan", "forecast", "speculation"]
Clock = Literal["said", "about"]
ForecastStatus = Literal["open", "fulfilled", "late", "missed", "contradicted"]


async def get_session(request: Request) -> AsyncIterator[Session]:
    """Yield a read session on the app's ledger.

    ``async`` though it never waits: a session connects on its first query (in the
    endpoint's thread), and closing it hands the connection back to the pool. A plain
    generator would cost two more hops through the thread pool per request.
    """
    with request.app.state.store.sessions() as session:
        yield session


SessionDep = Depends(get_session)
PagingDep = Depends(paging)


@router.get("/documents", response_model=ListResponse)
def documents(
    request: Request, session: Session = SessionDep, page: Paging = PagingDep
) -> JSONResponse:
    """Documents, oldest first, without their text."""
    found = browse.list_documents(session, offset=page.offset, limit=page.limit)
    return listing(request, [shapes.document_summary(d) for d in found.rows], found.next_offset)


@router.get("/documents/{document_id}", response_model=ItemResponse)
def document(document_id: str, session: Session = SessionDep) -> JSONResponse:
    """One document: text, metadata and every annotation with its offsets."""
    stored = load_document(session, document_id)
    if stored is None:
        raise ApiError(404, f"no document {document_id!r}; list them at /api/documents")
    return item(shapes.document_detail(stored))


@router.get("/entities", response_model=ListResponse)
def entities(
    request: Request,
    session: Session = SessionDep,
    page: Paging = PagingDep,
    label: str | None = Query(None, description="Entity label: PERSON, ORG, GPE..."),
    q: str | None = Query(None, description="Part of a name the entity goes by."),
    speakers: bool = Query(False, description="Only entities that make statements."),
) -> JSONResponse:
    """Entities, most statements first."""
    found = browse.list_entities(
        session, label=label, name=q, speakers_only=speakers, offset=page.offset, limit=page.limit
    )
    return listing(request, [shapes.entity(e) for e in found.rows], found.next_offset)


@router.get("/entities/{entity_id}", response_model=ItemResponse)
def entity(entity_id: str, session: Session = SessionDep) -> JSONResponse:
    """One entity with its names, documents and roles held."""
    found = browse.entity_detail(session, entity_id)
    if found is None:
        raise ApiError(404, f"no entity {entity_id!r}; list them at /api/entities")
    row = shapes.entity(found.summary)
    row["roles"] = [shapes.role(r, entity_id) for r in found.roles]
    row["statements_url"] = f"/api/attributions?speaker={entity_id}"
    return item(row)


@router.get("/attributions", response_model=ListResponse)
def attributions(
    request: Request,
    session: Session = SessionDep,
    page: Paging = PagingDep,
    speaker: str | None = Query(
        None, description="Entity id, any of its names, or a vague source."
    ),
    entity: str | None = Query(None, description="Said by or about this entity (id or name)."),
    from_: str | None = Query(None, alias="from", description="Said on or after (ISO date)."),
    to: str | None = Query(None, description="Said on or before (ISO date)."),
    kind: AttributionKind | None = Query(None),
    document: str | None = Query(None, description="Only this document."),
) -> JSONResponse:
    """Who said what, when: earliest first, undated last."""
    found = browse.list_attributions(
        session,
        speaker=speaker,
        entity=entity,
        said_from=parse_day(from_, "from"),
        said_to=parse_day(to, "to", is_end=True),
        kind=kind,
        document_id=document,
        offset=page.offset,
        limit=page.limit,
    )
    return listing(request, [shapes.attribution(a) for a in found.rows], found.next_offset)


@router.get("/claims", response_model=ListResponse)
def claims(
    request: Request,
    session: Session = SessionDep,
    page: Paging = PagingDep,
    entity: str | None = Query(None, description="About or said by this entity (id or name)."),
    speaker: str | None = Query(None, description="Said by this speaker (id or name)."),
    modality: Modality | None = Query(None),
    from_: str | None = Query(None, alias="from", description="About a time on or after."),
    to: str | None = Query(None, description="About a time on or before."),
    document: str | None = Query(None, description="Only this document."),
) -> JSONResponse:
    """Claims, by the time they are about: earliest first, undated last."""
    found = browse.list_claims(
        session,
        entity=entity,
        speaker=speaker,
        modality=modality,
        about_from=parse_day(from_, "from"),
        about_to=parse_day(to, "to", is_end=True),
        document_id=document,
        offset=page.offset,
        limit=page.limit,
    )
    return listing(request, [shapes.claim(c) for c in found.rows], found.next_offset)


@router.get("/timeline", response_model=ListResponse)
def timeline(
    request: Request,
    session: Session = SessionDep,
    page: Paging = PagingDep,
    entity: str | None = Query(None, description="Said by or about this entity (id or name)."),
    speaker: str | None = Query(None, description="Said by this speaker (id or name)."),
    by: Clock = Query("said", description="Place claims by when said, or when they happen."),
) -> JSONResponse:
    """Claims on one time axis, by when they were said or by the time they are about."""
    entries = story.timeline(
        session, entity=entity, speaker=speaker, by=by, offset=page.offset, limit=page.limit + 1
    )
    return _story_listing(request, entries, page)


@router.get("/conflicts", response_model=ListResponse)
def conflicts(
    request: Request, session: Session = SessionDep, page: Paging = PagingDep
) -> JSONResponse:
    """Claims that contradict each other, with both sides' evidence."""
    entries = story.conflicts(session, offset=page.offset, limit=page.limit + 1)
    return _story_listing(request, entries, page)


@router.get("/forecasts", response_model=ListResponse)
def forecasts(
    request: Request,
    session: Session = SessionDep,
    page: Paging = PagingDep,
    status: ForecastStatus | None = Query(None, description="What the forecast came to."),
) -> JSONResponse:
    """Forecasts and promises, with their outcomes when known."""
    entries = story.forecasts(session, status=status, offset=page.offset, limit=page.limit + 1)
    return _story_listing(request, entries, page)


def _story_listing(request: Request, entries: Sequence[object], page: Paging) -> JSONResponse:
    more = len(entries) > page.limit
    # The entries go out as they are: the response renders records field by field.
    return listing(request, entries[: page.limit], page.offset + page.limit if more else None)
