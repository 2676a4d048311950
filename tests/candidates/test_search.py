"""Full-text search: the same answers from SQLite FTS5 and PostgreSQL tsvector."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.candidates.search import query_terms, reindex_candidate, remove_candidate
from recruit.models import Candidate
from recruit.queue.filters import QueueFilters
from recruit.queue.pages import queue_page
from tests.queue_helpers import parsed_candidate, profile

FACET_TABLES = (
    "candidate_specialty",
    "candidate_license",
    "candidate_certification",
    "candidate_eligible_state",
    "candidate_ehr",
)
CA_ER = profile(
    name="Carla Coast",
    specialties=["ER"],
    ehr_systems=["Cerner"],
    licenses=[{"state": "CA", "type": "RN", "compact": False}],
    eligible_states=["CA"],
)


@pytest.fixture
def people(session: Session) -> dict[str, Candidate]:
    people = {
        # Licensed in CO with a compact licence: eligible in TX without "TX" in the resume.
        "compact": parsed_candidate(
            session,
            profile(
                name="Cora Compact",
                licenses=[{"state": "CO", "type": "RN", "compact": True}],
                eligible_states=["CO", "TX", "AZ"],
            ),
            text="Critical care nurse. Charted in EPIC for 4 years.",
            hours_ago=3,
        ),
        "texan_er": parsed_candidate(
            session,
            profile(name="Tess Er", specialties=["ER"], eligible_states=["TX"]),
            text="Emergency nurse in Houston, TX. Epic.",
            hours_ago=2,
        ),
        "california": parsed_candidate(
            session, CA_ER, text="ICU float shifts, Epic go-live superuser.", hours_ago=1
        ),
    }
    session.commit()
    session.info["names"] = {c.id: n for n, c in people.items()}
    return people


def found(session: Session, query: str) -> list[str]:
    page = queue_page(session, QueueFilters(q=query, status="all"), me=0)
    return [session.info["names"][c.id] for c in page.candidates]


def test_icu_epic_tx_finds_icu_nurses_who_used_epic_and_can_work_in_texas(
    session: Session, people: dict
) -> None:
    assert found(session, "icu epic tx") == ["compact"]


def test_every_term_must_match_as_a_case_insensitive_prefix(session: Session, people: dict) -> None:
    assert found(session, "EPI") == ["compact", "texan_er", "california"]
    assert found(session, "epic cern") == ["california"]
    assert found(session, "hous") == ["texan_er"]
    assert found(session, "cora comp") == ["compact"]
    assert found(session, "epic nosuchword") == []


def test_a_state_code_matches_eligibility_or_the_word_itself(
    session: Session, people: dict
) -> None:
    assert found(session, "tx") == ["compact", "texan_er"]
    assert found(session, "az") == ["compact"]
    # "ca" is also a prefix of "care" in Cora's resume: a state code is a word as well.
    assert found(session, "ca") == ["compact", "california"]


def test_search_combines_with_filters(session: Session, people: dict) -> None:
    page = queue_page(session, QueueFilters(q="epic", specialty="ER", status="all"), me=0)
    assert {session.info["names"][c.id] for c in page.candidates} == {"texan_er", "california"}


def test_punctuation_and_query_syntax_are_plain_words(session: Session, people: dict) -> None:
    assert query_terms('"ICU" OR (tx) NEAR epic* -- ;') == ["icu", "or", "tx", "near", "epic"]
    assert found(session, 'epic" OR "x') == []
    assert found(session, "*") == ["compact", "texan_er", "california"]  # no words: no search


def test_reindex_follows_a_new_parse_and_remove_forgets_the_candidate(
    session: Session, people: dict
) -> None:
    california = people["california"]
    california.display_name = "Renamed Person"
    reindex_candidate(session, california.id)
    session.commit()
    assert found(session, "renamed") == ["california"]
    remove_candidate(session, california.id)
    session.commit()
    assert found(session, "renamed") == []


def test_deleting_a_candidate_after_remove_leaves_no_search_document(
    session: Session, people: dict
) -> None:
    cora = people["compact"]
    remove_candidate(session, cora.id)
    session.expunge_all()
    subs = "SELECT id FROM submission WHERE candidate_id = :id"
    for statement in (
        f"DELETE FROM parse_result WHERE submission_id IN ({subs})",
        f"DELETE FROM document WHERE submission_id IN ({subs})",
        "DELETE FROM event WHERE candidate_id = :id",
        "DELETE FROM submission WHERE candidate_id = :id",
        *(f"DELETE FROM {t} WHERE candidate_id = :id" for t in FACET_TABLES),
        "DELETE FROM candidate WHERE id = :id",
    ):
        session.execute(sa.text(statement), {"id": cora.id})
    session.commit()
    table, key = (
        ("candidate_fts", "rowid")
        if session.get_bind().dialect.name == "sqlite"
        else ("candidate_search", "candidate_id")
    )
    left = session.scalar(
        sa.text(f"SELECT count(*) FROM {table} WHERE {key} = :id"), {"id": cora.id}
    )
    assert left == 0
    assert found(session, "epic") == ["texan_er", "california"]
