"""Queue columns and indexes on candidates and facets; the full-text search index.

Revision ID: b4b1_queue_search
Revises: cb19f82b8f72
Create Date: 2026-11-26 01:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b4b1_queue_search"
down_revision: str | None = "d6a1_hardening"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_candidate_received_at_id", "candidate", ["received_at", "id"]),
    ("ix_candidate_status_received_at_id", "candidate", ["status", "received_at", "id"]),
    ("ix_candidate_assigned_user_id_received_at", "candidate", ["assigned_user_id", "received_at"]),
    ("ix_candidate_parse_failed", "candidate", ["parse_failed"]),
    ("ix_candidate_has_warnings", "candidate", ["has_warnings"]),
    ("ix_candidate_min_confidence", "candidate", ["min_confidence"]),
    ("ix_candidate_specialty_name_candidate_id", "candidate_specialty", ["name", "candidate_id"]),
    ("ix_candidate_license_state_candidate_id", "candidate_license", ["state", "candidate_id"]),
    (
        "ix_candidate_certification_name_expires",
        "candidate_certification",
        ["name", "expires", "candidate_id"],
    ),
    (
        "ix_candidate_eligible_state_state_candidate_id",
        "candidate_eligible_state",
        ["state", "candidate_id"],
    ),
)


def upgrade() -> None:
    # ADD COLUMN with constant defaults works on SQLite without rebuilding the table (a rebuild
    # would have to drop a table other tables point at). The app always sets these values.
    op.add_column(
        "candidate",
        sa.Column(
            "received_at",
            sa.DateTime(timezone=True),
            nullable=False,
            server_default=sa.text("'1970-01-01 00:00:00'"),
        ),
    )
    op.add_column(
        "candidate",
        sa.Column("parse_failed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "candidate",
        sa.Column("has_warnings", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("candidate", sa.Column("min_confidence", sa.Double(), nullable=True))
    op.execute(
        "UPDATE candidate SET received_at = COALESCE("
        "(SELECT MAX(s.received_at) FROM submission s WHERE s.candidate_id = candidate.id),"
        " candidate.created_at)"
    )
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    _create_search_index()


def downgrade() -> None:
    _drop_search_index()
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("candidate") as batch:
        for column in ("min_confidence", "has_warnings", "parse_failed", "received_at"):
            batch.drop_column(column)


def _create_search_index() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE candidate_fts USING fts5(body,"
            " tokenize = 'unicode61 remove_diacritics 2', detail = 'none',"
            " prefix = '1 2 3 4 5 6 7 8')"
        )
        return
    op.execute(
        "CREATE TABLE candidate_search ("
        " candidate_id INTEGER PRIMARY KEY REFERENCES candidate (id) ON DELETE CASCADE,"
        " document TSVECTOR NOT NULL)"
    )
    op.execute("CREATE INDEX ix_candidate_search_document ON candidate_search USING GIN (document)")


def _drop_search_index() -> None:
    table = "candidate_fts" if op.get_bind().dialect.name == "sqlite" else "candidate_search"
    op.execute(f"DROP TABLE IF EXISTS {table}")
