"""Migrations build exactly the schema the models describe, and undo cleanly."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from claimledger.store import Store
from claimledger.store.engine import _alembic_config, current_revision, head_revision
from claimledger.store.schema import Base


def test_migrated_database_matches_the_models(db_url: str) -> None:
    store = Store.open(db_url)
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    store.close()
    assert diff == [], "the models changed without a migration: add one in store/migrations"


def test_downgrade_to_base_removes_every_table_and_upgrade_restores_them(db_url: str) -> None:
    store = Store.open(db_url)
    config = _alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
    store.close()
    store = Store.open(db_url)
    assert current_revision(store.engine) == head_revision()
    assert "attributions" in inspect(store.engine).get_table_names()
    store.close()
