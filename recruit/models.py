"""The data model: typed SQLAlchemy 2 classes, no behaviour beyond defaults and relationships."""

from __future__ import annotations

import random
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruit import search_schema
from recruit.db import Base, utcnow

CANDIDATE_STATUSES = (
    "new",
    "in_review",
    "contacted",
    "submitted",
    "placed",
    "not_a_fit",
    "withdrawn",
    "duplicate",
)
SUBMISSION_STATUSES = ("received", "parsing", "parsed", "parse_failed", "confirmed", "withdrawn")
JOB_STATUSES = ("queued", "running", "done", "failed")
ROLES = ("recruiter", "admin")
SAMPLE_SLOTS = 1024


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(320), unique=True)
    name: Mapped[str | None] = mapped_column(sa.String(200))
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    role: Mapped[str] = mapped_column(sa.String(20), default="recruiter")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Candidate(Base):
    __tablename__ = "candidate"
    __table_args__ = (
        # The queue pages by (received_at, id), oldest first, usually within a status.
        sa.Index("ix_candidate_received_at_id", "received_at", "id"),
        sa.Index("ix_candidate_status_received_at_id", "status", "received_at", "id"),
        sa.Index("ix_candidate_assigned_user_id_received_at", "assigned_user_id", "received_at"),
        # A sampled facet count within a status reads one range of this, not the intersection
        # of the slot index with a status bitmap that grows with the table (bench/growth.py).
        sa.Index("ix_candidate_sample_slot_status", "sample_slot", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str | None] = mapped_column(sa.String(200))
    email_normalized: Mapped[str | None] = mapped_column(sa.String(320), index=True)
    phone_e164: Mapped[str | None] = mapped_column(sa.String(20), index=True)
    status: Mapped[str] = mapped_column(sa.String(20), default="new", index=True)
    assigned_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    discipline: Mapped[str | None] = mapped_column(sa.String(40), index=True)
    years_experience: Mapped[float | None] = mapped_column(index=True)
    location_city: Mapped[str | None] = mapped_column(sa.String(100), index=True)
    location_state: Mapped[str | None] = mapped_column(sa.String(10))
    # Set by a merge: this row is kept as a pointer, everything it had moved to the survivor.
    merged_into_id: Mapped[int | None] = mapped_column(sa.ForeignKey("candidate.id"))
    # A fuzzy name + city match is only flagged for a person to judge, never merged.
    possible_duplicate_of_id: Mapped[int | None] = mapped_column(sa.ForeignKey("candidate.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Queue columns, kept up to date when a parse is saved (recruit.candidates.projection).
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    parse_failed: Mapped[bool] = mapped_column(default=False, index=True)
    has_warnings: Mapped[bool] = mapped_column(default=False, index=True)
    min_confidence: Mapped[float | None] = mapped_column(index=True)
    # The eligible states again, as a sorted JSON array: the queue's facet counts group
    # candidates by it, so each distinct set of states is expanded once, not once per person.
    eligible_states_json: Mapped[str | None] = mapped_column(sa.Text)
    # A random number fixed at creation: the facet counts of a broad view read the candidates
    # in the lowest slots as a sample (recruit.queue.facets).
    sample_slot: Mapped[int] = mapped_column(
        sa.SmallInteger, default=lambda: random.randrange(SAMPLE_SLOTS), index=True
    )

    submissions: Mapped[list[Submission]] = relationship(back_populates="candidate")
    # In the profile's order (the first specialty is the main one), whatever index is read.
    specialties: Mapped[list[CandidateSpecialty]] = relationship(
        cascade="all, delete-orphan", order_by="CandidateSpecialty.id"
    )
    licenses: Mapped[list[CandidateLicense]] = relationship(
        cascade="all, delete-orphan", order_by="CandidateLicense.id"
    )
    certifications: Mapped[list[CandidateCertification]] = relationship(
        cascade="all, delete-orphan", order_by="CandidateCertification.id"
    )
    eligible_states: Mapped[list[CandidateEligibleState]] = relationship(
        cascade="all, delete-orphan", order_by="CandidateEligibleState.id"
    )
    ehr_systems: Mapped[list[CandidateEhr]] = relationship(
        cascade="all, delete-orphan", order_by="CandidateEhr.id"
    )
    # What job-order matching reads, copied from the effective profile by the projection.
    available_from: Mapped[date | None] = mapped_column(index=True)
    travel_assignments: Mapped[int] = mapped_column(default=0)
    recent_specialty: Mapped[str | None] = mapped_column(sa.String(80))
    # Profile fields still standing on a low-confidence or unconfirmed parse, as a JSON array:
    # a gate passed on one of them is marked "verify".
    unverified_fields_json: Mapped[str | None] = mapped_column(sa.Text)
    preferred_states: Mapped[list[CandidatePreferredState]] = relationship(
        cascade="all, delete-orphan", order_by="CandidatePreferredState.id"
    )


class Submission(Base):
    __tablename__ = "submission"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidate.id"), index=True)
    status: Mapped[str] = mapped_column(sa.String(20), default="received", index=True)
    source: Mapped[str] = mapped_column(sa.String(40), default="web")
    received_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    consent_at: Mapped[datetime | None]
    status_token_hash: Mapped[str | None] = mapped_column(sa.String(128), unique=True)
    # A newer resume sent from a status page: the link that sent it owns it as well.
    sent_from_id: Mapped[int | None] = mapped_column(sa.ForeignKey("submission.id"), index=True)
    # What the candidate checked and corrected on the confirm page (parser profile keys plus
    # availability_date, preferred_states, shift); recruiters see it flagged as confirmed.
    confirmed_profile: Mapped[dict[str, Any] | None]
    confirmed_at: Mapped[datetime | None] = mapped_column(index=True)

    candidate: Mapped[Candidate] = relationship(back_populates="submissions")
    sent_from: Mapped[Submission | None] = relationship(remote_side=[id])
    document: Mapped[Document | None] = relationship(back_populates="submission")
    parse_result: Mapped[ParseResultRow | None] = relationship(back_populates="submission")


class Document(Base):
    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(sa.ForeignKey("submission.id"), unique=True)
    sha256: Mapped[str] = mapped_column(sa.String(64), index=True)
    size: Mapped[int]
    media_type: Mapped[str] = mapped_column(sa.String(100))
    page_count: Mapped[int | None]
    storage_key: Mapped[str] = mapped_column(sa.String(200))
    # What the candidate called the file: shown to people, never used as a path.
    display_name: Mapped[str] = mapped_column(sa.String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    submission: Mapped[Submission] = relationship(back_populates="document")


class ParseResultRow(Base):
    __tablename__ = "parse_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(sa.ForeignKey("submission.id"), unique=True)
    ok: Mapped[bool]
    profile: Mapped[dict[str, Any] | None]
    parser_version: Mapped[str] = mapped_column(sa.String(40))
    timings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    warnings: Mapped[list[str]] = mapped_column(default=list)
    text: Mapped[str] = mapped_column(sa.Text, default="")
    error: Mapped[str | None] = mapped_column(sa.Text)
    error_code: Mapped[str | None] = mapped_column(sa.String(40))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    submission: Mapped[Submission] = relationship(back_populates="parse_result")


class CandidateSpecialty(Base):
    __tablename__ = "candidate_specialty"
    # (candidate_id, value) indexes answer the facet counts' lookups from the index alone.
    __table_args__ = (
        sa.Index("ix_candidate_specialty_name_candidate_id", "name", "candidate_id"),
        sa.Index("ix_candidate_specialty_candidate_id_name", "candidate_id", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidate.id"))
    name: Mapped[str] = mapped_column(sa.String(80), index=True)
    years: Mapped[float | None]


class CandidateLicense(Base):
    __tablename__ = "candidate_license"
    __table_args__ = (
        sa.Index("ix_candidate_license_state_type", "state", "type"),
        sa.Index("ix_candidate_license_state_candidate_id", "state", "candidate_id"),
        sa.Index("ix_candidate_license_candidate_id_state", "candidate_id", "state", "compact"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidate.id"))
    state: Mapped[str | None] = mapped_column(sa.String(10))
    type: Mapped[str | None] = mapped_column(sa.String(20))
    number: Mapped[str | None] = mapped_column(sa.String(60))
    compact: Mapped[bool] = mapped_column(default=False, index=True)
    expires: Mapped[date | None] = mapped_column(index=True)


class CandidateCertification(Base):
    __tablename__ = "candidate_certification"
    __table_args__ = (
        sa.Index("ix_candidate_certification_name_expires", "name", "expires", "candidate_id"),
        # With expires, so "valid on a date" is answered from this index for each candidate;
        # without it SQLite prefers scanning the covering (name, expires) index instead.
        sa.Index("ix_candidate_certification_candidate_id_name", "candidate_id", "name", "expires"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidate.id"))
    name: Mapped[str] = mapped_column(sa.String(80), index=True)
    expires: Mapped[date | None] = mapped_column(index=True)


class CandidateEligibleState(Base):
    __tablename__ = "candidate_eligible_state"
    __table_args__ = (
        sa.Index("ix_candidate_eligible_state_state_candidate_id", "state", "candidate_id"),
        sa.Index("ix_candidate_eligible_state_candidate_id_state", "candidate_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidate.id"))
    state: Mapped[str] = mapped_column(sa.String(10), index=True)


class CandidateEhr(Base):
    __tablename__ = "candidate_ehr"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidate.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(80), index=True)


class CandidatePreferredState(Base):
    __tablename__ = "candidate_preferred_state"
    __table_args__ = (
        sa.Index("ix_candidate_preferred_state_candidate_id_state", "candidate_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidate.id"))
    state: Mapped[str] = mapped_column(sa.String(10))


class ParseJob(Base):
    __tablename__ = "parse_job"
    __table_args__ = (sa.Index("ix_parse_job_status_run_after", "status", "run_after"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(sa.ForeignKey("submission.id"), index=True)
    status: Mapped[str] = mapped_column(sa.String(20), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    lease_owner: Mapped[str | None] = mapped_column(sa.String(200))
    lease_expires_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    run_after: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Event(Base):
    """Append-only: who did what to which candidate, when. Rows are never updated."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    candidate_id: Mapped[int | None] = mapped_column(sa.ForeignKey("candidate.id"), index=True)
    submission_id: Mapped[int | None] = mapped_column(sa.ForeignKey("submission.id"))
    kind: Mapped[str] = mapped_column(sa.String(60))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class WorkerHeartbeat(Base):
    """One row per running worker, touched every poll; /healthz reads the freshest."""

    __tablename__ = "worker_heartbeat"

    worker_id: Mapped[str] = mapped_column(sa.String(200), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    jobs_done: Mapped[int] = mapped_column(default=0)


class Blob(Base):
    """File bytes for the database storage backend, keyed by their sha256."""

    __tablename__ = "blob"

    key: Mapped[str] = mapped_column(sa.String(200), primary_key=True)
    data: Mapped[bytes] = mapped_column(sa.LargeBinary)
    size: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class UserToken(Base):
    """A one-time invite or password-reset link; only the token's SHA-256 is stored."""

    __tablename__ = "user_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    purpose: Mapped[str] = mapped_column(sa.String(20))
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class EmailProof(Base):
    """A one-time link mailed to an address on file; opening it proves the candidate reads that
    mailbox, and the browser that opened it may then manage every application under it.
    Only the token's SHA-256 is stored."""

    __tablename__ = "email_proof"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    email_normalized: Mapped[str] = mapped_column(sa.String(320))
    # The submission whose status page asked for the link: proven, it joins the others.
    submission_id: Mapped[int | None] = mapped_column(sa.ForeignKey("submission.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)
    used_at: Mapped[datetime | None]
    # Set when the link is used: until then that browser manages the applications.
    manage_until: Mapped[datetime | None]


class StaffSession(Base):
    """One signed-in browser. Signing out deletes the row, which ends the session everywhere
    its cookie may have been copied; only the SHA-256 of the cookie's secret is stored."""

    __tablename__ = "staff_session"

    id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Note(Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidate.id"), index=True)
    author_user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"))
    body: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    author: Mapped[User] = relationship()
    mentions: Mapped[list[NoteMention]] = relationship(cascade="all, delete-orphan")


class NoteMention(Base):
    __tablename__ = "note_mention"
    __table_args__ = (sa.UniqueConstraint("note_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(sa.ForeignKey("note.id"), index=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id"), index=True)


class FieldOverride(Base):
    """A recruiter's correction of one profile field. Append-only: the corrections of a field
    stack up, the top one stands, and an undo is a row that takes back the one it names."""

    __tablename__ = "field_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidate.id"), index=True)
    field: Mapped[str] = mapped_column(sa.String(40))
    value: Mapped[Any] = mapped_column(sa.JSON)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    undoes_id: Mapped[int | None] = mapped_column(sa.ForeignKey("field_override.id"))


class RateLimit(Base):
    """One counter per (bucket, hashed key, window); see recruit/ratelimit.py."""

    __tablename__ = "rate_limit"

    bucket: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    window_start: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    count: Mapped[int] = mapped_column(default=0)


# --- Job orders and submittals (services in recruit/orders) -----------------------------------

ORDER_STATUSES = ("open", "on_hold", "filled", "closed", "cancelled")
SHIFTS = ("days", "nights", "rotating")
SUBMITTAL_STATUSES = (
    "proposed",
    "approved",
    "declined",
    "submitted",
    "interview",
    "offer",
    "placed",
    "rejected",
    "withdrawn",
)


class JobOrder(Base):
    """A facility's request for clinicians, typed in or imported from a VMS/MSP export."""

    __tablename__ = "job_order"
    __table_args__ = (
        sa.UniqueConstraint("source", "external_id"),
        sa.Index("ix_job_order_status_discipline_state", "status", "discipline", "state"),
        sa.Index("ix_job_order_status_start_date", "status", "start_date"),
        # The open orders with no kept pairs yet (the sweep's work; read live meanwhile).
        sa.Index("ix_job_order_status_matched_at", "status", "matched_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(sa.String(100), default="manual")
    external_id: Mapped[str | None] = mapped_column(sa.String(100))
    facility: Mapped[str] = mapped_column(sa.String(200))
    unit: Mapped[str | None] = mapped_column(sa.String(100))
    city: Mapped[str | None] = mapped_column(sa.String(100))
    state: Mapped[str] = mapped_column(sa.String(10))
    discipline: Mapped[str] = mapped_column(sa.String(40))
    specialty: Mapped[str | None] = mapped_column(sa.String(80))
    shift: Mapped[str | None] = mapped_column(sa.String(20))
    shift_hours: Mapped[int | None]
    shifts_per_week: Mapped[int | None]
    start_date: Mapped[date]
    weeks: Mapped[int] = mapped_column(default=13)
    end_date: Mapped[date]  # start + weeks, kept so the gates compare dates in SQL
    guaranteed_hours: Mapped[float | None]
    openings: Mapped[int] = mapped_column(default=1)
    openings_filled: Mapped[int] = mapped_column(default=0)
    # Recruiter-only: never shown to candidates unless a submittal shares the pay package.
    bill_rate: Mapped[float | None]
    pay_package: Mapped[str | None] = mapped_column(sa.Text)
    compact_accepted: Mapped[bool] = mapped_column(default=True)
    min_years: Mapped[float | None]
    ehr: Mapped[str | None] = mapped_column(sa.String(80))
    ehr_required: Mapped[bool] = mapped_column(default=False)
    float_requirement: Mapped[str | None] = mapped_column(sa.String(200))
    rto_notes: Mapped[str | None] = mapped_column(sa.Text)
    submission_limit: Mapped[int | None]
    status: Mapped[str] = mapped_column(sa.String(20), default="open")
    notes: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    imported_at: Mapped[datetime | None]
    # When its pairs were last computed into order_match (recruit.orders.stored); None while
    # none are kept (not open, or new and not built yet): its lists are then computed live.
    matched_at: Mapped[datetime | None]

    certifications: Mapped[list[JobOrderCertification]] = relationship(
        cascade="all, delete-orphan", order_by="JobOrderCertification.id"
    )


class JobOrderCertification(Base):
    """One certification an order requires, valid through the assignment's end."""

    __tablename__ = "job_order_certification"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(sa.ForeignKey("job_order.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(80))


class OrderMatch(Base):
    """One (open order, candidate) pair with no hard gate failed, as last computed from the
    candidate's effective profile: eligible, one_step_away, or held (the 60-day guard holds it
    back until recheck_at). What an order's lists, a candidate's fitting orders and the order
    list's counts read; kept by recruit.orders.stored, words computed only for rows shown."""

    __tablename__ = "order_match"
    __table_args__ = (
        # An order's two lists, best first, and their counts; a candidate's fitting orders.
        sa.Index("ix_order_match_order_id_standing_score", "order_id", "standing", "score"),
        sa.Index("ix_order_match_candidate_id_standing", "candidate_id", "standing"),
    )

    order_id: Mapped[int] = mapped_column(sa.ForeignKey("job_order.id"), primary_key=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidate.id"), primary_key=True)
    standing: Mapped[str] = mapped_column(sa.String(16))
    score: Mapped[float]
    computed_at: Mapped[datetime]
    # The earliest time a gate could change with no event at all (the guard lifting).
    recheck_at: Mapped[datetime | None] = mapped_column(index=True)


class Submittal(Base):
    """A candidate put forward for an order: proposed to the candidate first, sent to the
    facility only once they approve."""

    __tablename__ = "submittal"
    __table_args__ = (
        sa.Index("ix_submittal_candidate_id_facility_key", "candidate_id", "facility_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(sa.ForeignKey("job_order.id"), index=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidate.id"))
    # The facility as the duplicate guard compares it (case and spacing folded).
    facility_key: Mapped[str] = mapped_column(sa.String(200))
    status: Mapped[str] = mapped_column(sa.String(20), default="proposed")
    proposed_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    share_pay: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    decided_at: Mapped[datetime | None]
    submitted_at: Mapped[datetime | None]

    order: Mapped[JobOrder] = relationship()
    candidate: Mapped[Candidate] = relationship()
    proposed_by: Mapped[User | None] = relationship()
    steps: Mapped[list[SubmittalStep]] = relationship(
        cascade="all, delete-orphan", order_by="SubmittalStep.id"
    )


class SubmittalStep(Base):
    """The dated trail: one row per change of a submittal's status, with who and why."""

    __tablename__ = "submittal_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    submittal_id: Mapped[int] = mapped_column(sa.ForeignKey("submittal.id"), index=True)
    status: Mapped[str] = mapped_column(sa.String(20))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user_account.id"))
    by_candidate: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str | None] = mapped_column(sa.Text)

    actor: Mapped[User | None] = relationship()


# The full-text index is not a model (FTS5 table on SQLite, tsvector table on PostgreSQL);
# create_all builds it too, so a fresh test database matches a migrated one.
search_schema.listen(Base.metadata)
