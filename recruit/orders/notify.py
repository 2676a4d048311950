"""The email a candidate gets when a recruiter proposes them for an order. It carries no link:
the candidate answers on their private status page, whose link they already hold."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from recruit import mail
from recruit.models import Submittal

BODY = """Hello {name},

A recruiter would like to put you forward for this assignment:

{summary}

Nothing is sent to the facility unless you say yes. To approve or decline, open your private
status page (the link in the email we sent when you applied).

recruit
"""


def summary_lines(submittal: Submittal) -> list[str]:
    """What the candidate is told about the order: never the bill rate or other candidates."""
    order = submittal.order
    place = ", ".join(x for x in (order.city, order.state) if x)
    shift = " ".join(
        x
        for x in (
            (order.shift or "").capitalize(),
            f"{order.shifts_per_week}x{order.shift_hours}h" if order.shift_hours else "",
        )
        if x
    )
    lines = [
        f"{order.facility}{' — ' + order.unit if order.unit else ''}, {place}",
        f"{order.specialty or order.discipline}; {order.start_date} for {order.weeks} weeks",
    ]
    if shift:
        lines.append(f"Shift: {shift}")
    if submittal.share_pay and order.pay_package:
        lines.append(f"Pay: {order.pay_package}")
    return lines


def send_proposal(config: Mapping[str, Any], instance_path: str, submittal: Submittal) -> bool:
    to = submittal.candidate.email_normalized
    if not to:
        return False
    body = BODY.format(
        name=submittal.candidate.display_name or "there",
        summary="\n".join(f"  {line}" for line in summary_lines(submittal)),
    )
    message = mail.build_message(config, to, "An assignment for you to approve", body)
    return mail.send(config, instance_path, message)
