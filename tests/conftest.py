"""Fixtures shared by the whole suite: ledger databases on SQLite and on PostgreSQL.

PostgreSQL tests run against the server at ``CLAIMLEDGER_TEST_PG`` (default
``postgresql+psycopg://postgres@127.0.0.1:5432/test``, the one on this
project's machines); each test gets a database of its own, dropped afterwards.
When no server answers they are skipped, and the skip says why.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "examples" / "seeds"
PG_URL = os.environ.get("CLAIMLEDGER_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_admin_url() -> str:
    return make_url(PG_URL).set(database="postgres").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_available() -> str | None:
    """Return why PostgreSQL is unusable, or ``None`` when it answers."""
    try:
        engine = create_engine(_pg_admin_url(), connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        engine.dispose()
    except OperationalError as exc:
        return f"no PostgreSQL at {PG_URL} ({str(exc.orig).strip().splitlines()[0]})"
    return None


@pytest.fixture
def pg_url(pg_available: str | None) -> Iterator[str]:
    """Yield the URL of a fresh, empty PostgreSQL database, dropped after the test."""
    if pg_available:
        pytest.skip(pg_available)
    name = f"claimledger_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh ledger database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The bundled example corpus."""
    return SEEDS
