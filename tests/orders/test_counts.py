"""The order list's "submittable now" counts: read from the kept pairs, which a candidate's
change recomputes only against the open orders it can affect."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.candidates.corrections import correct_field
from recruit.db import utcnow
from recruit.models import Candidate, JobOrder, OrderMatch
from recruit.orders import gates as g
from recruit.orders import stored
from recruit.orders.counts import submittable_counts
from recruit.orders.evaluate import of_candidate
from recruit.orders.matching import order_matches
from tests.helpers import make_user
from tests.orders.order_helpers import make_order, make_person


def counted(session: Session, *orders: JobOrder) -> dict[int, int]:
    session.commit()
    return submittable_counts(session, list(orders), utcnow())


def reached(session: Session, person: Candidate) -> list[int]:
    """The orders a change to this candidate re-evaluates."""
    query = sa.select(g.o.c.id).select_from(g.c.join(g.o, sa.true())).where(of_candidate(person))
    return sorted(session.scalars(query))


def computed(session: Session, order: JobOrder, person: Candidate) -> object:
    query = sa.select(OrderMatch.computed_at).where(
        OrderMatch.order_id == order.id, OrderMatch.candidate_id == person.id
    )
    return session.scalar(query)


def test_a_profile_change_recomputes_only_the_open_orders_it_can_affect(
    session: Session,
) -> None:
    user = make_user(session)
    person = make_person(session, licenses=[{"state": "TX", "type": "RN", "expires": "2029-01"}])
    texas = make_order(session, external_id="TX")
    california = make_order(session, external_id="CA", state="CA")
    nurses_aide = make_order(session, external_id="LPN", discipline="LPN")
    held = make_order(session, external_id="HOLD", status="on_hold")
    colleague = make_person(session, name="Colleague", email="col@example.com")
    assert counted(session, texas, california, nurses_aide, held) == {
        texas.id: 2, california.id: 0, nurses_aide.id: 0,
    }  # fmt: skip
    assert reached(session, person) == [texas.id]
    colleague_pair = computed(session, texas, colleague)
    correct_field(session, person, "certifications", "BLS | 2028-06-30", user.id)
    assert counted(session, texas) == {texas.id: 1}  # ACLS gone: no longer submittable
    assert computed(session, texas, colleague) == colleague_pair  # left alone


def test_an_order_not_built_yet_is_counted_live_and_alike_once_built(session: Session) -> None:
    order = make_order(session, built=False)
    make_person(session)
    make_person(session, name="Almost", email="al@example.com", licenses=[{"state": "TX"}])
    live = order_matches(session, order, utcnow())
    stored.build_order(session, order, utcnow())
    kept = order_matches(session, order, utcnow())
    assert (live.eligible_total, live.one_step_total) == (1, 1)
    assert (kept.eligible_total, kept.one_step_total) == (1, 1)
    assert counted(session, order) == {order.id: kept.eligible_total}
