"""``POST /api/ingest``: the one route that writes, present only when the server has a token.

The body is one article as ``text/plain``, or articles as JSON (an object or
a list of objects with ``text`` and optional ``title``, ``url``, ``outlet``,
``published``, ``author``), or JSON Lines. Annotation runs here, in the
request, because this is the one place the API is asked to read new text.
"""

from __future__ import annotations

import hmac
import json
import tempfile
from pathlib import Path

import anyio.to_thread
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from claimledger.api.responses import ERRORS, ApiError
from claimledger.ledger import Ledger

router = APIRouter(prefix="/api", tags=["ingest"], responses=ERRORS)

MAX_BODY = 20 * 1024 * 1024


def _check_token(request: Request) -> None:
    expected: str = request.app.state.ingest_token
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    # Bytes, not str: compare_digest raises on non-ASCII str, and headers may carry any byte.
    given = token.strip().encode("utf-8", "surrogateescape")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given, expected.encode("utf-8")):
        raise ApiError(401, "ingest needs the server's token: send `Authorization: Bearer TOKEN`")


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"body is not UTF-8 ({exc.reason} at byte {exc.start})") from None


def _as_jsonl(body: bytes) -> str:
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError(
            400, f"body is not valid JSON ({exc}); send text/plain for one article"
        ) from None
    items = data if isinstance(data, list) else [data]
    if not items or not all(isinstance(i, dict) and isinstance(i.get("text"), str) for i in items):
        raise ApiError(400, 'JSON body must be {"text": ...} or a list of such objects')
    return "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)


@router.post("/ingest", status_code=200)
async def ingest(
    request: Request,
    published: str | None = Query(None, description="Publication date for text/plain bodies."),
    outlet: str | None = Query(None, description="Outlet for text/plain bodies."),
) -> JSONResponse:
    """Annotate and store uploaded articles; answers with the ids added and what failed."""
    _check_token(request)
    body = await request.body()
    if not body.strip():
        raise ApiError(400, "empty body: send an article as text/plain or JSON")
    if len(body) > MAX_BODY:
        raise ApiError(
            413, f"body over {MAX_BODY // (1024 * 1024)} MB; ingest big corpora with the CLI"
        )
    kind = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    if kind in ("application/json", "application/x-ndjson", "application/jsonl"):
        content, suffix = (
            (_as_jsonl(body) if kind == "application/json" else _utf8(body)),
            ".jsonl",
        )
    elif kind.startswith("text/"):
        content, suffix = body.decode("utf-8", errors="replace"), ".txt"
    else:
        raise ApiError(
            415, f"cannot ingest {kind}; send text/plain, application/json or JSON Lines"
        )
    # A thread of its own: an article takes seconds in the pipeline, and the readers'
    # threads (app.REQUEST_THREADS) must not wait for it. One ingest at a time.
    report = await anyio.to_thread.run_sync(
        _ingest,
        request.app.state.db,
        content,
        suffix,
        published,
        outlet,
        limiter=request.app.state.ingest_limiter,
    )
    status = 200 if not report["failed"] else 422
    return JSONResponse(
        {"ok": not report["failed"], **report, "status": status}, status_code=status
    )


def _ingest(
    db: str, content: str, suffix: str, published: str | None, outlet: str | None
) -> dict[str, list[str]]:
    with tempfile.TemporaryDirectory(prefix="claimledger-upload-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_text(content, encoding="utf-8")
        with Ledger.open(db, create=False) as ledger:
            report = ledger.ingest([str(path)], published=published, outlet=outlet)
    return {
        "added": report.added,
        "unchanged": report.unchanged,
        "failed": [str(e).replace(str(path), "upload") for e in report.failed],
    }
