"""The ``doc._`` attributes our components read and write, registered once.

Each holds a tuple of records from :mod:`claimledger.records` with character
offsets into ``doc.text``. ``claimledger_published`` is an input: the
document's publication time, set before the pipeline runs, which the time
component uses as its anchor (and fills in from the text when it is missing).
"""

from __future__ import annotations

from spacy.tokens import Doc

PUBLISHED = "claimledger_published"
PUBLISHED_EVIDENCE = "claimledger_published_evidence"
ENTITIES = "claimledger_entities"
ROLES = "claimledger_roles"
TIMES = "claimledger_times"
ATTRIBUTIONS = "claimledger_attributions"
CLAIMS = "claimledger_claims"

_TUPLE_EXTENSIONS = (ENTITIES, ROLES, TIMES, ATTRIBUTIONS, CLAIMS)


def register_extensions() -> None:
    """Register every ``doc._`` attribute we use; safe to call many times."""
    for name in (PUBLISHED, PUBLISHED_EVIDENCE):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in _TUPLE_EXTENSIONS:
        if not Doc.has_extension(name):
            # A tuple default is immutable, so no two docs can share a mutable list.
            Doc.set_extension(name, default=())


register_extensions()
