"""The order list's "submittable now" counts: a candidate's change marks stale only the open
orders it can affect, and stale counts are counted again when shown."""

from __future__ import annotations

from sqlalchemy.orm import Session

from recruit.candidates.corrections import correct_field
from recruit.db import utcnow
from recruit.models import JobOrder
from recruit.orders.counts import refresh_counts
from tests.helpers import make_user
from tests.orders.order_helpers import make_order, make_person


def counted(session: Session, *orders: JobOrder) -> dict[int, int]:
    session.commit()
    found = refresh_counts(session, list(orders), utcnow())
    session.commit()
    return found


def test_a_profile_change_marks_stale_only_the_open_orders_it_can_affect(
    session: Session,
) -> None:
    user = make_user(session)
    person = make_person(session, licenses=[{"state": "TX", "type": "RN", "expires": "2029-01"}])
    texas = make_order(session, external_id="TX")
    california = make_order(session, external_id="CA", state="CA")
    nurses_aide = make_order(session, external_id="LPN", discipline="LPN")
    held = make_order(session, external_id="HOLD", status="on_hold")
    assert counted(session, texas, california, nurses_aide, held) == {
        texas.id: 1, california.id: 0, nurses_aide.id: 0,
    }  # fmt: skip
    correct_field(session, person, "certifications", "BLS | 2028-06-30", user.id)
    session.expire_all()  # the staleness is written by one UPDATE, not through these objects
    assert texas.counted_at is None
    assert california.counted_at is not None and nurses_aide.counted_at is not None
    assert counted(session, texas) == {texas.id: 0}  # ACLS gone: counted again, now 0
