"""Build the FastAPI app: JSON API, web pages, one error shape, and the security headers.

Read-only unless started with an ingest token; binds nothing itself (see
``claimledger serve``). Errors under ``/api`` and on ``.json`` pages come
back as ``{"ok": false, "error": ..., "status": ...}``; on HTML pages as a
page that says the same.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimledger.api import routes
from claimledger.api.responses import ApiError, error
from claimledger.store import Store

log = logging.getLogger(__name__)

# Article text is untrusted: no inline script, nothing from elsewhere.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


# Threads that run the (synchronous) endpoints. On SQLite a request is CPU-bound Python in
# this process: a second thread only contends for the GIL. On the 100k-claim bench (20
# clients on one process, wrk) 1 thread served /api/timeline?entity= at 283 req/s and
# 3.5 ms of CPU each, 2 threads at 242 req/s and 4.3 ms, 4 threads at 216 req/s and
# 5.5 ms. A PostgreSQL server answers over a socket, time in which another thread can
# run: there the endpoints keep 4 threads (not measured). Use --workers for more cores.
# Requests beyond wait in the event loop. Ingest has a thread of its own (api.ingest).
REQUEST_THREADS = {"sqlite": 1}
DEFAULT_REQUEST_THREADS = 4


def create_app(db: str, *, ingest_token: str | None = None) -> FastAPI:
    """Return the app serving the ledger at ``db`` (a SQLite path or a database URL).

    With ``ingest_token``, ``POST /api/ingest`` accepts articles from callers
    that present it as a Bearer token; without one that route does not exist.
    Raises :class:`~claimledger.errors.StoreError` when ``db`` is not a ledger.
    """
    from claimledger.web import pages

    store = Store.open(db, create=False)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = REQUEST_THREADS.get(
            store.engine.dialect.name, DEFAULT_REQUEST_THREADS
        )
        app.state.ingest_limiter = anyio.CapacityLimiter(1)  # one ingest at a time
        _freeze_startup_heap()
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="claimledger",
        summary="A sourced ledger of who claimed what, and when.",
        version="1",
        docs_url=None,  # Swagger UI needs inline script and a CDN; the schema is enough.
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.store = store
    app.state.db = db
    app.include_router(routes.router)
    if ingest_token:
        from claimledger.api import ingest

        app.state.ingest_token = ingest_token
        app.include_router(ingest.router)
    app.include_router(pages.router)
    pages.mount_static(app)
    _install_error_handlers(app)

    app.add_middleware(SecurityHeaders)
    return app


def _freeze_startup_heap() -> None:
    """Keep the ~110,000 objects of the imported libraries out of every later GC pass.

    They live as long as the process. Left tracked, each full collection walked them
    all: ~70 ms with every request stalled behind it, a few times a minute under load
    (on the 100k-claim bench, the cause of p99 = 31 ms at one connection, 7 ms after).
    ``gc.freeze`` is the standard library's tool for exactly this.
    """
    gc.collect()
    gc.freeze()


class SecurityHeaders:
    """ASGI middleware adding :data:`SECURITY_HEADERS` to every HTTP response that lacks them.

    Plain ASGI rather than ``@app.middleware("http")``: Starlette's request/response
    middleware runs each request through an extra task and streams, which cost about a
    millisecond of CPU per request.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; add the headers to the response's start message."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def app_from_environment() -> FastAPI:
    """Return the app for the ledger named by ``CLAIMLEDGER_DB`` (and ``CLAIMLEDGER_INGEST_TOKEN``).

    The factory for several worker processes, which uvicorn must import by name:
    ``CLAIMLEDGER_DB=story.db uvicorn --factory claimledger.api.app:app_from_environment
    --workers 2``. Raises :class:`~claimledger.errors.StoreError` as :func:`create_app`.
    """
    from claimledger.config import load_settings

    return create_app(
        load_settings().db, ingest_token=os.environ.get("CLAIMLEDGER_INGEST_TOKEN") or None
    )


def is_json_path(path: str) -> bool:
    """Whether ``path`` is answered in JSON (the API and every page's ``.json`` twin)."""
    return path.startswith("/api") or path.endswith(".json")


def wants_json(request: Request) -> bool:
    """Whether an error on this request should be answered in the JSON error shape."""
    return is_json_path(request.url.path)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for problem in exc.errors():
        where = [str(p) for p in problem.get("loc", ()) if p not in ("query", "path", "body")]
        parts.append(f"{'.'.join(where) or 'request'}: {problem.get('msg', 'invalid')}")
    return "; ".join(parts) + " (see /openapi.json for the parameters)"


def _install_error_handlers(app: FastAPI) -> None:
    from claimledger.web import pages

    def answer(request: Request, status: int, message: str) -> Response:
        if wants_json(request):
            return error(status, message)
        return pages.error_page(request, status, message)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return answer(request, exc.status, exc.message)

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError) -> Response:
        return answer(request, 400, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}; the API lives under /api (see /openapi.json)"
        response = answer(request, exc.status_code, message)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        response = answer(
            request, 500, f"internal error ({type(exc).__name__}); see the server log"
        )
        # Starlette answers this outside every middleware: the headers must be set here.
        response.headers.update(SECURITY_HEADERS)
        return response
