"""Open a ledger database (SQLite file or PostgreSQL URL) and bring its schema up to date."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from claimledger.errors import StoreError


def database_url(db: str) -> str:
    """Return a SQLAlchemy URL for ``db``: a URL as given, or a SQLite file path."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("claimledger.store").joinpath("migrations"))
    )
    return config


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        # WAL lets the web UI read while an ingest writes.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


def create_store_engine(db: str) -> Engine:
    """Return an engine for ``db``; raises :class:`StoreError` for an unusable URL."""
    url = database_url(db)
    try:
        parsed = make_url(url)
        engine = create_engine(url, future=True)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise StoreError(f"{db}: not a usable database URL or path ({exc})") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not Path(database).parent.exists():
            raise StoreError(f"{db}: folder {Path(database).parent} does not exist")
        _tune_sqlite(engine)
    return engine


def current_revision(engine: Engine) -> str | None:
    """Return the schema revision the database is at (``None`` for an empty one)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """Return the newest schema revision this version of claimledger knows."""
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def migrate(engine: Engine) -> None:
    """Upgrade the database to the newest schema; raises :class:`StoreError` if it cannot."""
    config = _alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        raise StoreError(f"{engine.url!r}: cannot migrate the ledger ({exc.orig})") from exc
