"""``claimledger serve --workers N``: N server processes on one port, the kernel spreading clients.

uvicorn's own workers share one listening socket, and whichever process wakes
first accepts every connection waiting: 20 keep-alive clients arriving together
mostly end up on one process while the other idles (on the 100k-claim bench,
p95 159 ms with two workers against 86 ms with one). Here each worker listens on
a socket of its own bound with ``SO_REUSEPORT``, and Linux hashes each new
connection to one of them, so connections are spread evenly.

The supervisor only starts the workers and stops them: on SIGINT or SIGTERM it
asks each to shut down gracefully, and if one dies it stops the others and
exits with an error, rather than serve on with fewer processes than asked for.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import signal
import socket
import sys
from types import FrameType

log = logging.getLogger(__name__)

BACKLOG = 2048
STOP_SECONDS = 15


def spreads_connections() -> bool:
    """Whether the kernel balances connections over ``SO_REUSEPORT`` sockets (Linux does)."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def listen(host: str, port: int, *, shared: bool = True) -> socket.socket:
    """Return a listening socket on ``host:port``; ``shared``: other workers' may join it."""
    family, kind, proto, _name, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if shared:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(address)
        sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    return sock


def serve(db: str, host: str, port: int, workers: int, ingest_token: str | None) -> int:
    """Run ``workers`` server processes on ``host:port`` until stopped; return the exit code."""
    # A plain bind first: SO_REUSEPORT would otherwise let us join, silently, another
    # server of this user already listening there (and split its clients with it).
    with listen(host, port, shared=False) as probe:
        port = probe.getsockname()[1]  # port 0: every worker on the port the probe got
    sockets = [listen(host, port) for _ in range(workers)]
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(target=_worker, args=(db, ingest_token, sock), name=f"worker-{n}")
        for n, sock in enumerate(sockets, 1)
    ]
    stopping = False  # asked to, by a signal

    def stop_workers() -> None:
        for process in processes:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn finishes the requests in flight

    def stop(_signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        stop_workers()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        for process in processes:
            if not stopping:
                process.start()
        started = [p for p in processes if p.pid is not None]
        ready = multiprocessing.connection.wait([p.sentinel for p in started])
        if not stopping:
            # The sentinel fires as the process closes its files, a moment before it can be
            # reaped: join it, or its exit code is not known yet.
            died = next(p for p in started if p.sentinel in ready)
            died.join()
            log.error("%s exited (code %s); stopping", died.name, died.exitcode)
            stop_workers()
        for process in started:
            process.join(STOP_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()
    finally:
        stop_workers()  # none left running when this returns, whatever happened above
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for sock in sockets:
            sock.close()
    return 0 if stopping else 1


def _worker(db: str, ingest_token: str | None, sock: socket.socket) -> None:
    """One server process: the app on its own socket (runs in a fresh interpreter)."""
    import uvicorn

    from claimledger.api.app import create_app

    config = uvicorn.Config(create_app(db, ingest_token=ingest_token), log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])
