"""Fixtures for the API tests: the sample ledger on disk and a test client over it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette nags about httpx vs httpx2
    from fastapi.testclient import TestClient

from claimledger.api import create_app

from .sample import SampleIds, build_sample_ledger

TOKEN = "s3cret-token"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, SampleIds]:
    """A SQLite ledger with the two sample articles, shared by the session (read-only)."""
    db = str(tmp_path_factory.mktemp("api") / "sample.db")
    return db, build_sample_ledger(db)


@pytest.fixture(scope="session")
def ids(sample_db: tuple[str, SampleIds]) -> SampleIds:
    """Ids of the sample rows."""
    return sample_db[1]


@pytest.fixture(scope="session")
def client(sample_db: tuple[str, SampleIds]) -> Iterator[TestClient]:
    """A client for the read-only app over the sample ledger."""
    with TestClient(create_app(sample_db[0]), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def writable_db(tmp_path: Path) -> tuple[str, SampleIds]:
    """A sample ledger of this test's own, for tests that write."""
    db = str(tmp_path / "ledger.db")
    return db, build_sample_ledger(db)
