"""Every hard gate with its reason, one step away with what is missing, and the score order,
from candidates built through the real projection of their effective profile."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from recruit.candidates.workflow import change_status
from recruit.db import utcnow
from recruit.models import Candidate, JobOrder, User
from recruit.orders import submittals
from recruit.orders.matching import MatchLists, candidate_fits, order_matches
from tests.helpers import make_user
from tests.orders.kept_pairs import assert_kept_equals_fresh
from tests.orders.order_helpers import make_order, make_person


def lists(session: Session, order: JobOrder) -> MatchLists:
    """The order's lists as its page reads them, checked against a fresh evaluation."""
    session.commit()
    assert_kept_equals_fresh(session, utcnow())
    return order_matches(session, order, utcnow())


def placement(session: Session, order: JobOrder, person: Candidate) -> str:
    found = lists(session, order)
    if any(row.candidate.id == person.id for row in found.eligible):
        return "eligible"
    if any(row.candidate.id == person.id for row in found.one_step_away):
        return "one step"
    return "out"


def missing_of(session: Session, order: JobOrder, person: Candidate) -> list[str]:
    rows = [r for r in lists(session, order).one_step_away if r.candidate.id == person.id]
    assert rows, "expected the candidate one step away"
    return rows[0].missing


def reasons_of(session: Session, order: JobOrder, person: Candidate) -> list[str]:
    rows = [r for r in lists(session, order).eligible if r.candidate.id == person.id]
    assert rows, "expected the candidate eligible"
    return rows[0].reasons


def test_a_candidate_passing_every_gate_is_submittable_with_a_reason_for_each(
    session: Session,
) -> None:
    order, person = make_order(session), make_person(session)
    reasons = reasons_of(session, order, person)
    assert "RN, as the order asks." in reasons
    assert any(r.startswith("TX licence valid until 2028-01-31") for r in reasons)
    assert any(r.startswith("ACLS valid until 2028-06-30") for r in reasons)
    assert "4 years in ICU (the order asks 2)." in reasons


def test_another_discipline_is_never_listed(session: Session) -> None:
    order, person = make_order(session), make_person(session, discipline="LPN")
    assert placement(session, order, person) == "out"


def test_a_licence_in_another_state_without_compact_is_out(session: Session) -> None:
    order = make_order(session)
    person = make_person(
        session, licenses=[{"state": "CA", "type": "RN", "compact": False, "expires": "2029-01"}]
    )
    assert placement(session, order, person) == "out"


def test_a_multistate_licence_opens_a_compact_state_when_the_order_accepts_compact(
    session: Session,
) -> None:
    person = make_person(
        session, licenses=[{"state": "CO", "type": "RN", "compact": True, "expires": "2029-01"}]
    )
    accepting = make_order(session, external_id="A")
    refusing = make_order(session, external_id="B", facility="Other", compact_accepted=False)
    assert any("multistate CO licence" in r for r in reasons_of(session, accepting, person))
    assert placement(session, refusing, person) == "out"


def test_a_multistate_licence_does_not_open_a_state_outside_the_compact(session: Session) -> None:
    person = make_person(
        session, licenses=[{"state": "CO", "type": "RN", "compact": True, "expires": "2029-01"}]
    )
    order = make_order(session, state="CA")
    assert placement(session, order, person) == "out"


def test_a_single_state_licence_in_a_compact_state_is_one_step_away(session: Session) -> None:
    person = make_person(
        session, licenses=[{"state": "CO", "type": "RN", "compact": False, "expires": "2029-01"}]
    )
    order = make_order(session)
    assert missing_of(session, order, person) == [
        "Single-state CO licence: a multistate (compact) licence would cover TX."
    ]


def test_a_licence_expiring_during_the_assignment_is_one_step_away(session: Session) -> None:
    person = make_person(
        session,
        licenses=[{"state": "TX", "type": "RN", "compact": False, "expires": "2027-04-30"}],
    )
    order = make_order(session)
    assert missing_of(session, order, person) == [
        "TX licence expires 2027-04-30, before the assignment ends (2027-05-31): renew it."
    ]


def test_a_licence_expired_before_the_start_is_out(session: Session) -> None:
    person = make_person(
        session,
        licenses=[{"state": "TX", "type": "RN", "compact": False, "expires": "2027-01-31"}],
    )
    assert placement(session, make_order(session), person) == "out"


def test_a_licence_with_no_stated_expiry_is_one_step_away_to_verify(session: Session) -> None:
    person = make_person(session, licenses=[{"state": "TX", "type": "RN", "compact": False}])
    assert missing_of(session, make_order(session), person) == [
        "TX licence: expiry not stated; verify it."
    ]


def test_a_certification_expiring_mid_assignment_is_one_step_away(session: Session) -> None:
    person = make_person(
        session,
        certifications=[
            {"name": "BLS", "expires": "2028-06-30"},
            {"name": "ACLS", "expires": "2027-04-15"},
        ],
    )
    assert missing_of(session, make_order(session), person) == [
        "ACLS expires 2027-04-15, during the assignment (ends 2027-05-31): renew it."
    ]


