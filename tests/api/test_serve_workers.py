"""``claimledger serve --workers N``: the same API from several processes on one port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from claimledger.api.workers import spreads_connections

from .sample import SampleIds


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get_when_up(url: str, server: subprocess.Popen[bytes], timeout: float = 30) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"serve exited: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            return httpx.get(url, timeout=5)
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail(f"no answer from {url} within {timeout:.0f} s")


def _sockets_held(pid: int) -> int:
    fds = Path(f"/proc/{pid}/fd")
    return sum(1 for fd in fds.iterdir() if os.readlink(fd).startswith("socket:"))


def _workers(pid: int) -> list[int]:
    """The server processes under the supervisor ``pid`` (not multiprocessing's helpers)."""
    children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return [c for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]


def _serve_two_workers(db: str) -> tuple[subprocess.Popen[bytes], int]:
    """Start ``claimledger serve --workers 2`` on a free port; return it and the port."""
    port = _free_port()
    command = [sys.executable, "-m", "claimledger", "serve", "--db", db, "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    return server, port


def test_two_workers_answer_the_api_from_two_processes(sample_db: tuple[str, SampleIds]) -> None:
    db, ids = sample_db
    server, port = _serve_two_workers(db)
    try:
        base = f"http://127.0.0.1:{port}"
        first = _get_when_up(f"{base}/api/timeline?entity={ids.volfovich}", server)
        assert first.status_code == 200
        assert first.json()["ok"] is True and first.json()["rows"]
        found = httpx.get(f"{base}/api/attributions?speaker={ids.volfovich}", timeout=5).json()
        assert {row["speaker"]["entity_id"] for row in found["rows"]} == {ids.volfovich}
        # The supervisor and its two workers: the workers are the supervisor's children.
        assert len(_workers(server.pid)) == 2
    finally:
        server.terminate()
        server.wait(timeout=15)


def test_workers_must_be_at_least_one(sample_db: tuple[str, SampleIds]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimledger", "serve", "--db", sample_db[0], "--workers", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--workers" in done.stderr


@pytest.mark.skipif(not spreads_connections(), reason="SO_REUSEPORT balancing is Linux's")
def test_connections_are_spread_over_the_workers(sample_db: tuple[str, SampleIds]) -> None:
    db, _ids = sample_db
    server, port = _serve_two_workers(db)
    clients: list[socket.socket] = []
    try:
        _get_when_up(f"http://127.0.0.1:{port}/api/documents", server)
        workers = _workers(server.pid)
        assert len(workers) == 2
        before = {pid: _sockets_held(pid) for pid in workers}
        # 16 keep-alive clients: the kernel hashes each to one worker's socket; all 16 on
        # one worker would happen once in 2**15 runs.
        for _ in range(16):
            client = socket.create_connection(("127.0.0.1", port), timeout=10)
            client.sendall(b"GET /api/documents?limit=1 HTTP/1.1\r\nHost: t\r\n\r\n")
            assert client.recv(12).startswith(b"HTTP/1.1 200")
            clients.append(client)
        gained = {pid: _sockets_held(pid) - before[pid] for pid in workers}
        assert all(n >= 1 for n in gained.values()), gained
    finally:
        for client in clients:
            client.close()
        server.terminate()
        assert server.wait(timeout=15) == 0


@pytest.mark.skipif(not spreads_connections(), reason="SO_REUSEPORT balancing is Linux's")
def test_a_worker_that_dies_stops_the_server(sample_db: tuple[str, SampleIds]) -> None:
    db, _ids = sample_db
    server, port = _serve_two_workers(db)
    try:
        _get_when_up(f"http://127.0.0.1:{port}/api/documents", server)
        os.kill(_workers(server.pid)[0], signal.SIGKILL)
        assert server.wait(timeout=30) == 1
        assert b"exited" in (server.stderr.read() if server.stderr else b"")
    finally:
        if server.poll() is None:
            server.kill()


def test_a_taken_port_is_an_error_not_a_shared_port(sample_db: tuple[str, SampleIds]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = [sys.executable, "-m", "claimledger", "serve", "--db", sample_db[0]]
        done = subprocess.run(
            [*command, "--port", str(port), "--workers", "2"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
