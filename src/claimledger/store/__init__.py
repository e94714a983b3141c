"""The ledger store: schema, migrations and queries — the only place that knows SQL.

SQLite (a single file) is the default; PostgreSQL through the same code by URL.
"""

from claimledger.store.ledger_store import EntityPlan, EntityRef, Store

__all__ = ["EntityPlan", "EntityRef", "Store"]
