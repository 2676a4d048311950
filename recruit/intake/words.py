"""What we tell candidates, in plain words: parse problems and where an application stands."""

from __future__ import annotations

from dataclasses import dataclass

from recruit.applications.ownership import Application
from recruit.models import Submission

FILL_IN = "You can fill in the form below yourself; a recruiter will still see your original file."

PARSE_PROBLEMS: dict[str, str] = {
    "encrypted": (
        "This PDF is password-protected, so we can't read it. Save a copy without a password "
        "and upload it again."
    ),
    "corrupt": (
        "We couldn't open this file; it may be damaged. Open it on your device, save it again "
        "(PDF works best) and upload the new copy."
    ),
    "empty": "This file looks empty. Check you picked the right file and upload it again.",
    "unsupported_type": (
        "We can't read this kind of file. Save your resume as a PDF or Word file and upload it "
        "again, or take a photo of a printed copy."
    ),
    "legacy_doc": (
        "This older Word (.doc) file is hard for us to read. Save it as .docx or PDF and upload "
        "it again."
    ),
    "too_many_pages": (
        "This file is longer than we read. Upload just your resume, without certificates or "
        "other attachments."
    ),
}
GENERIC_PROBLEM = "We couldn't read your resume automatically."


def parse_problem(submission: Submission) -> str | None:
    """Plain words for a parse that failed, or None while it is fine or still running."""
    if submission.status != "parse_failed":
        return None
    result = submission.parse_result
    code = result.error_code if result is not None else None
    return PARSE_PROBLEMS.get(code or "", GENERIC_PROBLEM)


@dataclass(frozen=True)
class Standing:
    headline: str
    next_step: str


CANDIDATE_STANDING: dict[str, Standing] = {
    "new": Standing(
        "We have your application.",
        "A recruiter will read it, usually within one business day, and contact you if an "
        "assignment fits.",
    ),
    "in_review": Standing(
        "A recruiter is reading your application.",
        "They will contact you by email or phone if an assignment fits you.",
    ),
    "contacted": Standing(
        "A recruiter has been in touch with you.",
        "Check your email and phone messages. Reply to them with any questions.",
    ),
    "submitted": Standing(
        "Your profile has been sent to a facility for an assignment.",
        "The facility usually answers within a few days. Your recruiter will tell you as soon "
        "as they hear.",
    ),
    "placed": Standing(
        "You have an assignment. Congratulations!",
        "Your recruiter will guide you through onboarding.",
    ),
    "not_a_fit": Standing(
        "We don't have an assignment that fits you right now.",
        "We keep your profile and will contact you when something fits. You can update your "
        "availability below, or delete your details.",
    ),
    "withdrawn": Standing(
        "You withdrew your application.",
        "We won't contact you about assignments. You can still delete everything you sent us.",
    ),
    "duplicate": Standing(
        "We found another application from you and joined them.",
        "A recruiter is working from your other application; nothing else is needed.",
    ),
}


LINK_SENT = (
    "If we have an email address on file from an earlier application, we've sent a link to it. "
    "Open it within 30 minutes to see and manage all your applications together."
)
PROOF_SENT = (
    "If we have applications under that address, we've sent it a link. Open it within 30 "
    "minutes to see and manage them."
)


def standing(application: Application) -> Standing:
    """Where the link's application stands; the candidate's status (a recruiter's word) only
    while it is not someone else's withdrawal."""
    if application.withdrawn():
        return CANDIDATE_STANDING["withdrawn"]
    if application.newest.confirmed_at is None:
        return Standing(
            "We have your resume, but you haven't confirmed your details yet.",
            "Check your details and send them. Until you do, recruiters won't contact you, and "
            "an upload that is never confirmed is deleted after 24 hours.",
        )
    status = application.candidate.status
    return candidate_standing("new" if status == "withdrawn" else status)


def candidate_standing(status: str) -> Standing:
    return CANDIDATE_STANDING.get(status, CANDIDATE_STANDING["new"])
