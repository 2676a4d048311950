"""What we mail candidates: the confirmation after they send their details, and the one-time
link that proves they read the email on file."""

from __future__ import annotations

from flask import current_app, url_for

from recruit import mail
from recruit.applications.email_proofs import issue_proof
from recruit.applications.status_links import reference_number
from recruit.db import get_session
from recruit.intake.limits import count_proof_mail
from recruit.models import Submission

BODY = """Hello {name},

Thank you for sending us your details. Your reference number is {reference}.

What happens next: a recruiter who knows travel healthcare will read your application,
usually within one business day, and contact you if an assignment fits you. Nothing is
sent to a facility without your say-so.

Your private status link (keep it to yourself; anyone with it can see and change your
application):
{status_url}

From that page you can see where your application stands, send a newer resume, change
when you can start and where you'd like to work, withdraw, or delete everything you sent us.

recruit
"""


def send_confirmation(submission: Submission, status_url: str) -> bool:
    profile = submission.confirmed_profile or {}
    to = profile.get("email")
    if not to:
        return False
    body = BODY.format(
        name=profile.get("name") or "there",
        reference=reference_number(submission),
        status_url=status_url,
    )
    subject = f"We got your application ({reference_number(submission)})"
    message = mail.build_message(current_app.config, to, subject, body)
    return mail.send(current_app.config, current_app.instance_path, message)


PROOF_BODY = """Hello,

Someone asked for a link to the applications sent to recruit under this email address{why}.

If it was you, open this link within 30 minutes (it works once):
{proof_url}

Then you can see all your applications together, withdraw them or delete them.

If it wasn't you, ignore this email: nothing changes, and nobody sees your details.

recruit
"""
LINKING = ", and to join a new application to them"


def send_proof(email: str, submission: Submission | None) -> bool:
    """Count, issue and mail a one-time link to `email`; commits the proof before mailing."""
    count_proof_mail(email)
    session = get_session()
    token = issue_proof(session, email, submission)
    session.commit()
    body = PROOF_BODY.format(
        why=LINKING if submission is not None else "",
        proof_url=url_for("intake.open_proof", proof=token, _external=True),
    )
    message = mail.build_message(current_app.config, email, "Your link to your applications", body)
    return mail.send(current_app.config, current_app.instance_path, message)
