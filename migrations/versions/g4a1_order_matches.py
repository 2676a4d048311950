"""Kept match pairs: order_match, one row per (open order, candidate) with no hard gate failed,
and job_order.matched_at (when they were computed) in place of the kept submittable counts.

No pairs are computed here: every existing order starts unbuilt, its lists are computed live
as before until the worker's sweep (or `recruit orders sweep`) builds it.

Revision ID: g4a1_order_matches
Revises: g3a1_job_orders
Create Date: 2026-12-07 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "g4a1_order_matches"
down_revision: str | None = "g3a1_job_orders"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "order_match",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("standing", sa.String(16), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recheck_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"], ["job_order.id"], name="fk_order_match_order_id_job_order"
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name="fk_order_match_candidate_id_candidate"
        ),
        sa.PrimaryKeyConstraint("order_id", "candidate_id", name="pk_order_match"),
    )
    op.create_index(
        "ix_order_match_order_id_standing_score",
        "order_match",
        ["order_id", "standing", "score"],
    )
    op.create_index(
        "ix_order_match_candidate_id_standing", "order_match", ["candidate_id", "standing"]
    )
    op.create_index("ix_order_match_recheck_at", "order_match", ["recheck_at"])
    with op.batch_alter_table("job_order") as batch:
        batch.add_column(sa.Column("matched_at", sa.DateTime(timezone=True), nullable=True))
        batch.drop_column("submittable_count")
        batch.drop_column("counted_at")
        batch.create_index("ix_job_order_status_matched_at", ["status", "matched_at"])


def downgrade() -> None:
    with op.batch_alter_table("job_order") as batch:
        batch.drop_index("ix_job_order_status_matched_at")
        batch.add_column(sa.Column("counted_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("submittable_count", sa.Integer(), nullable=True))
        batch.drop_column("matched_at")
    op.drop_table("order_match")
