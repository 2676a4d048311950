from __future__ import annotations

from flask import abort, current_app, render_template, send_file
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from recruit.db import get_session
from recruit.models import Candidate, Submission
from recruit.review import review
from recruit.review.panel import workspace
from recruit.review.queries import REVIEW_ROLES, candidate_with_submissions, queue_page
from recruit.review.trail import trace
from recruit.storage import BlobNotFound, make_store


def get_candidate(candidate_id: int) -> Candidate:
    """The one loader for recruiter pages: 404 when absent, 403 when the role may not see it."""
    if current_user.role not in REVIEW_ROLES:
        abort(403)
    candidate = candidate_with_submissions(get_session(), candidate_id)
    if candidate is None:
        abort(404)
    return candidate


@review.get("/queue")
@login_required
def queue() -> ResponseReturnValue:
    if current_user.role not in REVIEW_ROLES:
        abort(403)
    return render_template("review/queue.html", submissions=queue_page(get_session()))


@review.get("/candidates/<int:candidate_id>")
@login_required
def candidate(candidate_id: int) -> ResponseReturnValue:
    candidate, session = get_candidate(candidate_id), get_session()
    trace(session, "candidate_viewed", candidate_id=candidate.id, actor_user_id=current_user.id)
    return render_template(
        "review/candidate.html", candidate=candidate, **workspace(session, candidate)
    )


@review.get("/candidates/<int:candidate_id>/submissions/<int:submission_id>/original")
@login_required
def download(candidate_id: int, submission_id: int) -> ResponseReturnValue:
    submission = _submission_of(get_candidate(candidate_id), submission_id)
    document = submission.document
    if document is None:
        abort(404)
    session = get_session()
    try:
        handle = make_store(current_app.config, session).open(document.storage_key)
    except BlobNotFound:
        abort(404)
    trace(
        session,
        "document_downloaded",
        candidate_id=candidate_id,
        submission_id=submission.id,
        actor_user_id=current_user.id,
    )
    response = send_file(
        handle,
        mimetype=document.media_type,
        as_attachment=True,
        download_name=document.display_name,
        max_age=0,
    )
    # Should a browser render it anyway, it runs nothing and reaches nothing.
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response.headers["Cache-Control"] = "private, no-store"
    return response


def _submission_of(candidate: Candidate, submission_id: int) -> Submission:
    for submission in candidate.submissions:
        if submission.id == submission_id:
            return submission
    abort(404)
