"""What a status link owns, and proving the email on file: submission.sent_from_id (a newer
resume sent from a status page belongs to that link too) and the email_proof table of
one-time links.

Revision ID: f8a1_ownership
Revises: e7a1_facet_counts
Create Date: 2026-12-06 08:19:50
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f8a1_ownership"
down_revision: str | None = "e7a1_facet_counts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "email_proof",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("email_normalized", sa.String(length=320), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("manage_until", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submission.id"],
            name=op.f("fk_email_proof_submission_id_submission"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_proof")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_email_proof_token_hash")),
    )
    with op.batch_alter_table("email_proof") as batch_op:
        batch_op.create_index(batch_op.f("ix_email_proof_expires_at"), ["expires_at"])
        batch_op.create_index(batch_op.f("ix_email_proof_submission_id"), ["submission_id"])
    with op.batch_alter_table("submission") as batch_op:
        batch_op.add_column(sa.Column("sent_from_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_submission_sent_from_id"), ["sent_from_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_submission_sent_from_id_submission"),
            "submission",
            ["sent_from_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("submission") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_submission_sent_from_id_submission"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_submission_sent_from_id"))
        batch_op.drop_column("sent_from_id")
    with op.batch_alter_table("email_proof") as batch_op:
        batch_op.drop_index(batch_op.f("ix_email_proof_submission_id"))
        batch_op.drop_index(batch_op.f("ix_email_proof_expires_at"))
    op.drop_table("email_proof")
