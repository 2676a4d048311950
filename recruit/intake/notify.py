"""The confirmation email a candidate gets after sending their details."""

from __future__ import annotations

from flask import current_app

from recruit import mail
from recruit.applications.status_links import reference_number
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
