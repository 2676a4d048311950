from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from flask import (
    Response,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    stream_with_context,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from sqlalchemy.orm import Session

from recruit.applications.filetypes import download_name
from recruit.applications.status_links import reference_number
from recruit.candidates.profile import current_profile
from recruit.candidates.workflow import AlreadyClaimed, claim
from recruit.db import get_session, utcnow
from recruit.events import trace
from recruit.models import CANDIDATE_STATUSES, Candidate, Submission
from recruit.queue.csv_export import stream_csv
from recruit.queue.facets import FacetCounts, facet_counts
from recruit.queue.filters import BadFilter, Cursor, QueueFilters, day_arg
from recruit.queue.pages import export_rows, queue_page
from recruit.queue.queries import REVIEW_ROLES, candidate_with_submissions
from recruit.review import candidate_page as cp
from recruit.review.blueprint import review
from recruit.review.options import filter_options
from recruit.review.panel import workspace
from recruit.storage import BlobNotFound, make_store
from recruit.web.errors import BadInput

# The original document, shown in an <iframe> on our page: nothing in it may run or load.
INLINE_CSP = (
    "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
)


def get_candidate(candidate_id: int) -> Candidate:
    """The one loader for recruiter pages: 404 when absent, 403 when the role may not see it."""
    _require_reviewer()
    candidate = candidate_with_submissions(get_session(), candidate_id)
    if candidate is None:
        abort(404)
    return candidate


def _require_reviewer() -> None:
    if current_user.role not in REVIEW_ROLES:
        abort(403)


def _audit(kind: str, candidate_id: int | None = None, **detail: object) -> None:
    trace(get_session(), kind, candidate_id=candidate_id, actor_user_id=current_user.id, **detail)


@review.get("/queue")
@login_required
def queue() -> ResponseReturnValue:
    _require_reviewer()
    filters = _filters()
    session = get_session()
    page = queue_page(
        session,
        filters,
        current_user.id,
        after=Cursor.parse(request.args.get("after")),
        before=Cursor.parse(request.args.get("before")),
    )
    # Counts cost a pass over every matching candidate; the page comes first and queue.js
    # fetches them from /queue/facets. Without JavaScript, "Show counts" adds counts=1.
    counts = request.args.get("counts") == "1"
    facets = facet_counts(session, filters, current_user.id) if counts else FacetCounts()
    return render_template(
        "review/queue.html",
        filters=filters,
        page=page,
        facets=facets,
        counts=counts,
        choices=filter_options(filters, facets.counts),
        statuses=CANDIDATE_STATUSES,
    )


@review.get("/queue/facets")
@login_required
def queue_facets() -> ResponseReturnValue:
    _require_reviewer()
    filters = _filters()
    facets = facet_counts(get_session(), filters, current_user.id)
    return jsonify(counts=facets.counts, matches=facets.matches, estimated=facets.estimated)


@review.get("/queue.csv")
@login_required
def queue_csv() -> ResponseReturnValue:
    _require_reviewer()
    filters = _filters()
    args = filters.to_args(q=None)
    _audit("queue_exported", filters=args, searched=bool(filters.q))
    body = _csv_body(get_session(), filters, current_user.id)
    response = Response(stream_with_context(body), mimetype="text/csv")
    name = f"queue-{utcnow():%Y%m%d-%H%M}.csv"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Cache-Control"] = "private, no-store"
    return response


def _filters() -> QueueFilters:
    try:
        return QueueFilters.from_args(request.args)
    except BadFilter as error:
        raise BadInput(error.words) from None


def _csv_body(session: Session, filters: QueueFilters, me: int) -> Iterator[str]:
    try:
        yield from stream_csv(export_rows(session, filters, me))
    finally:
        # A streamed body outlives the request's own clean-up: end the read transaction here,
        # or it holds its locks until the session is garbage-collected.
        session.rollback()


@review.post("/candidates/<int:candidate_id>/claim")
@login_required
def claim_candidate(candidate_id: int) -> ResponseReturnValue:
    candidate = get_candidate(candidate_id)
    session = get_session()
    try:
        claim(session, candidate, current_user.id)
    except AlreadyClaimed:
        message, code = "Another recruiter has already claimed this candidate.", 409
    else:
        session.commit()
        message, code = "Claimed: this candidate is assigned to you.", 200
    if request.accept_mimetypes.best == "application/json":
        return jsonify(message=message, status=candidate.status), code
    flash(message, "info" if code == 200 else "error")
    return redirect(_back(candidate_id))


def _back(candidate_id: int) -> str:
    target = request.form.get("next") or ""
    if target.startswith("/queue") and not target.startswith("//"):
        return target
    return url_for("review.candidate", candidate_id=candidate_id)


@review.get("/candidates/<int:candidate_id>")
@login_required
def candidate(candidate_id: int) -> ResponseReturnValue:
    candidate = get_candidate(candidate_id)
    submission = cp.submission_in_view(candidate, request.args.get("submission", type=int))
    result = submission.parse_result if submission else None
    lines = cp.text_lines(result.text if result else "")
    profile = (result.profile if result else None) or {}
    today = utcnow().date()
    start = _date_arg("start") or today
    # Readiness is about the person (with their confirmations and our corrections); the
    # fields beside the document are what this document's parse found, with its evidence.
    current = current_profile(get_session(), candidate, today)
    readiness = cp.readiness(current, request.args.get("state", "")[:2], start, today)
    _audit("candidate_viewed", candidate.id, submission_id=submission.id if submission else None)
    return render_template(
        "review/candidate.html",
        candidate=candidate,
        submission=submission,
        result=result,
        fields=cp.field_views(profile, lines),
        text=cp.text_page(lines, request.args.get("text_page", type=int)),
        warnings=cp.warning_words(result.warnings if result else None),
        readiness=readiness,
        inline=cp.shows_inline(submission),
        erased_at=cp.erased_unless_confirmed_at(
            candidate, timedelta(hours=current_app.config["UNCONFIRMED_TTL_H"])
        ),
        **workspace(get_session(), candidate),
    )


def _date_arg(name: str) -> date | None:
    try:
        return day_arg(name, request.args.get(name, "")[:40])
    except BadFilter as error:
        raise BadInput(error.words) from None


@review.get("/candidates/<int:candidate_id>/submissions/<int:submission_id>/original")
@login_required
def download(candidate_id: int, submission_id: int) -> ResponseReturnValue:
    submission = _submission_of(get_candidate(candidate_id), submission_id)
    _audit("document_downloaded", candidate_id, submission_id=submission_id)
    return _send(submission, inline=False)


@review.get("/candidates/<int:candidate_id>/submissions/<int:submission_id>/inline")
@login_required
def inline(candidate_id: int, submission_id: int) -> ResponseReturnValue:
    submission = _submission_of(get_candidate(candidate_id), submission_id)
    if not cp.shows_inline(submission):
        abort(404)
    _audit("document_viewed", candidate_id, submission_id=submission_id)
    response = _send(submission, inline=True)
    response.headers["Content-Security-Policy"] = INLINE_CSP
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    response.headers["Cache-Control"] = "private, no-store"
    return response


def _send(submission: Submission, inline: bool) -> Response:
    document = submission.document
    if document is None:
        abort(404)
    session = get_session()
    try:
        handle = make_store(current_app.config, session).open(document.storage_key)
    except BlobNotFound:
        abort(404)
    response = send_file(
        handle,
        mimetype=document.media_type,
        as_attachment=not inline,
        # never the candidate's own name: "cv.html" must not reach a disk as a web page
        download_name=download_name(reference_number(submission), document.media_type),
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
