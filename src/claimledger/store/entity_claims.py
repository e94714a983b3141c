"""The timeline index: which claims each entity has a part in, with their sort keys.

An entity has a part in a claim it says (the attribution's speaker), is the
subject of, or is named inside (an entity mention within the claim's
characters). Finding those claims and ordering them by a clock that is
worked out across three tables cost a query per timeline page proportional to
all the entity's claims (a quarter of a second for the most quoted speaker of
a 100,000-claim ledger); with the keys stored beside the entity, a page is an
index range read in order.

A stored document adds its own rows (:func:`add_document`, in the document's
transaction). The link stage may change every column the index is built from
(subjects, merged entities, said-times), so :func:`clear` runs first and
:func:`rebuild` last in every :func:`~claimledger.store.linking.replace_links`,
in its transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, delete, insert, select, union
from sqlalchemy.orm import Session

from claimledger.store import schema
from claimledger.store.clocks import about_columns, said_columns, sort_key

A = schema.Attribution
C = schema.Claim
D = schema.Document
M = schema.EntityMention
EC = schema.EntityClaim


def clear(session: Session) -> None:
    """Empty the index (before entities are merged away under it)."""
    session.execute(delete(EC))


def rebuild(session: Session) -> None:
    """Fill the index from the claims, attributions, mentions and documents, in one statement."""
    session.execute(insert(EC).from_select(_COLUMNS, _rows()))


def add_document(session: Session, document_id: str) -> None:
    """Add the rows of one newly stored document, so the index is whole before the next link."""
    session.execute(insert(EC).from_select(_COLUMNS, _rows(document_id)))


_COLUMNS = [
    "entity_id",
    "claim_id",
    "said_undated",
    "said_key",
    "said_end",
    "about_undated",
    "about_key",
    "about_end",
    "document_id",
    "start",
]


def _rows(document_id: str | None = None) -> Select[Any]:
    """The index rows, in ``_COLUMNS`` order, of every claim or of one document's claims."""
    subject = select(C.subject_entity_id.label("entity_id"), C.id.label("claim_id")).where(
        C.subject_entity_id.is_not(None)
    )
    speaker = (
        select(A.speaker_entity_id, C.id)
        .join(A, A.id == C.attribution_id)
        .where(A.speaker_entity_id.is_not(None))
    )
    named = (
        select(M.entity_id, C.id)
        .join(M, M.document_id == C.document_id)
        .where(C.start <= M.start, C.end >= M.end)
    )
    branches = [subject, speaker, named]
    if document_id is not None:
        branches = [b.where(C.document_id == document_id) for b in branches]
    parts = union(*branches).subquery("parts")
    said = said_columns()
    about = about_columns()
    said_key = sort_key(said[0], said[1])
    about_key = sort_key(about[0], about[1])
    return (
        select(
            parts.c.entity_id,
            parts.c.claim_id,
            said_key.is_(None),
            said_key,
            said[1],
            about_key.is_(None),
            about_key,
            about[1],
            C.document_id,
            C.start,
        )
        .join(C, C.id == parts.c.claim_id)
        .outerjoin(A, A.id == C.attribution_id)
        .join(D, D.id == C.document_id)
    )
