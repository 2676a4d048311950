"""Facet counts: a sample slot per candidate, eligible states as one JSON column, and
(candidate_id, value) indexes on the facet tables.

Revision ID: e7a1_facet_counts
Revises: b4b1_queue_search
Create Date: 2026-11-26 04:30:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e7a1_facet_counts"
down_revision: str | None = "b4b1_queue_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (old index on candidate_id, new covering index, its columns)
FACET_TABLES = (
    ("candidate_specialty", "ix_candidate_specialty_candidate_id_name", ["candidate_id", "name"]),
    (
        "candidate_license",
        "ix_candidate_license_candidate_id_state",
        ["candidate_id", "state", "compact"],
    ),
    (
        "candidate_certification",
        "ix_candidate_certification_candidate_id_name",
        ["candidate_id", "name", "expires"],
    ),
    (
        "candidate_eligible_state",
        "ix_candidate_eligible_state_candidate_id_state",
        ["candidate_id", "state"],
    ),
)
BATCH = 1000
SAMPLE_SLOTS = 1024  # recruit.models.SAMPLE_SLOTS when this was written


def upgrade() -> None:
    op.add_column("candidate", sa.Column("eligible_states_json", sa.Text(), nullable=True))
    op.add_column(
        "candidate",
        sa.Column("sample_slot", sa.SmallInteger(), nullable=False, server_default=sa.text("0")),
    )
    # Existing candidates get a slot from their id, scrambled (an odd multiplier modulo 2**32)
    # so that neighbours in arrival order land in unrelated slots; new ones get a random one.
    op.execute(
        "UPDATE candidate SET sample_slot ="
        f" ((CAST(id AS BIGINT) * 2654435761) % 4294967296) % {SAMPLE_SLOTS}"
    )
    op.create_index("ix_candidate_sample_slot", "candidate", ["sample_slot"])
    for table, index, columns in FACET_TABLES:
        op.create_index(index, table, columns)
        op.drop_index(f"ix_{table}_candidate_id", table_name=table)
    _fill_eligible_states_json()


def _fill_eligible_states_json() -> None:
    """Existing candidates' JSON, built here in Python so both databases get the same text."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT candidate_id, state FROM candidate_eligible_state ORDER BY candidate_id, state"
        )
    )
    update = sa.text("UPDATE candidate SET eligible_states_json = :states WHERE id = :id")
    batch: list[dict[str, object]] = []
    current: int | None = None
    states: list[str] = []
    for candidate_id, state in rows:
        if candidate_id != current and current is not None:
            batch.append({"id": current, "states": json.dumps(sorted(set(states)))})
            states = []
        current = candidate_id
        states.append(state)
        if len(batch) >= BATCH:
            connection.execute(update, batch)
            batch = []
    if current is not None:
        batch.append({"id": current, "states": json.dumps(sorted(set(states)))})
    if batch:
        connection.execute(update, batch)


def downgrade() -> None:
    for table, index, _columns in FACET_TABLES:
        op.create_index(f"ix_{table}_candidate_id", table, ["candidate_id"])
        op.drop_index(index, table_name=table)
    op.drop_index("ix_candidate_sample_slot", table_name="candidate")
    op.drop_column("candidate", "sample_slot")
    op.drop_column("candidate", "eligible_states_json")
