"""Save a ParseResult for a submission, flag a known candidate it may belong to, and bring
the queue's view up to date.

Parsing the same file twice gives the same rows: results are replaced, never appended.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from recruit.candidates.duplicates import flag_possible_duplicate
from recruit.candidates.projection import refresh_from_effective_profile, refresh_queue_columns
from recruit.candidates.search import reindex_candidate
from recruit.events import record_event
from recruit.models import ParseResultRow, Submission
from recruit.parsing.model import ParseResult


def save_parse_result(session: Session, submission: Submission, result: ParseResult) -> None:
    row = submission.parse_result or ParseResultRow(submission_id=submission.id)
    row.ok = result.ok
    row.profile = result.profile
    row.parser_version = result.parser_version
    row.timings = dict(result.timing_ms)
    row.warnings = [str(w) for w in result.warnings]
    row.text = result.text or ""
    row.error = result.error
    row.error_code = result.error_code
    session.add(row)
    submission.parse_result = row
    if submission.document is not None and result.page_count:
        submission.document.page_count = result.page_count
    if submission.status == "withdrawn":  # withdrawn while it was being read: it stays so
        pass
    elif submission.confirmed_at is None:  # a candidate may confirm before the parse lands
        submission.status = "parsed" if result.ok else "parse_failed"
    else:
        submission.status = "confirmed"
    if result.ok and result.profile:
        candidate = flag_possible_duplicate(session, submission, result.profile)
        # Recruiters' corrections outlive any re-parse: facets come from the effective profile.
        refresh_from_effective_profile(session, candidate)
    else:  # the profile is unchanged, but a first failed parse still needs a search document
        session.flush()
        reindex_candidate(session, submission.candidate_id)
    refresh_queue_columns(submission.candidate, submission, result.ok, bool(result.warnings))
    kind = "parse_succeeded" if result.ok else "parse_failed"
    record_event(
        session,
        kind,
        candidate_id=submission.candidate_id,
        submission_id=submission.id,
        error_code=result.error_code,
        parser_version=result.parser_version,
    )
