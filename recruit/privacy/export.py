"""Everything we hold about one candidate, as a ZIP an administrator can hand to them.

profile.json (candidate, facets, submissions with their parse results), events.json, notes.json
when the notes feature is installed, and originals/<submission id>-<safe name>.
"""

from __future__ import annotations

import json
import os
import re
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.events import record_event
from recruit.models import Candidate, Event, Note
from recruit.storage import BlobNotFound, BlobStore


class ExportError(LookupError):
    pass


def export_candidate(
    session: Session, store: BlobStore, candidate_id: int, target: Path, actor: int | None = None
) -> list[str]:
    """Write the ZIP (atomically) and record the export; returns the member names."""
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise ExportError(f"no candidate {candidate_id}")
    members = {
        "profile.json": _json(candidate_record(candidate)),
        "events.json": _json(events_of(session, candidate_id)),
        "notes.json": _json(notes_of(session, candidate_id)),
    }
    originals = _originals(store, candidate)
    _write_zip(target, members, originals)
    record_event(session, "candidate_exported", candidate_id=candidate_id, actor_user_id=actor)
    return [*members, *originals]


def candidate_record(candidate: Candidate) -> dict[str, Any]:
    record = _columns(candidate)
    for facet in ("specialties", "licenses", "certifications", "eligible_states", "ehr_systems"):
        record[facet] = [_columns(row) for row in getattr(candidate, facet)]
    record["submissions"] = [
        {
            **_columns(submission),
            "document": _columns(submission.document) if submission.document else None,
            "parse_result": _columns(submission.parse_result) if submission.parse_result else None,
        }
        for submission in candidate.submissions
    ]
    return record


def events_of(session: Session, candidate_id: int) -> list[dict[str, Any]]:
    query = sa.select(Event).where(Event.candidate_id == candidate_id).order_by(Event.id)
    return [_columns(event) for event in session.scalars(query)]


def notes_of(session: Session, candidate_id: int) -> list[dict[str, Any]]:
    query = sa.select(Note).where(Note.candidate_id == candidate_id).order_by(Note.id)
    return [_columns(note) for note in session.scalars(query)]


def _originals(store: BlobStore, candidate: Candidate) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for submission in candidate.submissions:
        document = submission.document
        if document is None:
            continue
        try:
            with store.open(document.storage_key) as handle:
                data = handle.read()
        except BlobNotFound:
            continue
        files[f"originals/{submission.id}-{safe_member_name(document.display_name)}"] = data
    return files


def safe_member_name(name: str) -> str:
    """A display name reduced to characters that are harmless in any file system."""
    cleaned = re.sub(r"[^A-Za-z0-9._ -]+", "_", name).strip(" .")
    return cleaned[:100] or "resume"


def _columns(row: Any) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in sa.inspect(row).mapper.column_attrs}


def _json(value: Any) -> bytes:
    return json.dumps(value, indent=2, ensure_ascii=False, default=_default).encode()


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    raise TypeError(type(value).__name__)


def _write_zip(target: Path, members: dict[str, bytes], originals: dict[str, bytes]) -> None:
    temp = target.with_name(f".{target.name}.partial")
    with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**members, **originals}.items():
            archive.writestr(name, data)
    os.chmod(temp, 0o600)  # it holds personal data
    os.replace(temp, target)
