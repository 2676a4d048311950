from datetime import date

from recruit.clinical.eligibility import compact_for, compacts, eligible_states

TODAY = date(2026, 11, 1)


def test_multistate_rn_licence_opens_every_implemented_nlc_state():
    states = eligible_states([{"state": "TX", "type": "RN", "compact": True}], "RN", TODAY)
    assert len(states) == len(compacts()["NLC"]["implemented"])
    assert "TX" in states and "FL" in states
    assert not {"CA", "NY", "MA"} & set(states)


def test_single_state_licences_give_only_their_own_states():
    lic = [
        {"state": "CA", "type": "RN", "compact": None},
        {"state": "NY", "type": "RN", "compact": False},
    ]
    assert eligible_states(lic, "RN", TODAY) == ["CA", "NY"]


def test_compact_flag_from_a_non_member_state_opens_nothing_more():
    assert eligible_states([{"state": "CA", "type": "RN", "compact": True}], "RN", TODAY) == ["CA"]


def test_expired_licences_do_not_count():
    lic = [{"state": "TX", "type": "RN", "compact": True, "expires": "2026-10"}]
    assert eligible_states(lic, "RN", TODAY) == []


def test_a_licence_expiring_in_a_bare_year_counts_until_that_year_ends():
    lic = [{"state": "TX", "type": "RN", "compact": False, "expires": "2026"}]
    assert eligible_states(lic, "RN", TODAY) == ["TX"]
    assert eligible_states(lic, "RN", date(2027, 1, 1)) == []


def test_pharmacists_have_no_compact():
    assert compact_for("RPh") is None
    lic = [{"state": "OH", "type": "RPh", "compact": True}]
    assert eligible_states(lic, "Pharmacist", TODAY) == ["OH"]


def test_therapy_compacts_cover_their_assistants():
    assert compact_for("PTA") is compact_for("PT")
    assert compact_for("COTA") is compact_for("OT")
    assert compact_for("SLP")["name"].startswith("Audiology")


def test_licences_of_another_discipline_are_ignored():
    lic = [
        {"state": "TX", "type": "RN", "compact": None},
        {"state": "CO", "type": "PT", "compact": None},
    ]
    assert eligible_states(lic, "PT", TODAY) == ["CO"]


def test_canadian_registrations_give_no_us_state():
    assert eligible_states([{"state": "ON", "type": "RN", "compact": None}], "RN", TODAY) == []


def test_every_compact_records_its_source_and_date():
    for compact in compacts().values():
        assert compact["source"] and date.fromisoformat(compact["as_of"])
        assert all(len(code) == 2 for code in compact["implemented"])
