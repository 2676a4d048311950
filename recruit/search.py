"""Full-text search over resume text and profile fields, the same on SQLite and PostgreSQL.

Query semantics (both databases): the query is split into words the way the index splits
text (letters and digits), lower-cased; every word must match (AND) as a prefix of a token
(words longer than PREFIX_CHARS match on their first PREFIX_CHARS letters, which FTS5's
prefix indexes answer quickly; PostgreSQL does the same so both give the same results);
a two-letter US state code also matches candidates eligible to work in that state, because
each eligible state is indexed as the token `zzstate<code>` ("icu epic tx").

Indexing: `reindex_candidate` after a profile is saved, `remove_candidate` on deletion.
Also here: the queue's denormalised columns, refreshed at the same moment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.models import Candidate, ParseResultRow, Submission
from recruit.search_schema import FTS_TABLE, PG_TABLE, PREFIX_CHARS

STATE_TOKEN = "zzstate"
MAX_TERMS = 8
MAX_TEXT_CHARS = 200_000
LOW_CONFIDENCE = 0.6
US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU".split()
)
_WORD = re.compile(r"[^\W_]+")  # letters and digits, as both tokenizers split text


def query_terms(query: str | None) -> list[str]:
    """The words of a search box query: lower-cased, de-duplicated, at most MAX_TERMS."""
    words = (w.lower()[:PREFIX_CHARS] for w in _WORD.findall(query or ""))
    return list(dict.fromkeys(words))[:MAX_TERMS]


def match_clause(dialect: str, query: str | None) -> sa.ColumnElement[bool] | None:
    """A condition on Candidate.id for the query, or None when it has no words."""
    terms = query_terms(query)
    if not terms:
        return None
    if dialect == "sqlite":
        ids = (
            sa.select(sa.literal_column("rowid"))
            .select_from(sa.table(FTS_TABLE))
            .where(sa.text(f"{FTS_TABLE} MATCH :fts").bindparams(fts=_fts5_query(terms)))
        )
    else:
        ids = (
            sa.select(sa.literal_column("candidate_id"))
            .select_from(sa.table(PG_TABLE))
            .where(
                sa.text("document @@ to_tsquery('simple', :tsq)").bindparams(tsq=_tsquery(terms))
            )
        )
    return Candidate.id.in_(ids)


def _is_state(term: str) -> bool:
    return len(term) == 2 and term.upper() in US_STATES


def _fts5_query(terms: list[str]) -> str:
    # Terms are letters and digits only, so quoting them is all the escaping FTS5 needs.
    parts = [f'("{t}"* OR {STATE_TOKEN}{t})' if _is_state(t) else f'"{t}"*' for t in terms]
    return " AND ".join(parts)


def _tsquery(terms: list[str]) -> str:
    parts = [f"({t}:* | {STATE_TOKEN}{t})" if _is_state(t) else f"{t}:*" for t in terms]
    return " & ".join(parts)


def reindex_candidate(session: Session, candidate_id: int) -> None:
    """Replace the candidate's search document with its current profile and resume text."""
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        remove_candidate(session, candidate_id)
        return
    body = search_document(candidate, _latest_result(session, candidate_id))
    if _dialect(session) == "sqlite":
        remove_candidate(session, candidate_id)
        session.execute(
            sa.text(f"INSERT INTO {FTS_TABLE} (rowid, body) VALUES (:id, :body)"),
            {"id": candidate_id, "body": body},
        )
    else:
        session.execute(
            sa.text(
                f"INSERT INTO {PG_TABLE} (candidate_id, document)"
                " VALUES (:id, to_tsvector('simple', :body))"
                " ON CONFLICT (candidate_id) DO UPDATE SET document = EXCLUDED.document"
            ),
            {"id": candidate_id, "body": body},
        )


def remove_candidate(session: Session, candidate_id: int) -> None:
    """Drop the candidate's search document (erasure calls this before deleting the row)."""
    if _dialect(session) == "sqlite":
        statement = f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"
    else:
        statement = f"DELETE FROM {PG_TABLE} WHERE candidate_id = :id"
    session.execute(sa.text(statement), {"id": candidate_id})


def search_document(candidate: Candidate, result: ParseResultRow | None) -> str:
    """The text indexed for one candidate: facets, profile values, resume text, state tokens."""
    facets = [candidate.display_name, candidate.discipline, candidate.email_normalized]
    facets += [s.name for s in candidate.specialties]
    facets += [f"{lic.state or ''} {lic.type or ''}" for lic in candidate.licenses]
    facets += [c.name for c in candidate.certifications]
    facets += [e.name for e in candidate.ehr_systems]
    states = sorted({s.state.lower() for s in candidate.eligible_states})
    profile = result.profile if result is not None and result.profile else {}
    text = result.text[:MAX_TEXT_CHARS] if result is not None else ""
    return "\n".join(
        [
            " ".join(f for f in facets if f),
            " ".join(_strings(profile, skip="fields")),
            " ".join(f"{STATE_TOKEN}{s}" for s in states),
            text,
        ]
    )


def _strings(value: Any, skip: str) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != skip:
                yield from _strings(item, skip)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, skip)


def _latest_result(session: Session, candidate_id: int) -> ParseResultRow | None:
    query = (
        sa.select(ParseResultRow)
        .join(Submission, Submission.id == ParseResultRow.submission_id)
        .where(Submission.candidate_id == candidate_id, ParseResultRow.ok.is_(True))
        .order_by(Submission.received_at.desc(), Submission.id.desc())
        .limit(1)
    )
    return session.scalar(query)


def refresh_queue_columns(candidate: Candidate, submission: Submission, result: Any) -> None:
    """The queue's indexed columns: newest submission time, parse failure, warnings, confidence."""
    if submission.received_at and submission.received_at > candidate.received_at:
        candidate.received_at = submission.received_at
    candidate.parse_failed = not result.ok
    candidate.has_warnings = bool(result.warnings)
    candidate.min_confidence = min_confidence(result.profile)


def min_confidence(profile: dict[str, Any] | None) -> float | None:
    fields = (profile or {}).get("fields")
    if not isinstance(fields, dict):
        return None
    values = [
        float(f["confidence"])
        for f in fields.values()
        if isinstance(f, dict) and isinstance(f.get("confidence"), int | float)
    ]
    return min(values) if values else None


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name
