"""Job orders, their required certifications, submittals with a dated trail, and the candidate
columns matching reads (start date, preferred states, travel count, recent specialty, fields
still to verify).

Revision ID: g3a1_job_orders
Revises: g2a1_override_undo
Create Date: 2026-12-06 08:30:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "g3a1_job_orders"
down_revision: str | None = "g2a1_override_undo"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    _candidate_columns()
    _job_orders()
    _submittals()
    _fill_confirmed_preferences()


def _fill_confirmed_preferences() -> None:
    """Start dates and preferred states come only from what candidates confirmed: copy the
    latest confirmation's onto existing candidates, so matching respects them at once. (The
    other matching facts are filled by the next profile refresh.)"""
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT candidate_id, confirmed_profile FROM submission"
            " WHERE confirmed_at IS NOT NULL ORDER BY candidate_id, confirmed_at, id"
        )
    )
    latest: dict[int, Any] = {}
    for candidate_id, profile in rows:
        latest[candidate_id] = json.loads(profile) if isinstance(profile, str) else profile
    states, starts = [], []
    for candidate_id, profile in latest.items():
        profile = profile if isinstance(profile, dict) else {}
        wanted = profile.get("preferred_states") or []
        codes = {s.strip().upper()[:10] for s in wanted if isinstance(s, str) and s.strip()}
        states += [{"candidate_id": candidate_id, "state": code} for code in sorted(codes)]
        start = _iso_date(profile.get("availability_date"))
        if start is not None:
            starts.append({"id": candidate_id, "start": start})
    if states:
        connection.execute(
            sa.text(
                "INSERT INTO candidate_preferred_state (candidate_id, state)"
                " VALUES (:candidate_id, :state)"
            ),
            states,
        )
    if starts:
        connection.execute(
            sa.text("UPDATE candidate SET available_from = :start WHERE id = :id"), starts
        )


def _iso_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _candidate_columns() -> None:
    with op.batch_alter_table("candidate") as batch:
        batch.add_column(sa.Column("available_from", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("travel_assignments", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("recent_specialty", sa.String(80), nullable=True))
        batch.add_column(sa.Column("unverified_fields_json", sa.Text(), nullable=True))
        batch.create_index("ix_candidate_available_from", ["available_from"])
    op.create_table(
        "candidate_preferred_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "candidate_id",
            sa.Integer(),
            sa.ForeignKey(
                "candidate.id", name="fk_candidate_preferred_state_candidate_id_candidate"
            ),
            nullable=False,
        ),
        sa.Column("state", sa.String(10), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_candidate_preferred_state"),
    )
    op.create_index(
        "ix_candidate_preferred_state_candidate_id_state",
        "candidate_preferred_state",
        ["candidate_id", "state"],
    )


def _job_orders() -> None:
    op.create_table(
        "job_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("external_id", sa.String(100), nullable=True),
        sa.Column("facility", sa.String(200), nullable=False),
        sa.Column("unit", sa.String(100), nullable=True),
        sa.Column("city", sa.String(100), nullable=True),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("discipline", sa.String(40), nullable=False),
        sa.Column("specialty", sa.String(80), nullable=True),
        sa.Column("shift", sa.String(20), nullable=True),
        sa.Column("shift_hours", sa.Integer(), nullable=True),
        sa.Column("shifts_per_week", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("guaranteed_hours", sa.Double(), nullable=True),
        sa.Column("openings", sa.Integer(), nullable=False),
        sa.Column("openings_filled", sa.Integer(), nullable=False),
        sa.Column("bill_rate", sa.Double(), nullable=True),
        sa.Column("pay_package", sa.Text(), nullable=True),
        sa.Column("compact_accepted", sa.Boolean(), nullable=False),
        sa.Column("min_years", sa.Double(), nullable=True),
        sa.Column("ehr", sa.String(80), nullable=True),
        sa.Column("ehr_required", sa.Boolean(), nullable=False),
        sa.Column("float_requirement", sa.String(200), nullable=True),
        sa.Column("rto_notes", sa.Text(), nullable=True),
        sa.Column("submission_limit", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("submittable_count", sa.Integer(), nullable=True),
        sa.Column("counted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_job_order"),
        sa.UniqueConstraint("source", "external_id", name="uq_job_order_source"),
    )
    op.create_index(
        "ix_job_order_status_discipline_state", "job_order", ["status", "discipline", "state"]
    )
    op.create_index("ix_job_order_status_start_date", "job_order", ["status", "start_date"])
    op.create_table(
        "job_order_certification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["job_order.id"], name="fk_job_order_certification_order_id_job_order"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_job_order_certification"),
    )
    op.create_index("ix_job_order_certification_order_id", "job_order_certification", ["order_id"])


def _submittals() -> None:
    op.create_table(
        "submittal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("facility_key", sa.String(200), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("proposed_by_id", sa.Integer(), nullable=True),
        sa.Column("share_pay", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"], ["job_order.id"], name="fk_submittal_order_id_job_order"
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name="fk_submittal_candidate_id_candidate"
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"], ["user_account.id"], name="fk_submittal_proposed_by_id_user_account"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_submittal"),
    )
    op.create_index("ix_submittal_order_id", "submittal", ["order_id"])
    op.create_index(
        "ix_submittal_candidate_id_facility_key", "submittal", ["candidate_id", "facility_key"]
    )
    op.create_table(
        "submittal_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submittal_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_user_id", sa.Integer(), nullable=True),
        sa.Column("by_candidate", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["submittal_id"], ["submittal.id"], name="fk_submittal_step_submittal_id_submittal"
        ),
        sa.ForeignKeyConstraint(
            ["actor_user_id"],
            ["user_account.id"],
            name="fk_submittal_step_actor_user_id_user_account",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_submittal_step"),
    )
    op.create_index("ix_submittal_step_submittal_id", "submittal_step", ["submittal_id"])


def downgrade() -> None:
    op.drop_table("submittal_step")
    op.drop_table("submittal")
    op.drop_table("job_order_certification")
    op.drop_table("job_order")
    op.drop_table("candidate_preferred_state")
    with op.batch_alter_table("candidate") as batch:
        batch.drop_index("ix_candidate_available_from")
        batch.drop_column("unverified_fields_json")
        batch.drop_column("recent_specialty")
        batch.drop_column("travel_assignments")
        batch.drop_column("available_from")
