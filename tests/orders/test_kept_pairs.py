"""The kept match pairs after every kind of change equal a fresh evaluation from scratch: a
profile correction, time passing (a licence expiring, the 60-day guard lifting), an order
edited, imported, closed or filled, a submittal and its withdrawal, a candidate withdrawing,
a merge, an erasure, and the sweep building what was not built."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.applications.confirmation import update_preferences
from recruit.applications.withdrawal import withdraw_candidate
from recruit.candidates.corrections import correct_field
from recruit.candidates.duplicates import merge_candidates
from recruit.cli import main
from recruit.db import utcnow
from recruit.models import Candidate, JobOrder, OrderMatch, Submission
from recruit.orders import stored, submittals
from recruit.orders.csvfile import read_table
from recruit.orders.importing import plan_import, save_import
from recruit.orders.matching import candidate_fits, order_matches
from recruit.orders.sweep import run_sweep, start_sweep_thread
from recruit.privacy.erasure import erase_candidate
from recruit.storage import make_store
from tests.helpers import login, make_user
from tests.orders.kept_pairs import assert_kept_equals_fresh, assert_reads_equal_fresh
from tests.orders.order_helpers import make_order, make_person


def standing(session: Session, order: JobOrder, person: Candidate) -> str | None:
    query = sa.select(OrderMatch.standing).where(
        OrderMatch.order_id == order.id, OrderMatch.candidate_id == person.id
    )
    return session.scalar(query)


def settled(session: Session) -> None:
    session.commit()
    assert_kept_equals_fresh(session, utcnow())


def test_a_profile_correction_moves_the_candidate_between_lists(session: Session) -> None:
    user = make_user(session)
    order, person = make_order(session), make_person(session)
    settled(session)
    assert standing(session, order, person) == "eligible"
    correct_field(session, person, "licenses", "TX | RN | 1 | no | 2027-04-30", user.id)
    settled(session)
    assert standing(session, order, person) == "one_step_away"
    correct_field(session, person, "certifications", "BLS | 2028-06-30", user.id)
    settled(session)
    assert standing(session, order, person) is None


def test_a_confirmed_change_of_wishes_is_kept_at_once(session: Session) -> None:
    order, person = make_order(session), make_person(session)
    submission = session.scalars(sa.select(Submission)).one()
    update_preferences(session, submission, {"preferred_states": ["FL"]})
    settled(session)
    assert standing(session, order, person) is None
    update_preferences(session, submission, {"preferred_states": ["TX"], "specialty_years": {}})
    settled(session)
    assert standing(session, order, person) == "one_step_away"  # years now unknown


def test_time_passing_a_licence_expiry_changes_nothing_the_gates_did_not_say(
    session: Session,
) -> None:
    """The gates compare expiries with the assignment's dates, not with today: a licence
    running out before the end is one step away whenever the list is read."""
    order = make_order(session)
    person = make_person(session, licenses=[{"state": "TX", "type": "RN", "expires": "2027-04-30"}])
    session.commit()
    later = utcnow() + timedelta(days=900)  # past the expiry and the assignment
    assert_reads_equal_fresh(session, later)
    assert standing(session, order, person) == "one_step_away"


def test_the_guard_lifting_with_time_is_read_live_then_kept_by_the_sweep(
    app: Flask, session: Session
) -> None:
    user = make_user(session)
    first = make_order(session, external_id="A")
    second = make_order(session, external_id="B")  # the same facility
    person = make_person(session)
    submittals.propose(session, first, person, user.id, utcnow() - timedelta(days=59))
    settled(session)
    assert standing(session, second, person) == "held"
    kept = session.scalars(sa.select(OrderMatch.recheck_at)).all()
    assert all(at is not None and timedelta(0) < at - utcnow() <= timedelta(days=1) for at in kept)
    two_days_on = utcnow() + timedelta(days=2)
    assert [r.candidate.id for r in order_matches(session, second, two_days_on).eligible] == [
        person.id
    ]
    assert_reads_equal_fresh(session, two_days_on)
    assert stored.recheck_due(session, two_days_on) == 2  # the proposal's own order too
    assert standing(session, second, person) == "eligible"


def test_an_order_edited_by_hand_is_recomputed(
    client: FlaskClient, session: Session, app: Flask
) -> None:
    make_user(session)
    order, person = make_order(session), make_person(session)
    settled(session)
    login(client)
    form = {"facility": "Mercy General", "state": "TX", "discipline": "RN", "specialty": "ICU",
            "start_date": "2027-03-01", "weeks": "13", "certifications": "BLS, PALS",
            "min_years": "2", "compact_accepted": "yes", "ehr_required": "no"}  # fmt: skip
    assert client.post(f"/orders/{order.id}/edit", data=form).status_code == 302
    session.expire_all()
    settled(session)
    assert standing(session, order, person) is None  # no PALS
    form["certifications"] = "BLS"
    assert client.post(f"/orders/{order.id}/edit", data=form).status_code == 302
    session.expire_all()
    settled(session)
    assert standing(session, order, person) == "eligible"


def test_an_import_builds_its_orders_and_closing_one_drops_its_pairs(session: Session) -> None:
    person = make_person(session)
    csv = b"Req ID,Facility,State,Profession,Specialty,Start Date,Weeks,Certifications\n"
    rows = [b"R1,Mercy,TX,RN,ICU,2027-03-01,13,BLS\n", b"R2,Bay,TX,RN,ICU,2027-03-01,13,BLS\n"]
    for body, full in ((csv + rows[0] + rows[1], False), (csv + rows[0], True)):
        table = read_table(body)
        plan = plan_import(session, table, _mapping(table.headers), "vms", full)
        save_import(session, plan, close_missing=True, now=utcnow())
        settled(session)
    orders = {o.external_id: o for o in session.scalars(sa.select(JobOrder))}
    assert orders["R2"].status == "closed"
    assert standing(session, orders["R1"], person) == "eligible"
    assert standing(session, orders["R2"], person) is None


def test_a_submittal_holds_the_pair_and_declining_frees_it(session: Session) -> None:
    user = make_user(session)
    first, second = make_order(session, external_id="A"), make_order(session, external_id="B")
    person = make_person(session)
    proposal = submittals.propose(session, first, person, user.id, utcnow())
    settled(session)
    assert (standing(session, first, person), standing(session, second, person)) == (
        "held", "held",
    )  # fmt: skip
    submittals.decide(session, proposal, approve=False, now=utcnow())
    settled(session)
    assert standing(session, second, person) == "eligible"


def test_a_proposal_withdrawn_before_it_was_sent_frees_the_pair(session: Session) -> None:
    user = make_user(session)
    order, person = make_order(session), make_person(session)
    proposal = submittals.propose(session, order, person, user.id, utcnow())
    submittals.advance(session, proposal, "withdrawn", user.id, utcnow(), "wrong order")
    settled(session)
    assert standing(session, order, person) == "eligible"


def test_placing_fills_the_order_and_places_the_candidate(session: Session) -> None:
    user = make_user(session)
    order, other = make_order(session, openings=1), make_order(session, external_id="B")
    person = make_person(session)
    proposal = submittals.propose(session, order, person, user.id, utcnow())
    submittals.decide(session, proposal, approve=True, now=utcnow())
    for step in ("submitted", "interview", "offer", "placed"):
        submittals.advance(session, proposal, step, user.id, utcnow())
    settled(session)
    assert order.status == "filled" and order.matched_at is None
    assert session.scalar(sa.select(sa.func.count()).select_from(OrderMatch)) == 0
    assert other.matched_at is not None


def test_a_candidate_withdrawing_leaves_every_list_and_returns_on_a_new_confirmation(
    session: Session,
) -> None:
    order, person = make_order(session), make_person(session)
    withdraw_candidate(session, person, via="status_link")
    settled(session)
    assert standing(session, order, person) is None
    submission = session.scalars(sa.select(Submission)).one()
    from recruit.applications.confirmation import confirm_submission

    confirm_submission(session, submission, dict(submission.confirmed_profile or {}))
    settled(session)
    assert person.status == "new" and standing(session, order, person) == "eligible"


def test_a_merged_duplicate_leaves_the_lists_and_the_survivor_gains_its_facts(
    session: Session,
) -> None:
    order = make_order(session)
    survivor = make_person(session, certifications=[{"name": "BLS", "expires": "2028-06-30"}])
    other = make_person(session, name="Ada N.", email="ada2@example.com")
    settled(session)
    assert standing(session, order, other) == "eligible"
    merge_candidates(session, survivor, other, actor_user_id=make_user(session).id)
    settled(session)
    assert standing(session, order, other) is None
    assert standing(session, order, survivor) is not None


def test_an_erased_candidate_leaves_no_pair(app: Flask, session: Session) -> None:
    order, person = make_order(session), make_person(session)
    settled(session)
    person_id = person.id
    with app.app_context():
        erase_candidate(session, make_store(app.config, session), person_id)
    settled(session)
    left = sa.select(OrderMatch).where(OrderMatch.candidate_id == person_id)
    assert session.scalars(left).all() == [] and order.matched_at is not None


def test_the_sweep_builds_what_was_not_built_and_reads_agree_before_and_after(
    app: Flask, session: Session, tmp_path: Path
) -> None:
    orders = [make_order(session, built=False, external_id=f"U{n}") for n in range(3)]
    people = [make_person(session, name=f"P{n}", email=f"p{n}@example.com") for n in range(2)]
    session.commit()
    before = [order_matches(session, o, utcnow()).eligible_total for o in orders]
    fits_before = [len(candidate_fits(session, p, utcnow())) for p in people]
    report = run_sweep(app)
    assert (report.built, report.finished) == (3, True)
    session.expire_all()
    settled(session)
    assert [order_matches(session, o, utcnow()).eligible_total for o in orders] == before
    assert [len(candidate_fits(session, p, utcnow())) for p in people] == fits_before == [3, 3]


def test_the_workers_sweep_thread_builds_new_orders_in_the_background(
    app: Flask, session: Session
) -> None:
    order = make_order(session, built=False)
    make_person(session)
    session.commit()
    stop = threading.Event()
    thread = start_sweep_thread(app, stop)
    try:
        deadline = time.monotonic() + 30
        while session.get_one(JobOrder, order.id).matched_at is None:
            assert time.monotonic() < deadline, "the sweep did not build the order"
            time.sleep(0.1)
            session.commit()  # a fresh snapshot
            session.expire_all()
    finally:
        stop.set()
        thread.join(timeout=30)
    settled(session)


def test_the_sweep_command_rebuilds_every_order_on_request(app: Flask, session: Session) -> None:
    order = make_order(session)
    make_person(session)
    session.commit()
    result = app.test_cli_runner().invoke(main, args=["orders", "sweep", "--rebuild"])
    assert result.exit_code == 0, result.output
    assert "built 1 order(s)" in result.output
    session.expire_all()
    settled(session)
    assert session.get_one(JobOrder, order.id).matched_at is not None


def _mapping(headers: list[str]) -> list[str]:
    from recruit.orders.columns import auto_mapping

    return auto_mapping(headers)
