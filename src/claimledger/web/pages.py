"""The HTML pages and their ``.json`` twins: parse, ask the store, render.

Each page builds one JSON-ready context; ``/x`` renders it through a
template and ``/x.json`` returns it as ``{"ok": true, ...}`` (lists as
``rows``/``next``, like the API).
"""

from __future__ import annotations

from importlib import resources
from typing import Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from sqlalchemy.orm import Session
from starlette.templating import Jinja2Templates

from claimledger.api import shapes
from claimledger.api.params import Paging, paging
from claimledger.api.responses import ApiError, encode_next
from claimledger.api.routes import ForecastStatus, get_session
from claimledger.store import browse, queries, story
from claimledger.web import formatting, highlight, timeline_axis

router = APIRouter(include_in_schema=False)
SessionDep = Depends(get_session)
PagingDep = Depends(paging)

_WEB = resources.files("claimledger.web")
_env = Environment(loader=FileSystemLoader(str(_WEB / "templates")), autoescape=True)
_env.filters["interval"] = formatting.interval_label
_env.tests["inferred"] = formatting.is_inferred
_env.tests["uncertain"] = formatting.is_uncertain
templates = Jinja2Templates(env=_env)


def mount_static(app: FastAPI) -> None:
    """Serve ``web/static`` at ``/static``."""
    app.mount("/static", StaticFiles(directory=str(_WEB / "static")), name="static")


def _page(
    request: Request, template: str, context: dict[str, Any], as_json: bool, status: int = 200
) -> Response:
    if as_json:
        return JSONResponse({"ok": True, **context}, status_code=status)
    return templates.TemplateResponse(
        request, template, {"page": context, "path": request.url.path}, status_code=status
    )


def error_page(request: Request, status: int, message: str) -> Response:
    """Return an HTML page that says what went wrong."""
    return templates.TemplateResponse(
        request,
        "error.html",
        {"page": {"status": status, "error": message}, "path": request.url.path},
        status_code=status,
    )


def _story_rows(name: str, session: Session, **kwargs: Any) -> list[dict[str, Any]]:
    """Rows of the story query ``name`` (timeline, conflicts, forecasts), JSON-ready."""
    return [shapes.jsonable(e) for e in getattr(story, name)(session, **kwargs)]


def _next(found_next: int | None) -> str | None:
    return encode_next(found_next) if found_next is not None else None


# --- the story at a glance ---------------------------------------------------------------


def _overview(session: Session) -> dict[str, Any]:
    docs = browse.list_documents(session, limit=50)
    speakers = browse.list_entities(session, speakers_only=True, limit=12)
    return {
        "counts": queries.counts(session),
        "documents": [shapes.document_summary(d) for d in docs.rows],
        "speakers": [shapes.entity(e) for e in speakers.rows],
        "conflicts": _story_rows("conflicts", session, limit=10),
        "forecasts": _story_rows("forecasts", session, status="open", limit=10),
    }


@router.get("/", response_class=HTMLResponse)
def index(request: Request, session: Session = SessionDep) -> Response:
    """The story at a glance."""
    return _page(request, "index.html", _overview(session), as_json=False)


@router.get("/index.json")
def index_json(request: Request, session: Session = SessionDep) -> Response:
    """The story at a glance, as JSON."""
    return _page(request, "index.html", _overview(session), as_json=True)


# --- one article ------------------------------------------------------------------------


def _document(session: Session, document_id: str) -> dict[str, Any]:
    stored = queries.load_document(session, document_id)
    if stored is None:
        raise ApiError(404, f"no document {document_id!r}; the list is at /")
    return {"row": shapes.document_detail(stored)}


@router.get("/documents/{document_id}.json")
def document_json(request: Request, document_id: str, session: Session = SessionDep) -> Response:
    """One article with its ledger, as JSON."""
    return _page(request, "document.html", _document(session, document_id), as_json=True)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(request: Request, document_id: str, session: Session = SessionDep) -> Response:
    """One article, every attribution, time and claim highlighted, beside its ledger."""
    context = _document(session, document_id)
    detail = context["row"]
    segments = highlight.segments(detail["text"], highlight.document_marks(detail))
    return templates.TemplateResponse(
        request,
        "document.html",
        {"page": context, "segments": segments, "path": request.url.path},
    )


# --- one entity -------------------------------------------------------------------------


