"""documents.story: the story (seminal event) each document was grouped into

The link stage groups documents about one event (one missile deployment, one
arrest) into a story, so that forecasts are settled and conflicts found only
within it; the export carries the story on each document record. Nullable:
a ledger not yet linked has no stories.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("story", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_documents_story"), ["story"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_story"))
        batch_op.drop_column("story")
