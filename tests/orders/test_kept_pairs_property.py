"""Property: whatever small population of candidates and orders, and whatever sequence of
changes (profiles confirmed anew, orders edited, opened and closed, proposals, answers and
withdrawals, status changes, merges, days passing with or without the sweep), the kept pairs
and every list read from them equal a fresh evaluation from scratch."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from recruit.applications.confirmation import update_preferences
from recruit.candidates.duplicates import merge_candidates
from recruit.candidates.workflow import change_status
from recruit.db import utcnow
from recruit.models import Candidate, JobOrder, OrderMatch, Submission, Submittal, User
from recruit.orders import stored, submittals
from recruit.orders.records import save_order
from tests.helpers import make_user
from tests.orders.kept_pairs import assert_kept_equals_fresh
from tests.orders.order_helpers import ORDER, PROFILE, make_order, make_person

STATES = ["TX", "CO", "CA", "FL"]
TX_RN = {"state": "TX", "type": "RN", "compact": False, "expires": "2028-01-31"}
CO_MULTISTATE = {"state": "CO", "type": "RN", "compact": True, "expires": "2028-01-31"}
BLS, ACLS = {"name": "BLS", "expires": "2028-06-30"}, {"name": "ACLS", "expires": "2028-06-30"}

# A profile or an order is the matching sample with at most a few changes, each moving one
# gate or the score: so examples hold eligible, one-step-away and held pairs alike.
PERSON_CHANGES = [
    ("discipline", "LPN"),
    ("specialties", ["ICU", "ER"]),
    ("specialty_years", {"ICU": 9, "ER": 1}),
    ("specialty_years", {"ICU": 1}),
    ("specialty_years", {}),
    ("licenses", [CO_MULTISTATE]),
    ("licenses", [CO_MULTISTATE, TX_RN]),
    ("licenses", [{**TX_RN, "expires": "2027-04-30"}]),
    ("licenses", [{**TX_RN, "expires": None}]),
    ("licenses", [{**CO_MULTISTATE, "compact": False}]),
    ("licenses", [{**TX_RN, "type": "LPN"}]),
    ("certifications", [BLS, ACLS, {"name": "PALS", "expires": "2029-01-31"}]),
    ("certifications", [BLS, {"name": "ACLS", "expires": "2027-04-15"}]),
    ("certifications", [BLS, {"name": "ACLS"}]),
    ("certifications", [BLS]),
    ("ehr_systems", ["Cerner"]),
    ("availability_date", "2027-02-01"),
    ("availability_date", "2027-04-01"),
    ("preferred_states", ["TX", "CO"]),
    ("preferred_states", ["FL"]),
]
ORDER_CHANGES = [
    ("facility", "Bay"),
    ("state", "CO"),
    ("state", "CA"),
    ("discipline", "LPN"),
    ("specialty", "ER"),
    ("min_years", None),
    ("certifications", ["BLS"]),
    ("certifications", ["BLS", "PALS"]),
    ("compact_accepted", False),
    ("ehr", None),
    ("ehr_required", True),
    ("status", "on_hold"),
]


def changed(sample: dict[str, Any], choices: list[tuple[str, Any]]) -> Any:
    return st.lists(st.sampled_from(choices), max_size=3).map(
        lambda picked: {**sample, **dict(picked)}
    )


profiles = changed(PROFILE, PERSON_CHANGES)
orders = changed({**ORDER, "facility": "Mercy", "external_id": None}, ORDER_CHANGES)
steps = st.one_of(
    st.tuples(st.just("profile"), st.integers(0, 9), profiles),
    st.tuples(st.just("order"), st.integers(0, 9), orders),
    st.tuples(st.just("status"), st.integers(0, 9), st.sampled_from(["withdrawn", "new"])),
    st.tuples(st.just("propose"), st.integers(0, 30), st.sampled_from([59, 0, 58])),
    st.tuples(st.just("propose"), st.integers(0, 30), st.sampled_from([58, 59, 0])),
    st.tuples(st.just("answer"), st.integers(0, 9), st.sampled_from(["decline", "withdraw"])),
    st.tuples(st.just("merge"), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("days"), st.sampled_from([1, 2, 2, 30, 61]), st.booleans()),
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    people=st.lists(profiles, min_size=1, max_size=5),
    wanted=st.lists(orders, min_size=1, max_size=4),
    changes=st.lists(steps, max_size=8),
)
def test_kept_pairs_equal_a_fresh_evaluation_after_any_changes(
    session: Session,
    people: list[dict[str, Any]],
    wanted: list[dict[str, Any]],
    changes: list[tuple[Any, ...]],
) -> None:
    world = World(session)
    try:
        world.populate(people, wanted)
        world.check()
        for change in changes:
            getattr(world, change[0])(*change[1:])
            world.check()
    finally:
        world.retire()


class World:
    """One example's candidates and orders; earlier examples' are retired (withdrawn and
    closed), so each example stays small while sharing the test's database."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.now = utcnow()
        self.user = session.scalar(sa.select(User).limit(1)) or make_user(session)
        self.people: list[Candidate] = []
        self.orders: list[JobOrder] = []

    def populate(self, people: list[dict[str, Any]], wanted: list[dict[str, Any]]) -> None:
        n = self.session.scalar(sa.select(sa.func.count(Candidate.id))) or 0
        for offset, profile in enumerate(people):
            email = f"p{n + offset}@example.com"
            self.people.append(make_person(self.session, **{**profile, "email": email}))
        for values in wanted:
            self.orders.append(make_order(self.session, **values))

    def profile(self, who: int, profile: dict[str, Any]) -> None:
        person = self._person(who)
        submission = self.session.scalars(
            sa.select(Submission).where(Submission.candidate_id == person.id).limit(1)
        ).first()
        if submission is not None and submission.confirmed_at is not None:
            update_preferences(self.session, submission, profile)

    def order(self, which: int, values: dict[str, Any]) -> None:
        save_order(self.session, self._order(which), values)

    def status(self, who: int, status: str) -> None:
        person = self._person(who)
        if person.merged_into_id is None:
            change_status(self.session, person, status, None, self.user.id)

    def propose(self, pick: int, days_ago: int) -> None:
        """Put forward a candidate from an order's lists, as a recruiter would."""
        listed = self.session.execute(
            sa.select(OrderMatch.order_id, OrderMatch.candidate_id)
            .where(OrderMatch.standing != "held")
            .order_by(OrderMatch.order_id, OrderMatch.candidate_id)
        ).all()
        if not listed:
            return
        order_id, candidate_id = listed[pick % len(listed)]
        try:
            submittals.propose(
                self.session, self.session.get_one(JobOrder, order_id),
                self.session.get_one(Candidate, candidate_id), self.user.id,
                self.now - timedelta(days=days_ago),
            )  # fmt: skip
        except submittals.Refused:
            pass

    def answer(self, who: int, how: str) -> None:
        person = self._person(who)
        query = sa.select(Submittal).where(
            Submittal.candidate_id == person.id, Submittal.status == "proposed"
        )
        proposal = self.session.scalars(query.limit(1)).first()
        if proposal is None:
            return
        if how == "decline":
            submittals.decide(self.session, proposal, approve=False, now=self.now)
        else:
            submittals.advance(self.session, proposal, "withdrawn", self.user.id, self.now, "no")

    def merge(self, who: int, other: int) -> None:
        survivor, duplicate = self._person(who), self._person(other)
        if survivor.id == duplicate.id or survivor.merged_into_id or duplicate.merged_into_id:
            return
        merge_candidates(self.session, survivor, duplicate, actor_user_id=self.user.id)

    def days(self, count: int, sweep: bool) -> None:
        self.now += timedelta(days=count)
        if sweep:
            stored.recheck_due(self.session, self.now)

    def check(self) -> None:
        self.session.commit()
        assert_kept_equals_fresh(self.session, self.now, people=[p.id for p in self.people])

    def retire(self) -> None:
        self.session.rollback()  # a failed check leaves its transaction open
        for person in self.people:
            if person.merged_into_id is None:
                change_status(self.session, person, "withdrawn", None, self.user.id)
        for order in self.orders:
            save_order(self.session, order, {"status": "closed"})
        self.session.commit()

    def _person(self, index: int) -> Candidate:
        return self.people[index % len(self.people)]

    def _order(self, index: int) -> JobOrder:
        return self.orders[index % len(self.orders)]