def _entity(session: Session, entity_id: str, page: Paging) -> dict[str, Any]:
    found = browse.entity_detail(session, entity_id)
    if found is None:
        raise ApiError(404, f"no entity {entity_id!r}; speakers are listed at /")
    statements = browse.list_attributions(
        session, speaker=entity_id, offset=page.offset, limit=page.limit
    )
    row = shapes.entity(found.summary)
    row["roles"] = [shapes.role(r, entity_id) for r in found.roles]
    return {
        "row": row,
        "rows": [shapes.attribution(a) for a in statements.rows],
        "next": _next(statements.next_offset),
    }


@router.get("/entities/{entity_id}.json")
def entity_json(
    request: Request, entity_id: str, session: Session = SessionDep, page: Paging = PagingDep
) -> Response:
    """An entity, its roles and its statements, as JSON."""
    return _page(request, "entity.html", _entity(session, entity_id, page), as_json=True)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(
    request: Request, entity_id: str, session: Session = SessionDep, page: Paging = PagingDep
) -> Response:
    """A speaker's statements over time and the roles they held."""
    return _page(request, "entity.html", _entity(session, entity_id, page), as_json=False)


# --- the timeline and the boards ----------------------------------------------------------


def _timeline(
    session: Session, entity: str | None, speaker: str | None, by: str, page: Paging
) -> dict[str, Any]:
    rows = _story_rows(
        "timeline",
        session,
        entity=entity or None,
        speaker=speaker or None,
        by=by,
        offset=page.offset,
        limit=page.limit + 1,
    )
    more = len(rows) > page.limit
    rows = rows[: page.limit]
    return {
        "by": by,
        "entity": entity,
        "speaker": speaker,
        "rows": rows,
        "next": _next(page.offset + page.limit if more else None),
        "axis": timeline_axis.layout([r["when"] for r in rows]),
    }


Clock = Literal["said", "about"]


@router.get("/timeline.json")
def timeline_json(
    request: Request,
    session: Session = SessionDep,
    page: Paging = PagingDep,
    entity: str | None = Query(None),
    speaker: str | None = Query(None),
    by: Clock = Query("said"),
) -> Response:
    """The timeline, as JSON."""
    context = _timeline(session, entity, speaker, by, page)
    context.pop("axis")
    return _page(request, "timeline.html", context, as_json=True)


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request,
    session: Session = SessionDep,
    page: Paging = PagingDep,
    entity: str | None = Query(None),
    speaker: str | None = Query(None),
    by: Clock = Query("said"),
) -> Response:
    """Claims on a time axis, by when they were said or when they happen."""
    return _page(
        request, "timeline.html", _timeline(session, entity, speaker, by, page), as_json=False
    )


def _board(session: Session, name: str, page: Paging, **filters: Any) -> dict[str, Any]:
    rows = _story_rows(name, session, offset=page.offset, limit=page.limit + 1, **filters)
    more = len(rows) > page.limit
    return {
        "board": name,
        **filters,
        "rows": rows[: page.limit],
        "next": _next(page.offset + page.limit if more else None),
    }


@router.get("/conflicts.json")
def conflicts_json(
    request: Request, session: Session = SessionDep, page: Paging = PagingDep
) -> Response:
    """Conflicting claims, as JSON."""
    return _page(request, "board.html", _board(session, "conflicts", page), as_json=True)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts(
    request: Request, session: Session = SessionDep, page: Paging = PagingDep
) -> Response:
    """Claims that contradict each other, both sides' evidence side by side."""
    return _page(request, "board.html", _board(session, "conflicts", page), as_json=False)


@router.get("/forecasts.json")
def forecasts_json(
    request: Request,
    session: Session = SessionDep,
    page: Paging = PagingDep,
    status: ForecastStatus | None = Query(None),
) -> Response:
    """Forecasts and their outcomes, as JSON."""
    context = _board(session, "forecasts", page, status=status or None)
    return _page(request, "board.html", context, as_json=True)


@router.get("/forecasts", response_class=HTMLResponse)
def forecasts(
    request: Request,
    session: Session = SessionDep,
    page: Paging = PagingDep,
    status: ForecastStatus | None = Query(None),
) -> Response:
    """Forecasts and promises beside what happened."""
    context = _board(session, "forecasts", page, status=status or None)
    return _page(request, "board.html", context, as_json=False)
