"""The two clocks a claim is placed by, as SQL: when it was said, and the time it is about.

A claim is said when its attribution says so, else (a narrator's claim, or a
statement the text does not date) by its document's publication. The order
of a timeline is by interval start, an open start by its end, undated last,
then in text order. The timeline query and the entity index it reads from
(:mod:`claimledger.store.entity_claims`) share these expressions, so they
cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, func, null

from claimledger.store import schema

A = schema.Attribution
C = schema.Claim
D = schema.Document


def said_columns() -> tuple[ColumnElement[Any], ...]:
    """The said-interval (start, end, granularity, inferred) with the publication fallbacks.

    Reads ``attributions`` (outer-joined on the claim) and ``documents``.
    """
    has_said = A.said_granularity.is_not(None)
    narrator = C.attribution_id.is_(None)
    published = D.published_granularity.is_not(None)
    return (
        case((has_said, A.said_start), (narrator, D.published_start), else_=null()),
        case((has_said, A.said_end), else_=D.published_end),
        case((has_said, A.said_granularity), (published, D.published_granularity), else_=null()),
        case((has_said, A.said_inferred), else_=D.published_inferred),
    )


def about_columns() -> tuple[ColumnElement[Any], ...]:
    """The interval the claim is about (start, end, granularity, inferred)."""
    return (
        C.about_start.expression,
        C.about_end.expression,
        C.about_granularity.expression,
        C.about_inferred.expression,
    )


def sort_key(start: ColumnElement[Any], end: ColumnElement[Any]) -> ColumnElement[Any]:
    """Where an interval sorts: its start, an open start by its end; ``NULL`` when undated."""
    return func.coalesce(start, end)


def order(start: ColumnElement[Any], end: ColumnElement[Any]) -> tuple[Any, ...]:
    """By interval start, an open start by its end; undated last; then in text order."""
    key = sort_key(start, end)
    return (key.is_(None), key, end, C.document_id, C.start, C.id)
