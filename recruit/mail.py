"""Outgoing email: SMTP when RECRUIT_SMTP_HOST is set, otherwise an .eml file in
instance/outbox/ so a developer or operator can read what would have been sent.

Nothing here logs a message: links in it are credentials, so outbox files are the service
user's alone (0600 in a 0700 folder).
"""

from __future__ import annotations

import logging
import os
import smtplib
import uuid
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any

from recruit.logs import describe

log = logging.getLogger(__name__)


def build_message(config: Mapping[str, Any], to: str, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = config["SMTP_FROM"]
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=str(config["SMTP_FROM"]).rpartition("@")[2] or None)
    message.set_content(body)
    return message


def send(config: Mapping[str, Any], instance_path: str, message: EmailMessage) -> bool:
    """Send or file the message. Never raises: a mail problem must not undo an application."""
    try:
        if config.get("SMTP_HOST"):
            _send_smtp(config, message)
        else:
            write_to_outbox(config, instance_path, message)
    except Exception as error:  # logged by type and place only: messages may quote addresses
        log.error("could not send mail: %s", describe(error))
        return False
    return True


def _send_smtp(config: Mapping[str, Any], message: EmailMessage) -> None:
    with smtplib.SMTP(config["SMTP_HOST"], int(config["SMTP_PORT"]), timeout=15) as smtp:
        if config.get("SMTP_STARTTLS"):
            smtp.starttls()
        if config.get("SMTP_USER"):
            smtp.login(config["SMTP_USER"], config.get("SMTP_PASSWORD") or "")
        smtp.send_message(message)


def write_to_outbox(config: Mapping[str, Any], instance_path: str, message: EmailMessage) -> Path:
    """File the message as one .eml in the outbox folder, readable only by the service's user."""
    outbox = Path(config.get("OUTBOX_DIR") or Path(instance_path) / "outbox")
    outbox.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = outbox / f"{uuid.uuid4().hex}.eml"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(bytes(message))
    return path
