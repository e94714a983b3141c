"""covering indexes for the API's listings and the timeline

Each listing first picks one page of ids in its order, then loads those rows.
These indexes hold the filter column, the order columns and the id, so SQLite
answers that first step from the index alone (no table rows, no documents.text
overflow pages) and, for one speaker or entity, reads the rows already sorted.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 17:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (table, index name, columns): frozen here, as migrations must not follow later models.
INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "attributions",
        "ix_attributions_speaker_said",
        ("speaker_entity_id", "said_start", "said_end", "document_id", "start", "id"),
    ),
    (
        "attributions",
        "ix_attributions_speaker_name_said",
        ("speaker_name", "said_start", "said_end", "document_id", "start", "id"),
    ),
    (
        "attributions",
        "ix_attributions_said_order",
        ("said_start", "said_end", "document_id", "start", "id"),
    ),
    (
        "attributions",
        "ix_attributions_said_by_id",
        ("id", "said_granularity", "said_start", "said_end", "said_inferred"),
    ),
    (
        "claims",
        "ix_claims_subject_about",
        ("subject_entity_id", "about_start", "about_end", "document_id", "start", "id"),
    ),
    (
        "claims",
        "ix_claims_attribution_about",
        ("attribution_id", "about_start", "about_end", "document_id", "start", "id"),
    ),
    ("claims", "ix_claims_about_order", ("about_start", "about_end", "document_id", "start", "id")),
    ("claims", "ix_claims_document_span", ("document_id", "start", "end", "id")),
    (
        "entity_mentions",
        "ix_entity_mentions_entity_span",
        ("entity_id", "document_id", "start", "end"),
    ),
    (
        "documents",
        "ix_documents_published_by_id",
        ("id", "published_start", "published_end", "published_granularity", "published_inferred"),
    ),
)


def upgrade() -> None:
    for table, name, columns in INDEXES:
        op.create_index(name, table, list(columns), unique=False)


def downgrade() -> None:
    for table, name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