def test_a_missing_required_certification_is_out(session: Session) -> None:
    person = make_person(session, certifications=[{"name": "BLS", "expires": "2028-06-30"}])
    assert placement(session, make_order(session), person) == "out"


def test_too_few_years_in_the_specialty_is_out_and_unknown_years_one_step(
    session: Session,
) -> None:
    order = make_order(session)
    junior = make_person(session, name="Junior", specialty_years={"ICU": 1})
    unknown = make_person(session, name="Unknown", specialty_years={})
    assert placement(session, order, junior) == "out"
    assert missing_of(session, order, unknown) == [
        "Years in ICU not stated: verify (the order asks 2)."
    ]


def test_a_candidate_who_can_only_start_after_the_start_date_is_out(session: Session) -> None:
    order = make_order(session)
    late = make_person(session, name="Late", availability_date="2027-04-01")
    early = make_person(session, name="Early", availability_date="2027-02-01")
    assert placement(session, order, late) == "out"
    assert "Can start 2027-02-01." in reasons_of(session, order, early)


def test_preferred_states_elsewhere_keep_a_candidate_out(session: Session) -> None:
    order = make_order(session)
    elsewhere = make_person(session, name="Elsewhere", preferred_states=["FL"])
    here = make_person(session, name="Here", preferred_states=["tx", "FL"])
    assert placement(session, order, elsewhere) == "out"
    assert "Wants to work in TX." in reasons_of(session, order, here)


@pytest.mark.parametrize("status", ["withdrawn", "placed", "duplicate"])
def test_withdrawn_placed_or_duplicate_candidates_are_never_listed(
    session: Session, status: str
) -> None:
    order, person = make_order(session), make_person(session)
    change_status(session, person, status, None, make_user(session).id)
    assert placement(session, order, person) == "out"


def test_a_candidate_proposed_to_the_same_facility_recently_is_not_listed_again(
    session: Session,
) -> None:
    user: User = make_user(session)
    first = make_order(session, external_id="A")
    second = make_order(session, external_id="B", facility="  mercy   GENERAL ")
    person = make_person(session)
    submittals.propose(session, first, person, user.id, utcnow())
    assert placement(session, second, person) == "out"


def test_a_submittal_older_than_sixty_days_no_longer_blocks(session: Session) -> None:
    user = make_user(session)
    first, second = make_order(session, external_id="A"), make_order(session, external_id="B")
    person = make_person(session)
    submittals.propose(session, first, person, user.id, utcnow() - timedelta(days=61))
    assert placement(session, second, person) == "eligible"


def test_eligible_candidates_are_ranked_by_their_explained_score(session: Session) -> None:
    order = make_order(session)
    novice = make_person(session, name="Novice", specialty_years={"ICU": 2}, ehr_systems=[])
    expert = make_person(session, name="Expert", specialty_years={"ICU": 9})
    middle = make_person(session, name="Middle", specialty_years={"ICU": 5})
    found = lists(session, order).eligible
    assert [row.candidate.id for row in found] == [expert.id, middle.id, novice.id]
    assert found[0].score > found[1].score > found[2].score
    assert "+36 years in ICU" in found[0].reasons
    assert "+15 has worked in Epic" in found[0].reasons
    assert not any("Epic" in reason for reason in found[2].reasons if reason.startswith("+"))
    assert novice.id != middle.id


def test_a_gate_passed_on_an_unconfirmed_parse_is_marked_verify(session: Session) -> None:
    order, person = make_order(session), make_person(session)
    person.unverified_fields_json = '["licenses"]'
    session.flush()
    rows = [r for r in lists(session, order).eligible if r.candidate.id == person.id]
    assert rows[0].verify == ["Licence: from an unconfirmed or low-confidence reading; verify."]


def test_the_candidate_page_lists_the_open_orders_they_fit(session: Session) -> None:
    person = make_person(session)
    fits = make_order(session, external_id="A")
    near = make_order(session, external_id="B", facility="B", certifications=["BLS", "PALS"])
    make_order(session, external_id="C", facility="C", status="on_hold")
    make_order(session, external_id="D", facility="D", state="CA")
    session.commit()
    assert_kept_equals_fresh(session, utcnow())
    rows = candidate_fits(session, person, utcnow())
    assert [(row.order.id, bool(row.missing)) for row in rows] == [(fits.id, False)]
    assert near.id not in [row.order.id for row in rows]  # PALS missing: out, not one step


def test_a_required_ehr_is_a_gate_and_a_preferred_one_only_scores(session: Session) -> None:
    person = make_person(session, ehr_systems=["Cerner"])
    required = make_order(session, external_id="R", ehr="Epic", ehr_required=True)
    preferred = make_order(session, external_id="P", facility="Other", ehr="Epic")
    assert placement(session, required, person) == "out"
    assert placement(session, preferred, person) == "eligible"
