"""Candidate-confirmed profile on each submission.

Revision ID: c5a1_candidate
Revises: cb19f82b8f72
Create Date: 2026-11-26 01:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c5a1_candidate"
down_revision: str | None = "b4a1_workspace"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("submission") as batch:
        batch.add_column(sa.Column("confirmed_profile", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_index(batch.f("ix_submission_confirmed_at"), ["confirmed_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("submission") as batch:
        batch.drop_index(batch.f("ix_submission_confirmed_at"))
        batch.drop_column("confirmed_at")
        batch.drop_column("confirmed_profile")
