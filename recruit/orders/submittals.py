"""Putting a candidate forward for an order, with their say-so: proposed -> approved / declined
by the candidate -> submitted -> interview -> offer -> placed, or rejected / withdrawn, each
step dated with who and why. Nothing reaches a facility unless the candidate approved it, and
the same candidate goes to the same facility at most once in 60 days, whoever asks.

Helpers take a session and never commit.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.candidates.changes import notify
from recruit.candidates.workflow import change_status
from recruit.events import record_event
from recruit.models import Candidate, JobOrder, Submittal, SubmittalStep, User
from recruit.orders import stored
from recruit.orders.gates import CLOSED_CANDIDATE, GUARD_DAYS, blocking_submittals, facility_key

# Recruiter moves after the candidate's approval; the candidate's own are approve / decline.
NEXT = {
    "proposed": ("withdrawn",),
    "approved": ("submitted", "withdrawn"),
    "submitted": ("interview", "rejected", "withdrawn"),
    "interview": ("offer", "rejected", "withdrawn"),
    "offer": ("placed", "rejected", "withdrawn"),
}
NEEDS_REASON = ("rejected", "withdrawn")


class Refused(ValueError):
    """A step the rules do not allow; str() says why, for the recruiter or candidate."""


def earlier_submittal(
    session: Session, candidate_id: int, facility: str, now: datetime
) -> Submittal | None:
    """The submittal that blocks another of this candidate to this facility, if any."""
    query = (
        sa.select(Submittal)
        .where(
            Submittal.candidate_id == candidate_id,
            Submittal.facility_key == facility_key(facility),
            blocking_submittals(now - timedelta(days=GUARD_DAYS)),
        )
        .order_by(Submittal.created_at.desc())
        .limit(1)
    )
    return session.scalar(query)


def propose(
    session: Session,
    order: JobOrder,
    candidate: Candidate,
    user_id: int,
    now: datetime,
    share_pay: bool = False,
) -> Submittal:
    if order.status != "open":
        raise Refused(f"This order is {order.status.replace('_', ' ')}, not open.")
    if candidate.status in CLOSED_CANDIDATE or candidate.merged_into_id is not None:
        raise Refused(f"This candidate is {candidate.status}; they cannot be put forward.")
    earlier = earlier_submittal(session, candidate.id, order.facility, now)
    if earlier is not None:
        who = _who(earlier.proposed_by)
        raise Refused(
            f"Already put forward to {order.facility} by {who} on "
            f"{earlier.created_at:%Y-%m-%d} ({earlier.status}); the same facility is refused "
            f"for {GUARD_DAYS} days."
        )
    submittal = Submittal(
        order=order,
        candidate=candidate,
        facility_key=facility_key(order.facility),
        proposed_by_id=user_id,
        share_pay=share_pay,
        created_at=now,
    )
    session.add(submittal)
    _step(session, submittal, "proposed", now, user_id=user_id)
    return submittal


def decide(
    session: Session, submittal: Submittal, approve: bool, now: datetime, reason: str = ""
) -> None:
    """The candidate's answer, recorded with its time: their right-to-represent."""
    if submittal.status != "proposed":
        raise Refused("This proposal has already been answered or withdrawn.")
    submittal.decided_at = now
    status = "approved" if approve else "declined"
    _step(session, submittal, status, now, by_candidate=True, reason=reason)


def advance(
    session: Session,
    submittal: Submittal,
    status: str,
    user_id: int,
    now: datetime,
    reason: str = "",
) -> None:
    """A recruiter's step along the pipeline."""
    if status == "submitted" and submittal.status != "approved":
        raise Refused("Only a proposal the candidate has approved can be submitted.")
    if status not in NEXT.get(submittal.status, ()):
        raise Refused(f"A submittal that is {submittal.status} cannot become {status}.")
    if status in NEEDS_REASON and not reason.strip():
        raise Refused(f"Say why it is {status}.")
    if status == "submitted":
        _within_limit(session, submittal.order)
        submittal.submitted_at = now
    if status == "placed":
        _place(session, submittal, user_id)
    _step(session, submittal, status, now, user_id=user_id, reason=reason)


def _within_limit(session: Session, order: JobOrder) -> None:
    """The facility's cap on how many candidates one order may receive."""
    if not order.submission_limit:
        return
    sent = session.scalar(
        sa.select(sa.func.count(Submittal.id)).where(
            Submittal.order_id == order.id, Submittal.submitted_at.is_not(None)
        )
    )
    if (sent or 0) >= order.submission_limit:
        raise Refused(
            f"This order takes at most {order.submission_limit} submittals; {sent} already sent."
        )


def _who(user: User | None) -> str:
    return (user.name or user.email) if user is not None else "a recruiter no longer listed"


def _place(session: Session, submittal: Submittal, user_id: int) -> None:
    """Placing closes an opening; an order with every opening filled is filled."""
    order = submittal.order
    order.openings_filled = (order.openings_filled or 0) + 1
    if order.openings_filled >= order.openings:
        order.status = "filled"
        stored.order_changed(session, order)
    change_status(session, submittal.candidate, "placed", f"placed at {order.facility}", user_id)


def _step(
    session: Session,
    submittal: Submittal,
    status: str,
    now: datetime,
    user_id: int | None = None,
    by_candidate: bool = False,
    reason: str = "",
) -> None:
    submittal.status = status
    submittal.updated_at = now
    notify(session, submittal.candidate)  # the duplicate guard changes what they can join
    note = reason.strip()[:1000] or None
    submittal.steps.append(
        SubmittalStep(
            status=status, at=now, actor_user_id=user_id, by_candidate=by_candidate, reason=note
        )
    )
    session.flush()
    record_event(
        session,
        f"submittal_{status}",
        candidate_id=submittal.candidate_id,
        actor_user_id=user_id,
        submittal_id=submittal.id,
        order_id=submittal.order_id,
    )


def pending_for(session: Session, candidate_id: int) -> list[Submittal]:
    """Proposals waiting for the candidate's answer, and their recent answers."""
    query = (
        sa.select(Submittal)
        .where(Submittal.candidate_id == candidate_id)
        .order_by(Submittal.created_at.desc())
        .limit(20)
    )
    return list(session.scalars(query))


def of_order(session: Session, order_id: int) -> list[Submittal]:
    query = sa.select(Submittal).where(Submittal.order_id == order_id).order_by(Submittal.id)
    return list(session.scalars(query))
