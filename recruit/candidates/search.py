"""Full-text search over resume text and profile fields, the same on SQLite and PostgreSQL.

Query semantics (both databases): the query is split into words the way the index splits
text (letters and digits), lower-cased; every word must match (AND) as a prefix of a token
(words longer than PREFIX_CHARS match on their first PREFIX_CHARS letters, which FTS5's
prefix indexes answer quickly; PostgreSQL does the same so both give the same results);
a two-letter US state code also matches candidates eligible to work in that state, because
each eligible state is indexed as the token `zzstate<code>` ("icu epic tx").

Indexing: `reindex_candidate` whenever the effective profile changes (through
recruit.candidates.projection.refresh_from_effective_profile), `remove_candidate` on deletion
or merge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.candidates.profile import ProfileLayers
from recruit.clinical.regions import us_states
from recruit.db import utcnow
from recruit.models import Candidate
from recruit.search_schema import FTS_TABLE, PG_TABLE, PREFIX_CHARS

STATE_TOKEN = "zzstate"
MAX_TERMS = 8
MAX_TEXT_CHARS = 200_000
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
    ids: sa.Select[tuple[Any]]
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
    return len(term) == 2 and term.upper() in us_states()


def _fts5_query(terms: list[str]) -> str:
    # Terms are letters and digits only, so quoting them is all the escaping FTS5 needs.
    parts = [f'("{t}"* OR {STATE_TOKEN}{t})' if _is_state(t) else f'"{t}"*' for t in terms]
    return " AND ".join(parts)


def _tsquery(terms: list[str]) -> str:
    parts = [f"({t}:* | {STATE_TOKEN}{t})" if _is_state(t) else f"{t}:*" for t in terms]
    return " & ".join(parts)


def reindex_candidate(
    session: Session,
    candidate_id: int,
    profile: dict[str, Any] | None = None,
    text: str | None = None,
) -> None:
    """Replace the candidate's search document with its effective profile and resume text
    (both given by a caller that has just read them, or read here).

    A merged-away candidate has no document: everything it had now belongs to the survivor.
    """
    candidate = session.get(Candidate, candidate_id)
    if candidate is None or candidate.merged_into_id is not None:
        remove_candidate(session, candidate_id)
        return
    if profile is None or text is None:
        layers = ProfileLayers.read(session, candidate)
        profile, text = layers.effective(utcnow().date()), layers.text
    body = search_document(candidate, profile, text)
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


def search_document(candidate: Candidate, profile: dict[str, Any], text: str) -> str:
    """The text indexed for one candidate: facets, effective profile values, state tokens and
    resume text."""
    facets = [candidate.display_name, candidate.discipline, candidate.email_normalized]
    facets += [s.name for s in candidate.specialties]
    facets += [f"{lic.state or ''} {lic.type or ''}" for lic in candidate.licenses]
    facets += [c.name for c in candidate.certifications]
    facets += [e.name for e in candidate.ehr_systems]
    states = sorted({s.state.lower() for s in candidate.eligible_states})
    return "\n".join(
        [
            " ".join(f for f in facets if f),
            " ".join(_strings(profile, skip=_NOT_INDEXED)),
            " ".join(f"{STATE_TOKEN}{s}" for s in states),
            text[:MAX_TEXT_CHARS],
        ]
    )


# Evidence is not profile text; the profile's eligible states are the parser's, which a changed
# licence outdates: the facet rows hold the current ones, indexed above as state tokens.
_NOT_INDEXED = frozenset({"fields", "eligible_states"})


def _strings(value: Any, skip: frozenset[str]) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in skip:
                yield from _strings(item, skip)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, skip)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name
