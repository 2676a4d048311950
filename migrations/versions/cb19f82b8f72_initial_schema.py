"""Initial schema: candidates, submissions, documents, parse results, facets, jobs, users, events.

Revision ID: cb19f82b8f72
Revises:
Create Date: 2026-11-26 00:45:33.320870
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "cb19f82b8f72"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "blob",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_blob")),
    )
    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("email", name=op.f("uq_user_account_email")),
    )
    op.create_table(
        "worker_heartbeat",
        sa.Column("worker_id", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("jobs_done", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("worker_id", name=op.f("pk_worker_heartbeat")),
    )
    op.create_index(
        op.f("ix_worker_heartbeat_seen_at"), "worker_heartbeat", ["seen_at"], unique=False
    )

    op.create_table(
        "candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("email_normalized", sa.String(length=320), nullable=True),
        sa.Column("phone_e164", sa.String(length=20), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("assigned_user_id", sa.Integer(), nullable=True),
        sa.Column("discipline", sa.String(length=40), nullable=True),
        sa.Column("years_experience", sa.Double(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_user_id"],
            ["user_account.id"],
            name=op.f("fk_candidate_assigned_user_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate")),
    )
    op.create_index(op.f("ix_candidate_discipline"), "candidate", ["discipline"], unique=False)
    op.create_index(
        op.f("ix_candidate_email_normalized"), "candidate", ["email_normalized"], unique=False
    )
    op.create_index(op.f("ix_candidate_phone_e164"), "candidate", ["phone_e164"], unique=False)
    op.create_index(op.f("ix_candidate_status"), "candidate", ["status"], unique=False)
    op.create_index(
        op.f("ix_candidate_years_experience"), "candidate", ["years_experience"], unique=False
    )

    op.create_table(
        "candidate_certification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("expires", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_candidate_certification_candidate_id_candidate"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_certification")),
    )
    op.create_index(
        op.f("ix_candidate_certification_candidate_id"),
        "candidate_certification",
        ["candidate_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_candidate_certification_expires"),
        "candidate_certification",
        ["expires"],
        unique=False,
    )
    op.create_index(
        op.f("ix_candidate_certification_name"), "candidate_certification", ["name"], unique=False
    )

    op.create_table(
        "candidate_ehr",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_candidate_ehr_candidate_id_candidate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_ehr")),
    )
    op.create_index(
        op.f("ix_candidate_ehr_candidate_id"), "candidate_ehr", ["candidate_id"], unique=False
    )
    op.create_index(op.f("ix_candidate_ehr_name"), "candidate_ehr", ["name"], unique=False)

    op.create_table(
        "candidate_eligible_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_candidate_eligible_state_candidate_id_candidate"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_eligible_state")),
    )
    op.create_index(
        op.f("ix_candidate_eligible_state_candidate_id"),
        "candidate_eligible_state",
        ["candidate_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_candidate_eligible_state_state"),
        "candidate_eligible_state",
        ["state"],
        unique=False,
    )

    op.create_table(
        "candidate_license",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=True),
        sa.Column("type", sa.String(length=20), nullable=True),
        sa.Column("number", sa.String(length=60), nullable=True),
        sa.Column("compact", sa.Boolean(), nullable=False),
        sa.Column("expires", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_candidate_license_candidate_id_candidate"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_license")),
    )
    op.create_index(
        op.f("ix_candidate_license_candidate_id"),
        "candidate_license",
        ["candidate_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_candidate_license_compact"), "candidate_license", ["compact"], unique=False
    )
    op.create_index(
        op.f("ix_candidate_license_expires"), "candidate_license", ["expires"], unique=False
    )
    op.create_index(
        "ix_candidate_license_state_type", "candidate_license", ["state", "type"], unique=False
    )

    op.create_table(
        "candidate_specialty",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("years", sa.Double(), nullable=True),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_candidate_specialty_candidate_id_candidate"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_specialty")),
    )
    op.create_index(
        op.f("ix_candidate_specialty_candidate_id"),
        "candidate_specialty",
        ["candidate_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_candidate_specialty_name"), "candidate_specialty", ["name"], unique=False
    )

    op.create_table(
        "submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("consent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status_token_hash", sa.String(length=128), nullable=True),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_submission_candidate_id_candidate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission")),
        sa.UniqueConstraint("status_token_hash", name=op.f("uq_submission_status_token_hash")),
    )
    op.create_index(
        op.f("ix_submission_candidate_id"), "submission", ["candidate_id"], unique=False
    )
    op.create_index(op.f("ix_submission_received_at"), "submission", ["received_at"], unique=False)
    op.create_index(op.f("ix_submission_status"), "submission", ["status"], unique=False)

    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=True),
        sa.Column("storage_key", sa.String(length=200), nullable=False),
        sa.Column("display_name", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"], ["submission.id"], name=op.f("fk_document_submission_id_submission")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("submission_id", name=op.f("uq_document_submission_id")),
    )
    op.create_index(op.f("ix_document_sha256"), "document", ["sha256"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_user_id", sa.Integer(), nullable=True),
        sa.Column("candidate_id", sa.Integer(), nullable=True),
        sa.Column("submission_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_user_id"], ["user_account.id"], name=op.f("fk_event_actor_user_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_event_candidate_id_candidate")
        ),
        sa.ForeignKeyConstraint(
            ["submission_id"], ["submission.id"], name=op.f("fk_event_submission_id_submission")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    op.create_index(op.f("ix_event_at"), "event", ["at"], unique=False)
    op.create_index(op.f("ix_event_candidate_id"), "event", ["candidate_id"], unique=False)

    op.create_table(
        "parse_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("lease_owner", sa.String(length=200), nullable=True),
        sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("run_after", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"], ["submission.id"], name=op.f("fk_parse_job_submission_id_submission")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parse_job")),
    )
    op.create_index(
        "ix_parse_job_status_run_after", "parse_job", ["status", "run_after"], unique=False
    )
    op.create_index(
        op.f("ix_parse_job_submission_id"), "parse_job", ["submission_id"], unique=False
    )

    op.create_table(
        "parse_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("profile", sa.JSON(), nullable=True),
        sa.Column("parser_version", sa.String(length=40), nullable=False),
        sa.Column("timings", sa.JSON(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("error_code", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submission.id"],
            name=op.f("fk_parse_result_submission_id_submission"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parse_result")),
        sa.UniqueConstraint("submission_id", name=op.f("uq_parse_result_submission_id")),
    )


def downgrade() -> None:
    op.drop_table("parse_result")
    op.drop_index(op.f("ix_parse_job_submission_id"), table_name="parse_job")
    op.drop_index("ix_parse_job_status_run_after", table_name="parse_job")

    op.drop_table("parse_job")
    op.drop_index(op.f("ix_event_candidate_id"), table_name="event")
    op.drop_index(op.f("ix_event_at"), table_name="event")

    op.drop_table("event")
    op.drop_index(op.f("ix_document_sha256"), table_name="document")

    op.drop_table("document")
    op.drop_index(op.f("ix_submission_status"), table_name="submission")
    op.drop_index(op.f("ix_submission_received_at"), table_name="submission")
    op.drop_index(op.f("ix_submission_candidate_id"), table_name="submission")

    op.drop_table("submission")
    op.drop_index(op.f("ix_candidate_specialty_name"), table_name="candidate_specialty")
    op.drop_index(op.f("ix_candidate_specialty_candidate_id"), table_name="candidate_specialty")

    op.drop_table("candidate_specialty")
    op.drop_index("ix_candidate_license_state_type", table_name="candidate_license")
    op.drop_index(op.f("ix_candidate_license_expires"), table_name="candidate_license")
    op.drop_index(op.f("ix_candidate_license_compact"), table_name="candidate_license")
    op.drop_index(op.f("ix_candidate_license_candidate_id"), table_name="candidate_license")

    op.drop_table("candidate_license")
    op.drop_index(op.f("ix_candidate_eligible_state_state"), table_name="candidate_eligible_state")
    op.drop_index(
        op.f("ix_candidate_eligible_state_candidate_id"), table_name="candidate_eligible_state"
    )

    op.drop_table("candidate_eligible_state")
    op.drop_index(op.f("ix_candidate_ehr_name"), table_name="candidate_ehr")
    op.drop_index(op.f("ix_candidate_ehr_candidate_id"), table_name="candidate_ehr")

    op.drop_table("candidate_ehr")
    op.drop_index(op.f("ix_candidate_certification_name"), table_name="candidate_certification")
    op.drop_index(op.f("ix_candidate_certification_expires"), table_name="candidate_certification")
    op.drop_index(
        op.f("ix_candidate_certification_candidate_id"), table_name="candidate_certification"
    )

    op.drop_table("candidate_certification")
    op.drop_index(op.f("ix_candidate_years_experience"), table_name="candidate")
    op.drop_index(op.f("ix_candidate_status"), table_name="candidate")
    op.drop_index(op.f("ix_candidate_phone_e164"), table_name="candidate")
    op.drop_index(op.f("ix_candidate_email_normalized"), table_name="candidate")
    op.drop_index(op.f("ix_candidate_discipline"), table_name="candidate")

    op.drop_table("candidate")
    op.drop_index(op.f("ix_worker_heartbeat_seen_at"), table_name="worker_heartbeat")

    op.drop_table("worker_heartbeat")
    op.drop_table("user_account")
    op.drop_table("blob")
