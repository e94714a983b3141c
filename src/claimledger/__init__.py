"""claimledger: turn news coverage into a sourced ledger of who claimed what, and when.

>>> from claimledger import Ledger
>>> with Ledger.open("story.db") as ledger:          # doctest: +SKIP
...     report = ledger.ingest(["examples/seeds"])
...     records = list(ledger.export())

``Ledger``, ``IngestReport`` and ``extract`` are loaded on first use: they bring
the readers, the linker and their libraries (trafilatura, datasketch, numpy),
which a process that only reads a ledger (``claimledger serve``) never needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimledger.errors import (
    ClaimledgerError,
    ConfigError,
    IngestError,
    PipelineError,
    StoreError,
)
from claimledger.records import (
    Annotations,
    Attribution,
    Claim,
    DocumentMetadata,
    EntityMention,
    Interval,
    Relay,
    RoleMention,
    SourceDocument,
    Speaker,
    TextSpan,
    TimeExpression,
)

if TYPE_CHECKING:
    from claimledger.ledger import IngestReport, Ledger, extract

_FROM_LEDGER = ("IngestReport", "Ledger", "extract")

__all__ = [
    "Annotations",
    "Attribution",
    "Claim",
    "ClaimledgerError",
    "ConfigError",
    "DocumentMetadata",
    "EntityMention",
    "IngestError",
    "IngestReport",
    "Interval",
    "Ledger",
    "PipelineError",
    "Relay",
    "RoleMention",
    "SourceDocument",
    "Speaker",
    "StoreError",
    "TextSpan",
    "TimeExpression",
    "extract",
]


def __getattr__(name: str) -> Any:
    """Load the names that live in :mod:`claimledger.ledger` when first asked for."""
    if name in _FROM_LEDGER:
        from claimledger import ledger

        value = getattr(ledger, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'claimledger' has no attribute {name!r}")
