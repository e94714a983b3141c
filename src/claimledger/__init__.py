"""claimledger: turn news coverage into a sourced ledger of who claimed what, and when.

>>> from claimledger import Ledger
>>> with Ledger.open("story.db") as ledger:          # doctest: +SKIP
...     report = ledger.ingest(["examples/seeds"])
...     records = list(ledger.export())
"""

from claimledger.errors import (
    ClaimledgerError,
    ConfigError,
    IngestError,
    PipelineError,
    StoreError,
)
from claimledger.ledger import IngestReport, Ledger, extract
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
