"""entity_claims: the timeline index, which claims each entity has a part in, with sort keys

The timeline of one entity ordered every claim the entity says, is the
subject of or is named in, by a clock worked out across three tables: a
quarter of a second per page for the most quoted speaker of a 100,000-claim
ledger. This table keeps each (entity, claim) pair with both clocks' sort
keys, indexed in timeline order. The link stage rebuilds it; here it is
filled once from what a ledger linked by an earlier version already holds.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 13:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen here, as migrations must not follow later code (store/entity_claims.py builds
# the same rows on every link).
_SAID_START = (
    "CASE WHEN a.said_granularity IS NOT NULL THEN a.said_start "
    "WHEN c.attribution_id IS NULL THEN d.published_start ELSE NULL END"
)
_SAID_END = "CASE WHEN a.said_granularity IS NOT NULL THEN a.said_end ELSE d.published_end END"
_FILL = f"""
INSERT INTO entity_claims (entity_id, claim_id, said_undated, said_key, said_end,
                           about_undated, about_key, about_end, document_id, "start")
SELECT parts.entity_id, parts.claim_id,
       COALESCE({_SAID_START}, {_SAID_END}) IS NULL,
       COALESCE({_SAID_START}, {_SAID_END}),
       {_SAID_END},
       COALESCE(c.about_start, c.about_end) IS NULL,
       COALESCE(c.about_start, c.about_end),
       c.about_end,
       c.document_id, c."start"
FROM (
    SELECT subject_entity_id AS entity_id, id AS claim_id
    FROM claims WHERE subject_entity_id IS NOT NULL
    UNION
    SELECT a2.speaker_entity_id, c2.id
    FROM claims c2 JOIN attributions a2 ON a2.id = c2.attribution_id
    WHERE a2.speaker_entity_id IS NOT NULL
    UNION
    SELECT m.entity_id, c3.id
    FROM claims c3 JOIN entity_mentions m ON m.document_id = c3.document_id
    WHERE c3."start" <= m."start" AND c3."end" >= m."end"
) AS parts
JOIN claims c ON c.id = parts.claim_id
LEFT OUTER JOIN attributions a ON a.id = c.attribution_id
JOIN documents d ON d.id = c.document_id
"""


def upgrade() -> None:
    op.create_table(
        "entity_claims",
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("claim_id", sa.String(length=64), nullable=False),
        sa.Column("said_undated", sa.Boolean(), nullable=False),
        sa.Column("said_key", sa.Date(), nullable=True),
        sa.Column("said_end", sa.Date(), nullable=True),
        sa.Column("about_undated", sa.Boolean(), nullable=False),
        sa.Column("about_key", sa.Date(), nullable=True),
        sa.Column("about_end", sa.Date(), nullable=True),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["entity_id"], ["entities.id"]),
        sa.PrimaryKeyConstraint("entity_id", "claim_id"),
    )
    with op.batch_alter_table("entity_claims", schema=None) as batch_op:
        batch_op.create_index(
            "ix_entity_claims_said",
            [
                "entity_id",
                "said_undated",
                "said_key",
                "said_end",
                "document_id",
                "start",
                "claim_id",
            ],
            unique=False,
        )
        batch_op.create_index(
            "ix_entity_claims_about",
            [
                "entity_id",
                "about_undated",
                "about_key",
                "about_end",
                "document_id",
                "start",
                "claim_id",
            ],
            unique=False,
        )
        batch_op.create_index("ix_entity_claims_claim", ["claim_id"], unique=False)
    op.execute(_FILL)


def downgrade() -> None:
    with op.batch_alter_table("entity_claims", schema=None) as batch_op:
        batch_op.drop_index("ix_entity_claims_claim")
        batch_op.drop_index("ix_entity_claims_about")
        batch_op.drop_index("ix_entity_claims_said")
    op.drop_table("entity_claims")
