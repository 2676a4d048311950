"""Recruiter workspace: invite/reset tokens, notes and mentions, field overrides, duplicates.

Revision ID: b4a1_workspace
Revises: cb19f82b8f72
Create Date: 2026-11-26 01:23:16.848583
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b4a1_workspace"
down_revision: str | None = "cb19f82b8f72"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "user_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_user_token_created_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_user_token_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_user_token_token_hash")),
    )
    with op.batch_alter_table("user_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_token_user_id"), ["user_id"], unique=False)

    op.create_table(
        "field_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_field_override_candidate_id_candidate"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_field_override_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_override")),
    )
    with op.batch_alter_table("field_override", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_field_override_candidate_id"), ["candidate_id"], unique=False
        )

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("author_user_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_user_id"],
            ["user_account.id"],
            name=op.f("fk_note_author_user_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_note_candidate_id_candidate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_candidate_id"), ["candidate_id"], unique=False)

    op.create_table(
        "note_mention",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"], ["note.id"], name=op.f("fk_note_mention_note_id_note")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_note_mention_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_mention")),
        sa.UniqueConstraint("note_id", "user_id", name=op.f("uq_note_mention_note_id")),
    )
    with op.batch_alter_table("note_mention", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_mention_note_id"), ["note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_mention_user_id"), ["user_id"], unique=False)

    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("location_city", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("location_state", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("possible_duplicate_of_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_candidate_location_city"), ["location_city"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_candidate_possible_duplicate_of_id_candidate"),
            "candidate",
            ["possible_duplicate_of_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_candidate_merged_into_id_candidate"),
            "candidate",
            ["merged_into_id"],
            ["id"],
        )

    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name", sa.String(length=200), nullable=True))


def downgrade() -> None:

    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.drop_column("name")

    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_candidate_merged_into_id_candidate"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_candidate_possible_duplicate_of_id_candidate"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_candidate_location_city"))
        batch_op.drop_column("possible_duplicate_of_id")
        batch_op.drop_column("merged_into_id")
        batch_op.drop_column("location_state")
        batch_op.drop_column("location_city")

    with op.batch_alter_table("note_mention", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_mention_user_id"))
        batch_op.drop_index(batch_op.f("ix_note_mention_note_id"))

    op.drop_table("note_mention")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_candidate_id"))

    op.drop_table("note")
    with op.batch_alter_table("field_override", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_field_override_candidate_id"))

    op.drop_table("field_override")
    with op.batch_alter_table("user_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_token_user_id"))

    op.drop_table("user_token")
