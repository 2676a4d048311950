"""hardening: rate_limit counters

Revision ID: d6a1_hardening
Revises: cb19f82b8f72
Create Date: 2026-11-26 01:30:00

"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "d6a1_hardening"
down_revision = "c5a1_candidate"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_limit",
        sa.Column("bucket", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("window_start", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", "key", "window_start", name=op.f("pk_rate_limit")),
    )


def downgrade() -> None:
    op.drop_table("rate_limit")
