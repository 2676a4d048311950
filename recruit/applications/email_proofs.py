"""Proving the email on file: a one-time, expiring link mailed to that address.

Opening it (and pressing the button: mail scanners fetch links, they don't press buttons)
proves the candidate reads that mailbox. The browser that did may then manage every
application under the address for a while, and the submission that asked for the link joins
them. Only the token's SHA-256 is stored, like status links. Helpers take a session and never
commit.
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.applications.ownership import Application
from recruit.applications.status_links import new_token, token_hash
from recruit.candidates.duplicates import merge_candidates
from recruit.candidates.identity import normalize_email
from recruit.db import utcnow
from recruit.events import record_event
from recruit.models import Candidate, EmailProof, Submission

PROOF_LIFETIME = timedelta(minutes=30)
MANAGE_LIFETIME = timedelta(hours=1)


def on_file_email(session: Session, application: Application) -> str | None:
    """Where a status link's "link my applications" mail goes: the address of the known
    candidate this one was flagged as possibly being, else the one the link's owner confirmed.
    Never shown to the asker; the mail itself is the proof."""
    flagged_id = application.candidate.possible_duplicate_of_id
    flagged = session.get(Candidate, flagged_id) if flagged_id else None
    if flagged is not None and flagged.merged_into_id is None and flagged.email_normalized:
        return flagged.email_normalized
    return normalize_email((application.confirmed_profile() or {}).get("email"))


def candidates_under(session: Session, email: str) -> list[Candidate]:
    """The live candidates whose email on file is `email`, oldest first."""
    query = sa.select(Candidate).where(
        Candidate.email_normalized == email, Candidate.merged_into_id.is_(None)
    )
    return list(session.scalars(query.order_by(Candidate.id)))


def issue_proof(session: Session, email: str, submission: Submission | None = None) -> str:
    """A new one-time link for `email`; the caller mails the token and commits."""
    token = new_token()
    now = utcnow()
    proof = EmailProof(
        token_hash=token_hash(token),
        email_normalized=email,
        submission_id=submission.id if submission is not None else None,
        created_at=now,
        expires_at=now + PROOF_LIFETIME,
    )
    session.add(proof)
    return token


def usable_proof(session: Session, token: str) -> EmailProof | None:
    """The unused, unexpired proof for this token, or None."""
    if not token or len(token) > 100:
        return None
    proof = session.scalar(sa.select(EmailProof).where(EmailProof.token_hash == token_hash(token)))
    if proof is None or proof.used_at is not None or proof.expires_at <= utcnow():
        return None
    return proof


def use_proof(session: Session, proof: EmailProof) -> None:
    """Spend the link: start the management window and join the asking submission, if any."""
    now = utcnow()
    proof.used_at = now
    proof.manage_until = now + MANAGE_LIFETIME
    for candidate in candidates_under(session, proof.email_normalized):
        record_event(session, "email_proof_used", candidate_id=candidate.id)
    _link_asking_submission(session, proof)


def proven_email(session: Session, proof_id: object) -> str | None:
    """The address a browser proved, while its management window lasts."""
    if not isinstance(proof_id, int):
        return None
    proof = session.get(EmailProof, proof_id)
    if proof is None or proof.manage_until is None or proof.manage_until <= utcnow():
        return None
    return proof.email_normalized


def forget_spent_proofs(session: Session) -> int:
    """Delete proofs whose link and management window are both over (they hold an address)."""
    now = utcnow()
    over = sa.or_(EmailProof.manage_until.is_(None), EmailProof.manage_until <= now)
    result = session.execute(sa.delete(EmailProof).where(EmailProof.expires_at <= now, over))
    return int(getattr(result, "rowcount", 0) or 0)


def _link_asking_submission(session: Session, proof: EmailProof) -> None:
    """The submission that asked for the link joins the candidate on file: both sides agreed,
    the asker by asking and the mailbox's owner by opening the link."""
    if proof.submission_id is None:
        return
    submission = session.get(Submission, proof.submission_id)
    if submission is None or submission.candidate.merged_into_id is not None:
        return
    own = submission.candidate
    others = [c for c in candidates_under(session, proof.email_normalized) if c.id != own.id]
    if not others:
        return
    survivor = next((c for c in others if c.id == own.possible_duplicate_of_id), others[0])
    merge_candidates(session, survivor, own, actor_user_id=None, proven_by_candidate=True)
