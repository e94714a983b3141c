"""``claimledger serve --workers N``: the same API from several processes on one port."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

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


def test_two_workers_answer_the_api_from_two_processes(sample_db: tuple[str, SampleIds]) -> None:
    db, ids = sample_db
    port = _free_port()
    command = [sys.executable, "-m", "claimledger", "serve", "--db", db, "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        base = f"http://127.0.0.1:{port}"
        first = _get_when_up(f"{base}/api/timeline?entity={ids.volfovich}", server)
        assert first.status_code == 200
        assert first.json()["ok"] is True and first.json()["rows"]
        found = httpx.get(f"{base}/api/attributions?speaker={ids.volfovich}", timeout=5).json()
        assert {row["speaker"]["entity_id"] for row in found["rows"]} == {ids.volfovich}
        # The supervisor and its two workers: the workers are the supervisor's children.
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        assert len(children) >= 2
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
