"""The exceptions claimledger raises, one tree::

    ClaimledgerError
    ├── ConfigError          a setting is missing or wrong (model name, db url)
    ├── IngestError          a source could not be turned into documents
    │   └── (path, reason, line)
    ├── PipelineError        the spaCy pipeline could not be built or run
    └── StoreError           the ledger store could not be opened or written

Every error says what failed and what to do next; the CLI prints
``error: PATH: REASON`` and goes on with the rest of the batch.
"""

from __future__ import annotations

__all__ = ["ClaimledgerError", "ConfigError", "IngestError", "PipelineError", "StoreError"]


class ClaimledgerError(Exception):
    """Root of every error claimledger raises on purpose."""


class ConfigError(ClaimledgerError):
    """A setting is missing or has a value we cannot use."""


class IngestError(ClaimledgerError):
    """A source (file, line, record) could not be read into a document."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class PipelineError(ClaimledgerError):
    """The NLP pipeline could not be built (missing model, bad config)."""


class StoreError(ClaimledgerError):
    """The ledger store could not be opened, migrated or written."""
