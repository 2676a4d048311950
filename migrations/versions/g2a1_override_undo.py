"""An undo is a correction that takes back another: field_override.undoes_id.

Revision ID: g2a1_override_undo
Revises: g1a1_facet_sample_by_status
Create Date: 2026-12-06 08:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "g2a1_override_undo"
down_revision: str | None = "g1a1_facet_sample_by_status"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("field_override") as batch:
        batch.add_column(sa.Column("undoes_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_field_override_undoes_id_field_override"),
            "field_override",
            ["undoes_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("field_override") as batch:
        batch.drop_constraint(
            batch.f("fk_field_override_undoes_id_field_override"), type_="foreignkey"
        )
        batch.drop_column("undoes_id")
